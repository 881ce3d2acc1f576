import { existsSync, readFileSync } from 'node:fs';
import { WutongError } from '../../shared/errors';
import { parseModel, type TaggerModel } from './perceptron';

const MODEL_URL = new URL('../../../models/en/ner.tsv.gz', import.meta.url);

let loaded: TaggerModel | undefined;

/** The committed tagger model, read on first use and then kept (it is immutable). */
export function englishTagger(): TaggerModel {
  if (loaded) return loaded;
  if (!existsSync(MODEL_URL)) {
    throw new WutongError('extract/en', 'MODEL_MISSING', 'models/en/ner.tsv.gz is missing; run scripts/train-en.ts');
  }
  loaded = parseModel(readFileSync(MODEL_URL));
  return loaded;
}
