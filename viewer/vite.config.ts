import { defineConfig } from 'vite';

/** Built once into viewer/dist, which the server serves; relative base so it works under any address. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': process.env.WUTONG_VIEW_URL ?? 'http://127.0.0.1:7700' } },
});
