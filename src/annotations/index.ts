export { goldRecord, mentionSpans, readArticleTexts, readKgAnnotations } from './kg';
export type { AnnotatedArticle, AnnotatedEntity, AnnotatedLink, CharSpan } from './kg';
