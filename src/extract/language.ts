/** 'zh' when CJK ideographs make up at least a fifth of the letters, else 'en'. */
export function detectLanguage(text: string): 'zh' | 'en' {
  let cjk = 0;
  let letters = 0;
  for (const char of text) {
    if (/\p{Script=Han}/u.test(char)) {
      cjk++;
      letters++;
    } else if (/\p{L}/u.test(char)) {
      letters++;
    }
  }
  return letters > 0 && cjk / letters >= 0.2 ? 'zh' : 'en';
}
