import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMarkup as parse } from '../../../test/support/markup';
import { withBylineNames } from './bylines';

describe('withBylineNames', () => {
  const cases: Array<[string, string, string[]]> = [
    ['spaced byline names read as companies', '本报记者 [邓佳琪|C] 通讯员 [李明|C]', ['邓佳琪/Person', '李明/Person']],
    ['a name cut short by the tagger', '（[浏阳市融媒体中心|L]记者 [唐|P]小雨）', ['浏阳市融媒体中心/Place', '唐小雨/Person']],
    ['a name before 报道', '记者王强报道', ['王强/Person']],
    ['a compound surname', '记者欧阳晓东摄', ['欧阳晓东/Person']],
    ['a verb after 记者 is no name', '记者从[湖南省|L]获悉，[刘国强|P]说', ['湖南省/Place', '刘国强/Person']],
    ['a word after 记者 that runs on is no name', '记者高兴地说', []],
  ];
  for (const [label, markup, expected] of cases) {
    it(label, () => {
      const { text, mentions } = parse(markup);
      const out = withBylineNames(text, mentions);
      assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), expected);
      for (const m of out) assert.equal(text.slice(m.start, m.end), m.text);
    });
  }
});
