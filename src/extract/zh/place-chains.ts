import { zh } from '../../lexicon';
import type { Mention } from '../types';
import { countryNames, placeNames } from './gazetteer';

const DIVISION_ENDINGS = zh('divisionEndings');
/** A piece that is only a zone's ending (经济技术开发区) or a part of a city (城区) names no place of its own. */
const NOT_A_PIECE = [zh('zoneEndings'), zh('genericAreas')];

/**
 * A division the gazetteer does not hold (台南市, 圣保罗州): two to four characters of name, all Han,
 * and an ending that names a division and nothing else. 区 is left out, as zones (高新区, 开发区) end
 * in it too, and so are 组, 旗 and 盟, which end common words.
 */
const UNLISTED_DIVISION = new RegExp(`^\\p{Script=Han}{2,4}(?:${['省', '市', '州', '县', '镇', '乡', '村'].filter((e) => DIVISION_ENDINGS.has(e)).join('|')})$`, 'u');

function listedPlace(name: string): boolean {
  return placeNames().names.has(name) || countryNames().has(name);
}

/** A later piece never starts with a division's ending: that ending belongs to the piece before (扬州市 + …). */
function listedPiece(name: string): boolean {
  return listedPlace(name) && !NOT_A_PIECE.some((list) => list.has(name)) && !DIVISION_ENDINGS.has(name[0]!);
}

function unlistedDivision(name: string): boolean {
  return UNLISTED_DIVISION.test(name) && !DIVISION_ENDINGS.has(name[0]!);
}

/**
 * The places a chain written together is made of (湖北省襄阳市襄州区 → 湖北省, 襄阳市, 襄州区), or
 * undefined when the name is one place. The first place must be one the gazetteer or the country list
 * holds, so an unknown name that happens to end in a division's ending is not cut; each later place is
 * listed or is a division of its own name and ending. Listed pieces win, then the fewest pieces
 * (湖北省 + 襄阳市, not 湖北 + 省襄阳市).
 */
export function placeChain(name: string): string[] | undefined {
  if (listedPlace(name)) return undefined;
  const n = name.length;
  // best[i]: the cheapest places that spell name.slice(0, i), the first of them listed; an unlisted piece costs three.
  const best: Array<string[] | undefined> = new Array(n + 1);
  const cost: number[] = new Array(n + 1).fill(Infinity);
  best[0] = [];
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (before === undefined) continue;
      const piece = name.slice(start, end);
      const listed = listedPiece(piece);
      if (!listed && (start === 0 || !unlistedDivision(piece))) continue;
      const total = cost[start]! + (listed ? 1 : 3);
      if (total < cost[end]!) {
        cost[end] = total;
        best[end] = [...before, piece];
      }
    }
  }
  const chain = best[n];
  return chain !== undefined && chain.length > 1 ? chain : undefined;
}

/**
 * A place chain written together (台湾台南市, 新疆喀什地区疏勒县) is the places it names: each is a
 * place of its own for the article, and what the chain locates goes to its most specific place, which
 * the sentence's link then reaches. The tagger reads such a chain as a firm's name too (广东中山): a
 * firm's mention that spells listed places and nothing else is those places. Other names stay whole
 * (湖南郴州商会 is one body).
 */
export function withPlaceChainsSplit(mentions: Mention[]): Mention[] {
  let changed = false;
  const out: Mention[] = [];
  for (const m of mentions) {
    const reading = m.simplified ?? m.text;
    const chain = (m.type === 'Place' || m.type === 'Company') && !m.nested && reading.length === m.text.length ? placeChain(reading) : undefined;
    // A firm's name is a chain only when the gazetteer holds every piece (广东中山): a firm may end in an unlisted division's ending.
    if (chain !== undefined && m.type === 'Company' && !chain.every(listedPiece)) {
      out.push(m);
      continue;
    }
    if (chain === undefined) {
      out.push(m);
      continue;
    }
    changed = true;
    let at = m.start;
    for (const piece of chain) {
      const text = m.text.slice(at - m.start, at - m.start + piece.length);
      out.push({ text, type: 'Place', start: at, end: at + piece.length, rule: 'place-chain', ...(text !== piece ? { simplified: piece } : {}) });
      at += piece.length;
    }
  }
  return changed ? out : mentions;
}
