import { readdir, stat } from 'node:fs/promises';
import { extname, basename, join } from 'node:path';
import { CORPUS_EXTENSIONS, isCorpusFile } from './corpus';
import type { SkippedFile } from './types';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

const isSupported = (path: string): boolean => SUPPORTED_EXTENSIONS.includes(extname(path).toLowerCase()) || isCorpusFile(path);

/**
 * Inside folders, hidden entries and README files are skipped: a README describes the folder (as in
 * the shared corpus), it is not one of its articles. A README named explicitly is read.
 */
const isFolderNote = (name: string): boolean => name.startsWith('.') || /^readme(\.|$)/iu.test(name);

async function walk(folder: string, files: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (isFolderNote(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, files);
    else if (entry.isFile() && isSupported(entry.name)) files.push(path);
  }
}

const describe = (error: unknown): string => (error instanceof Error && 'code' in error ? String(error.code) : String(error));

/**
 * The article and corpus files under the given paths: folders recursively, sorted, supported extensions only.
 * A missing path or an explicitly named unsupported file is reported as skipped with the reason.
 */
export async function listInputFiles(paths: string[]): Promise<{ files: string[]; skipped: SkippedFile[] }> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const reason = describe(error) === 'ENOENT' ? 'no such file or folder' : `cannot read (${describe(error)})`;
      skipped.push({ path, reason });
      continue;
    }
    if (info.isDirectory()) {
      try {
        await walk(path, files);
      } catch (error) {
        skipped.push({ path, reason: `cannot list folder (${describe(error)})` });
      }
    } else if (isSupported(path)) {
      files.push(path);
    } else {
      const extension = extname(basename(path)) || 'no extension';
      skipped.push({ path, reason: `unsupported file type (${extension}); supported: ${[...SUPPORTED_EXTENSIONS, ...CORPUS_EXTENSIONS].join(' ')} (the last three also .gz)` });
    }
  }
  const sorted = [...new Set(files)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files: sorted, skipped };
}
