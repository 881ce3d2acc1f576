/**
 * The share of Chinese characters among Chinese characters and Latin letters from which a text is
 * read as Chinese. Measured on the test data (wrong calls, han / (han + Latin), of every text):
 *
 * | threshold | Sina 2018 (11,686) | CLUENER (10,748) | Weibo (1,350) | Resume (3,821) | FinRE, MSRA, kg | CoNLL (17,291), examples |
 * | 0.10 | 10 | 0 | 1 | 2 | 0 | 0 |
 * | 0.20 | 12 | 6 | 2 | 2 | 0 | 0 |
 * | 0.30 | 41 | 23 | 6 | 5 | 2 | 0 |
 *
 * Chinese texts that name foreign people, brands and works in Latin letters (bilingual lessons,
 * a comparison of two resorts by their English names) fall below 0.3; eight Sina pages are page scripts with a Chinese
 * title, wrong at any threshold. No English text of the sets holds a Chinese character, so the
 * threshold keeps a margin for an English article that quotes names in Chinese characters.
 */
export const CHINESE_SHARE = 0.2;

/** 'zh' when Chinese characters make up at least CHINESE_SHARE of the Chinese and Latin letters, else 'en'. */
export function detectLanguage(text: string): 'zh' | 'en' {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/gu)?.length ?? 0;
  return han > 0 && han >= CHINESE_SHARE * (han + latin) ? 'zh' : 'en';
}
