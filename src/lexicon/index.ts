/**
 * The lexicon: every named word list of extraction, resolution and ingest, defined once per
 * language in src/lexicon/{zh,en}, read and checked once; the registry of relation types; and the
 * names general knowledge says are one organisation or person (known-aliases.json).
 * See README.md for the layout and where a new word goes.
 */
export { en, wordList, zh, type Language } from './lexicon';
export { longestFirst, WordList } from './word-list';
export { KNOWN_ALIASES } from './known-aliases';
export { CO_MENTIONED, isSymmetric, llmRelationTypes, RELATION_TYPES, relationType, TYPED_RELATIONS, typesFit, type RelationType } from './relation-types';
