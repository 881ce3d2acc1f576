export { goldRecord, mentionSpans, readKgAnnotations } from './kg';
export type { AnnotatedArticle, AnnotatedEntity, AnnotatedLink, CharSpan } from './kg';
