import { zh } from '../../lexicon';
import type { Mention } from '../types';

const MARKET_HEADS = zh('marketHeads');

/**
 * The tagger cuts an exchange's or an index's name before its head (某某证券|交易所, 某某|工业平均指数)
 * and reads the piece as a firm. The piece names no firm: an exchange written as where shares trade
 * and an index are no entities of ours. A firm's or body's mention right before such a head is dropped.
 */
export function withoutMarketPieces(text: string, mentions: Mention[]): Mention[] {
  const kept = mentions.filter((m) => (m.type !== 'Company' && m.type !== 'Institution') || MARKET_HEADS.at(text, m.end) === undefined);
  return kept.length === mentions.length ? mentions : kept;
}
