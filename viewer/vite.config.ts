import { defineConfig } from 'vite';

const server = process.env.WUTONG_VIEW_URL ?? 'http://127.0.0.1:7700';

/**
 * Built once into viewer/dist, which the server serves; relative base so it works under any address.
 * In development (`vite viewer`) the page comes from Vite, so it borrows the running server's token
 * from the page that server serves, and the proxy names the server in Host and Origin as its own page would.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  plugins: [{
    name: 'wutong-token',
    apply: 'serve',
    async transformIndexHtml(html) {
      const page = await fetch(server).then((response) => response.text()).catch(() => '');
      const meta = /<meta name="wutong-token"[^>]*>/.exec(page)?.[0] ?? '';
      return html.replace('<head>', `<head>\n  ${meta}`);
    },
  }],
  server: { proxy: { '/api': { target: server, changeOrigin: true, headers: { origin: new URL(server).origin } } } },
});
