import type { Lang } from './state';
import messages from './messages.json';

export type MessageKey = keyof typeof messages.zh;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages.zh, key);
}

/** Looks a message up in the chosen language; `{name}` placeholders are filled from `vars`. */
export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text: string = messages[lang][key] ?? messages.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_m, name: string) => String(vars[name] ?? ''));
}

/** Fills every element marked data-i18n (text) or data-i18n-placeholder. */
export function applyMessages(root: ParentNode, lang: Lang): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => { el.textContent = translate(lang, el.dataset.i18n as MessageKey); });
  root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-i18n-placeholder]').forEach((el) => {
    el.placeholder = translate(lang, el.dataset.i18nPlaceholder as MessageKey);
  });
}
