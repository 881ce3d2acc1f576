import { SingleBar, Presets } from 'cli-progress';
import type { BuildEvent, SkippedArticle } from '../pipeline';

/** A skipped article as one line names it: its file, its place there (a corpus row by its line) and the start of its headline. */
export function articleLabel(article: SkippedArticle): string {
  const title = [...article.title].length > 40 ? `${[...article.title].slice(0, 40).join('')}…` : article.title;
  if (article.line !== undefined) return `${article.path} line ${article.line}${title === '' ? '' : ` "${title}"`}`;
  return `${article.path} article ${article.index + 1} "${title}"`;
}

/** Seconds as people read a wait: 45 s, 3 min 20 s, 2 h 05 min. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** Progress so far: the share of input bytes read, articles per second, and the time left at this pace. */
function pace(event: Extract<BuildEvent, { kind: 'progress' }>): { percent: string; rate: string; left: string } {
  const share = event.totalBytes > 0 ? Math.min(1, event.bytes / event.totalBytes) : 1;
  const rate = event.seconds > 0 ? event.articles / event.seconds : 0;
  const left = share > 0 ? (event.seconds * (1 - share)) / share : Infinity;
  return { percent: `${(share * 100).toFixed(1)}%`, rate: rate.toFixed(1), left: Number.isFinite(left) ? duration(left) : '?' };
}

/** How often a plain progress line is written when output is not a terminal (logs, CI, pipes). */
const PLAIN_EVERY_SECONDS = 10;

/**
 * A bar on a terminal (share of the input read, articles per second, time left), plain lines
 * otherwise, at most one every ten seconds. Skipped files and rows are named as they come.
 */
export function buildProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }): (event: BuildEvent) => void {
  let bar: SingleBar | undefined;
  let lastLine = 0;
  let lastRelanded = 0;
  const line = (text: string) => stream.write(text + '\n');
  const interrupt = () => {
    bar?.stop();
    bar = undefined;
  };
  return (event) => {
    switch (event.kind) {
      case 'start':
        line(`reading ${event.files} file(s)`);
        break;
      case 'progress': {
        const { percent, rate, left } = pace(event);
        if (stream.isTTY) {
          if (bar === undefined) {
            bar = new SingleBar({ stream, format: 'building [{bar}] {pct} | {articles} articles | {rate}/s | {left} left', hideCursor: true }, Presets.shades_classic);
            bar.start(Math.max(1, event.totalBytes), 0, { pct: percent, articles: 0, rate, left });
          }
          bar.update(event.bytes, { pct: percent, articles: event.articles.toLocaleString('en'), rate, left });
          if (event.bytes >= event.totalBytes) interrupt();
        } else if (event.seconds - lastLine >= PLAIN_EVERY_SECONDS || event.bytes >= event.totalBytes) {
          lastLine = event.seconds;
          line(`${percent} read, ${event.articles.toLocaleString('en')} articles, ${rate}/s, ${left} left`);
        }
        break;
      }
      case 'file':
        break;
      case 'relanded': {
        if (event.seconds - lastRelanded < PLAIN_EVERY_SECONDS && event.done < event.total) break;
        lastRelanded = event.seconds;
        const left = event.done === 0 ? '' : `, ${duration((event.seconds / event.done) * (event.total - event.done))} left`;
        line(`${event.done.toLocaleString('en')} of ${event.total.toLocaleString('en')} stored articles landed again${left}`);
        break;
      }
      case 'identity':
        interrupt();
        line(`identity stage: ${event.merges} merge(s) and ${event.words} word(s) accepted; landing the stored articles they move again`);
        break;
      case 'skipped':
        interrupt();
        line(`skipped ${event.file.path}: ${event.file.reason}`);
        break;
      case 'skipped-article':
        interrupt();
        line(`skipped ${articleLabel(event.article)}: ${event.article.reason}`);
        break;
    }
  };
}
