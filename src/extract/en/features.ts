/** Gazetteer: a lowercased word sequence (space-joined) → a class such as City or FirstName. */
export type Gazetteer = Map<string, string>;

const MAX_GAZ_WORDS = 4;

/** Collapsed word shape: "Xinneng" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d". */
export function wordShape(word: string): string {
  let shape = '';
  for (const char of word) {
    const kind = /\p{Lu}/u.test(char) ? 'X' : /\p{Ll}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
    if (!shape.endsWith(kind)) shape += kind;
  }
  return shape;
}

/** Tags each token with the gazetteer class of the longest entry covering it (B-/I- prefixed). */
export function gazetteerTags(lower: string[], gazetteer: Gazetteer): string[] {
  const tags = lower.map(() => '');
  for (let i = 0; i < lower.length; i++) {
    for (let n = Math.min(MAX_GAZ_WORDS, lower.length - i); n >= 1; n--) {
      const found = gazetteer.get(lower.slice(i, i + n).join(' '));
      if (found === undefined) continue;
      for (let k = 0; k < n; k++) if (tags[i + k] === '') tags[i + k] = (k === 0 ? 'B-' : 'I-') + found;
      break;
    }
  }
  return tags;
}

/** Feature names for every token of one sentence. */
export function sentenceFeatures(words: string[], gazetteer: Gazetteer): string[][] {
  const lower = words.map((word) => word.toLowerCase());
  const shapes = words.map(wordShape);
  const gaz = gazetteerTags(lower, gazetteer);
  const headline = words.filter((w) => /\p{L}/u.test(w)).every((w) => w === w.toUpperCase());
  const at = (list: string[], i: number): string => (i < 0 ? '<s>' : i >= list.length ? '</s>' : list[i]);
  return words.map((word, i) => {
    const l = lower[i];
    const shape = shapes[i];
    const features = [
      'b',
      `w=${l}`,
      `W=${word}`,
      `w-1=${at(lower, i - 1)}`,
      `w+1=${at(lower, i + 1)}`,
      `w-2=${at(lower, i - 2)}`,
      `w+2=${at(lower, i + 2)}`,
      `w-1w=${at(lower, i - 1)}|${l}`,
      `ww+1=${l}|${at(lower, i + 1)}`,
      `sh=${shape}`,
      `sh-1=${at(shapes, i - 1)}`,
      `sh+1=${at(shapes, i + 1)}`,
      `sh3=${at(shapes, i - 1)}|${shape}|${at(shapes, i + 1)}`,
      `shw-1=${shape}|${at(lower, i - 1)}`,
      `shw+1=${shape}|${at(lower, i + 1)}`,
      `g=${gaz[i]}`,
      `g-1=${at(gaz, i - 1)}`,
      `g+1=${at(gaz, i + 1)}`,
      `gsh=${gaz[i]}|${shape}`,
      `hl=${headline}|${shape}`,
      `first=${i === 0}|${shape}`,
      `len=${Math.min(word.length, 8)}`,
    ];
    for (let n = 1; n <= 4 && n <= l.length; n++) features.push(`p${n}=${l.slice(0, n)}`, `s${n}=${l.slice(-n)}`);
    return features;
  });
}
