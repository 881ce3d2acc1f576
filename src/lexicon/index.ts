export { CO_MENTIONED, isSymmetric, RELATION_TYPES, relationType, TYPED_RELATIONS, type RelationType } from './relation-types';
