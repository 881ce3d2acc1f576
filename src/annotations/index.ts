export { goldRecord, mentionSpans, parseBatches, parseBatchModels, readArticleTexts, readKgAnnotations } from './kg';
export type { AnnotatedArticle, AnnotatedEntity, AnnotatedLink, CharSpan } from './kg';
