import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyStyle, trainStyleClassifier } from './style';

/** Toy corpora: print texts draw on one set of characters, web texts on another, both share a few. */
function texts(chars: string, count: number, seed: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = '';
    for (let k = 0; k < 12; k++) t += chars[(seed * 31 + i * 7 + k * 13) % chars.length];
    out.push(`${t}的`);
  }
  return out;
}

describe('trainStyleClassifier', () => {
  // Web is the smaller corpus, as CLUENER is: the held-out threshold keeps it from being outvoted.
  const classifier = trainStyleClassifier(texts('国务院会议经济建设人民代表', 200, 1), texts('网友游戏楼盘球迷电影票房', 40, 2));
  const cases: Array<[string, string, 'print' | 'web']> = [
    ['print vocabulary', '人民代表会议讨论经济建设', 'print'],
    ['web vocabulary', '球迷网友热议电影票房', 'web'],
  ];
  for (const [label, text, expected] of cases) it(label, () => assert.equal(classifyStyle(classifier, text), expected));
});
