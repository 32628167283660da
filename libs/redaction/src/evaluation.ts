// For the evaluation and the benchmark only (`@samtal/redaction/evaluation`): switches that act
// process-wide, kept out of the package's main entry so that no service reaches them.
export { parseRecogniser, useRecogniser, type RecogniserModel } from './recogniser.js';
