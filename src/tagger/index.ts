export { BioesLabels, type Span } from './bioes';
export { FeatureTable, featureHash } from './feature-table';
export { TaggerModel } from './model';
export { readModelFile, writeModelFile } from './model-file';
export { seededRandom, shuffleInPlace } from '../shared/random';
export { SpanScorer, scores, type Counts, type Scores, type ScoredSpan } from './score';
export { trainPerceptron, type TrainOptions, type TrainedWeights, type TrainingSequence } from './trainer';
