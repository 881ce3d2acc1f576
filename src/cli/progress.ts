import { SingleBar, Presets } from 'cli-progress';
import type { BuildEvent, SkippedArticle } from '../pipeline';

/** A skipped article as one line names it: its file, its place there and the start of its headline. */
export function articleLabel(article: SkippedArticle): string {
  const title = [...article.title].length > 40 ? `${[...article.title].slice(0, 40).join('')}…` : article.title;
  return `${article.path} article ${article.index + 1} "${title}"`;
}

/** A progress bar on a terminal, plain lines otherwise (logs, CI, pipes). */
export function buildProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }): (event: BuildEvent) => void {
  let bar: SingleBar | undefined;
  let total = 0;
  const line = (text: string) => stream.write(text + '\n');
  return (event) => {
    switch (event.kind) {
      case 'start':
        total = event.files;
        if (stream.isTTY && total > 0) {
          bar = new SingleBar({ stream, format: 'building [{bar}] {value}/{total} files | {file}', hideCursor: true }, Presets.shades_classic);
          bar.start(total, 0, { file: '' });
        } else {
          line(`building ${total} file(s)`);
        }
        break;
      case 'file':
        if (bar) {
          bar.update(event.done, { file: event.path });
          if (event.done === total) bar.stop();
        } else {
          line(`[${event.done}/${total}] ${event.path}: ${event.articles} article(s), ${event.added} new`);
        }
        break;
      case 'skipped':
        if (bar) bar.stop();
        line(`skipped ${event.file.path}: ${event.file.reason}`);
        break;
      case 'skipped-article':
        if (bar) bar.stop();
        line(`skipped ${articleLabel(event.article)}: ${event.article.reason}`);
        break;
    }
  };
}
