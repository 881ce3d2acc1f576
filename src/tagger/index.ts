export { BioesLabels, type Span } from './bioes';
export { domainKey, foldDomains, withDomainCopies } from './domains';
export { FeatureTable, featureHash } from './feature-table';
export { sparsify, TaggerModel } from './model';
export { readModelFile, writeModelFile, type ModelFile, type NamedWeights } from './model-file';
export { seededRandom, shuffleInPlace } from '../shared/random';
export { SpanScorer, scores, type Counts, type Scores, type ScoredSpan } from './score';
export { trainPerceptron, type TrainOptions, type TrainedWeights, type TrainingSequence } from './trainer';
