import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyStyle, sourcePrior, trainStyleClassifier } from './style';

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

describe('a batch leans its weak texts to its source style', () => {
  const classifier = trainStyleClassifier(texts('国务院会议经济建设人民代表', 200, 1), texts('网友游戏楼盘球迷电影票房', 40, 2));
  const printBatch = sourcePrior(classifier, ['人民代表会议讨论经济建设', '国务院会议部署经济建设', '人民代表审议建设规划']);
  const webBatch = sourcePrior(classifier, ['球迷网友热议电影票房', '网友晒出游戏截图', '楼盘开盘球迷围观']);
  // Shares only the common characters: on its own it says little either way.
  const weak = '的的';
  const cases: Array<[string, string, number, 'print' | 'web']> = [
    ['a weak text in a web batch reads as web', weak, webBatch, 'web'],
    ['the same text in a print batch reads as print', weak, printBatch, 'print'],
    ['a clearly web text keeps its style in a print batch', '球迷网友热议电影票房游戏楼盘网友球迷', printBatch, 'web'],
  ];
  it('batches of each style score on their own side', () => assert.ok(printBatch < 0 && webBatch > 0, `${printBatch} < 0 < ${webBatch}`));
  for (const [label, text, prior, expected] of cases) it(label, () => assert.equal(classifyStyle(classifier, text, prior), expected));
  it('an empty batch leaves texts to themselves', () => assert.equal(sourcePrior(classifier, []), 0));
});
