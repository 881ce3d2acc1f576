import { fileURLToPath } from 'node:url';

/** The committed models, found from this file so they work from any working directory. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../models/zh-ner.bin', import.meta.url));
export const DEFAULT_STYLE_PATH = fileURLToPath(new URL('../../../models/zh-style.bin', import.meta.url));
export const DEFAULT_FINANCE_STYLE_PATH = fileURLToPath(new URL('../../../models/zh-finance-style.bin', import.meta.url));
export const DEFAULT_NEWS_STYLE_PATH = fileURLToPath(new URL('../../../models/zh-news-style.bin', import.meta.url));
export const DEFAULT_ENTITIES_PATH = fileURLToPath(new URL('../../../models/zh-entities.tsv.gz', import.meta.url));
