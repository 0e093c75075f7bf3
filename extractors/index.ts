// The extraction layer's public API: extractDocument (one document, pure) with the ordered
// stage list it runs, explainDocument, and decodeDocument / resolveCorpus, which the pipeline
// runs before (bytes -> SourceDocument, decode.ts) and after (all documents, pure and
// order-independent, resolve.ts) every document's stages.
import { EXTRACTION } from './extract-document.ts';

export { decodeDocument, normaliseText, resolutionKeys, resolveCorpus } from './resolution.ts';
export { extractDocument } from './extract-document.ts';
export { explainDocument, explainStages } from './explain.ts';
export { EXTRACTOR_RULES } from './rules.ts';
export type * from './types.ts';

/** The stages extractDocument runs, in order, with what each decides and the modules it applies: the list it folds over. */
export const STAGES = EXTRACTION.stages;
