import { readModelFile, type ModelFile, type TaggerModel } from '../../tagger/index';
import { WutongError } from '../../shared/errors';
import type { EntityType, Mention } from '../types';
import { chineseFeatures, FEATURE_VERSION, FEATURES_PER_POSITION, SHARED_FEATURES, type TextStyle } from './features';
import { readStyleFile, type StyleClassifier } from './style';
import { snapToCodePoints, splitSentences } from './text';
import { segmentWords, type Word } from './segment';

const cache = new Map<string, ModelFile>();
const styleCache = new Map<string, StyleClassifier>();

export function loadStyleClassifier(path: string): StyleClassifier {
  let classifier = styleCache.get(path);
  if (!classifier) {
    classifier = readStyleFile(path);
    styleCache.set(path, classifier);
  }
  return classifier;
}

/**
 * Models are read on first use and shared, so many extractors cost one load. A model file holds one
 * weight table per annotation style; a file with a single table serves every style.
 */
export function loadModel(path: string, style: TextStyle): TaggerModel {
  let file = cache.get(path);
  if (!file) {
    file = readModelFile(path);
    // A model read with other features than it learnt from tags nonsense without failing.
    if (file.meta.featureVersion !== FEATURE_VERSION) {
      throw new WutongError('extract/zh', 'MODEL_FEATURES', `${path} was trained on features of version ${String(file.meta.featureVersion)}, this code computes version ${FEATURE_VERSION}: run npm run train`);
    }
    cache.set(path, file);
  }
  if (file.names.includes(style)) return file.model(style);
  if (file.names.length === 1) return file.model();
  throw new WutongError('extract/zh', 'MODEL_STYLE', `${path} has no weight table for the ${style} style`);
}

/** Texts up to this long share one feature buffer (about 20 MB); a longer one gets its own. */
const REUSED_UP_TO = 200_000;
let reused = new Uint32Array(0);

function featureBuffer(length: number): Uint32Array | undefined {
  if (length > REUSED_UP_TO) return undefined;
  if (reused.length < length * FEATURES_PER_POSITION) reused = new Uint32Array(Math.min(REUSED_UP_TO, 2 * length) * FEATURES_PER_POSITION);
  return reused;
}

/**
 * Features are computed over the whole text (one jieba call), decoding runs sentence by sentence:
 * Viterbi's cost and an error's reach stay local.
 */
export function taggerMentions(model: TaggerModel, text: string, rule = 'tagger', words: readonly Word[] = segmentWords(text)): Mention[] {
  const features = chineseFeatures(text, undefined, featureBuffer(text.length), words);
  const mentions: Mention[] = [];
  for (const [start, end] of splitSentences(text)) {
    const labels = model.tag(features, end - start, FEATURES_PER_POSITION, start, SHARED_FEATURES);
    for (const span of model.labels.decode(labels)) {
      const [s, e] = snapToCodePoints(text, span.start + start, span.end + start);
      const surface = text.slice(s, e);
      if (surface.trim() !== '') mentions.push({ text: surface, type: span.type as EntityType, start: s, end: e, rule });
    }
  }
  return mentions;
}
