import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { isWutongError } from '../shared/errors';
import { decodeBuffer } from './index';

const SIMPLIFIED_SHORT = ['郴州', '长沙经开区签约', '沙坪村夜话会'];
const SIMPLIFIED_LONG = [
  '湘潭市第二人民医院与湘潭大学签署合作协议，共建联合实验室。',
  '10月9日，醴陵经济开发区管委会与湖南华瓷新材料有限公司签订增资扩产协议，总投资21亿元。园区今年引进釉料、窑具等配套项目9个，本地配套率提高到六成以上。\n“过去釉料要从广东运来，现在园区里就能买到。”企业负责人说。',
];
const TRADITIONAL_SHORT = ['醫院', '長沙經開區簽約', '臺商投資'];
const TRADITIONAL_LONG = [
  '湘潭市第二人民醫院與湘潭大學簽署合作協議，共建聯合實驗室。',
  '鴻晟精密股份有限公司與長沙經濟技術開發區管理委員會簽署投資協議，項目總投資15億元，預計明年第三季度投產。\n園區將為項目提供廠房代建和人才公寓等配套服務。',
];
const ENGLISH = 'Hunan Tianyi Robotics signed a supply agreement with a Stuttgart gearbox maker on Tuesday.';

interface EncodingCase {
  label: string;
  bytes: Buffer;
  text: string;
  encoding: string;
}

const cases: EncodingCase[] = [];
const add = (label: string, text: string, encode: string, encoding: string, addBOM = false): void => {
  cases.push({ label: `${label}: ${text.slice(0, 8)}…`, bytes: iconv.encode(text, encode, { addBOM }), text, encoding });
};
for (const text of [...SIMPLIFIED_SHORT, ...SIMPLIFIED_LONG]) {
  add('UTF-8', text, 'utf-8', 'utf-8');
  add('UTF-8 with BOM', text, 'utf-8', 'utf-8', true);
  add('GB18030', text, 'gb18030', 'gb18030');
  add('GBK', text, 'gbk', 'gb18030');
  add('UTF-16LE with BOM', text, 'utf-16le', 'utf-16le', true);
  add('UTF-16BE with BOM', text, 'utf-16be', 'utf-16be', true);
  add('UTF-16LE without BOM', text, 'utf-16le', 'utf-16le');
  add('UTF-16BE without BOM', text, 'utf-16be', 'utf-16be');
}
for (const text of [...TRADITIONAL_SHORT, ...TRADITIONAL_LONG]) add('Big5', text, 'big5', 'big5');
add('ASCII English in UTF-16LE without BOM', ENGLISH, 'utf-16le', 'utf-16le');
add('ASCII English in UTF-16BE without BOM', ENGLISH, 'utf-16be', 'utf-16be');

describe('decodeBuffer detects and decodes each encoding', () => {
  for (const c of cases) {
    it(c.label, () => {
      const decoded = decodeBuffer(c.bytes);
      assert.equal(decoded.text, c.text);
      assert.equal(decoded.encoding, c.encoding);
    });
  }
});

const gb = iconv.encode(SIMPLIFIED_LONG[1]!, 'gb18030');
const utf16Bom = iconv.encode(SIMPLIFIED_LONG[0]!, 'utf-16le', { addBOM: true });
const utf16English = iconv.encode(ENGLISH, 'utf-16le');

const badCases = [
  { label: 'truncated UTF-16 after a BOM', bytes: utf16Bom.subarray(0, utf16Bom.length - 1), code: 'INGEST_DECODE', reason: /truncated/u },
  { label: 'truncated UTF-16 without a BOM', bytes: utf16English.subarray(0, utf16English.length - 1), code: 'INGEST_DECODE', reason: /truncated/u },
  { label: 'invalid GBK lead byte followed by a space', bytes: Buffer.concat([gb.subarray(0, 40), Buffer.from([0x81, 0x20]), gb.subarray(40)]), code: 'INGEST_DECODE', reason: /undecodable/u },
  { label: 'GBK text with stray 0xFF bytes', bytes: Buffer.concat([gb.subarray(0, 20), Buffer.from([0xff, 0xff]), gb.subarray(20)]), code: 'INGEST_DECODE', reason: /undecodable/u },
  { label: 'binary with NUL bytes', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x01, 0]), code: 'INGEST_BINARY', reason: /binary/u },
  { label: 'binary control bytes without NUL', bytes: Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37) % 32 || 1)), code: 'INGEST_BINARY', reason: /binary/u },
];

describe('decodeBuffer rejects what is not text', () => {
  for (const c of badCases) {
    it(c.label, () => {
      assert.throws(
        () => decodeBuffer(c.bytes),
        (error: unknown) => isWutongError(error, c.code) && error.module === 'ingest' && c.reason.test(error.message),
      );
    });
  }
});
