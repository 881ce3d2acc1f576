import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { listInputFiles, readArticles } from './index';

const examples = fileURLToPath(new URL('../../examples', import.meta.url));

/** What the team's example articles must yield: one row per article, in file order. */
const expected: Record<string, { title: string; authors: string[]; published?: string; lang: 'zh' | 'en' }[]> = {
  'en/changsha-german-gearbox-deal.txt': [{ title: 'Changsha robot maker signs supply deal with German gearbox specialist', authors: ['Li Na', 'Tom Becker'], published: '2025-05-14', lang: 'en' }],
  'en/yiyang-hospital-partnership.md': [{ title: 'Yiyang hospital teams up with Hunan university on stroke care', authors: ['Chen Yu'], published: '2025-08-26', lang: 'en' }],
  'en/yueyang-port-logistics.html': [{ title: 'Dutch operator joins Yueyang port logistics park', authors: [], published: '2025-04-02', lang: 'en' }],
  'zh/01-page-2025-11-18.txt': [
    { title: '株洲高新区新材料项目集中开工', authors: ['周雨桐', '谭志刚', '曾文博'], published: '2025-11-18', lang: 'zh' },
    { title: '平江县黄金茶企业抱团“出海”', authors: ['刘思远', '彭佳'], published: '2025-11-18', lang: 'zh' },
    { title: '桃源县农产品直供超市签约仪式举行', authors: ['谢晓峰', '龙芳'], published: '2025-11-18', lang: 'zh' },
  ],
  'zh/02-liuyang-jingkaiqu-signing.md': [{ title: '浏阳经开区与东莞湖南浏阳商会签署战略合作协议', authors: ['唐小雨'], published: '2025-09-12', lang: 'zh' }],
  'zh/03-taojiang-hospital.gb18030.txt': [{ title: '桃江县人民医院：把专家“派下去” 把患者“留下来”', authors: ['邓佳琪', '符晓'], published: '2025-10-21', lang: 'zh' }],
  'zh/04-youxian-evening-talk.utf16le.txt': [{ title: '花桥村的“板凳夜话会”', authors: ['谭卫国', '易欣然'], lang: 'zh' }],
  'zh/05-xiangtan-joint-lab.html': [{ title: '湘潭大学与湘潭恒通电机共建联合实验室', authors: ['龙思琪', '胡晓军'], published: '2025-07-08', lang: 'zh' }],
  'zh/06-changsha-taishang.big5.txt': [{ title: '臺資精密製造項目落戶長沙經開區', authors: ['林佩君'], published: '2025-06-03', lang: 'zh' }],
  'zh/07-chenzhou-jingkaiqu-energy.md': [{ title: '郴州经开区新能源材料项目集中开工', authors: ['欧阳晨', '廖雅婷'], published: '2025-09-16', lang: 'zh' }],
};

describe('the example articles', () => {
  it('lists exactly the expected files', async () => {
    const { files, skipped } = await listInputFiles([examples]);
    assert.deepEqual(skipped, []);
    assert.deepEqual(files.map((file) => file.slice(examples.length + 1)), Object.keys(expected).sort());
  });

  for (const [file, rows] of Object.entries(expected)) {
    it(file, async () => {
      const articles = await readArticles(`${examples}/${file}`);
      assert.deepEqual(
        articles.map(({ title, authors, published, lang }) => ({ title, authors, published, lang })),
        rows.map((row) => ({ ...row, published: row.published })),
      );
      for (const article of articles) {
        assert.equal(article.text.split('\n')[0], article.title);
        assert.doesNotMatch(article.text, /\ufffd|\*\*|^#/mu);
      }
    });
  }
});
