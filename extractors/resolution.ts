// The part of the extraction API that needs no language model: decoding files and resolving
// document extractions into one corpus. Importing it does not load compromise (about a
// second), so a re-run that extracts its few changed documents on a worker thread, or none
// at all, need not pay for it on the main thread.
export { decodeDocument, normaliseText } from './decode.ts';
export { resolutionKeys, resolveCorpus } from './resolve.ts';
