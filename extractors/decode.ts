// Decode stage: the bytes of one file -> SourceDocument (or a diagnostic saying why not).
// Pure: the caller reads the file; this module never touches the filesystem.
import { createHash } from 'node:crypto';
import type { Diagnostic, SourceDocument } from './types.ts';

/** What decodeDocument needs besides the bytes. */
export interface DecodeInput {
  /** Stable id: path relative to the corpus root, forward slashes. */
  id: string;
  /** Path as given on disk. */
  path: string;
  bytes: Uint8Array;
}

/** Either a decoded document or the reason it was skipped. */
export type DecodeResult = { ok: true; document: SourceDocument } | { ok: false; diagnostic: Diagnostic };

const BINARY_SNIFF_BYTES = 8192;
// Share of control characters (other than tab, LF, CR, FF) above which a file is binary.
const MAX_CONTROL_SHARE = 0.1;

/** Decodes UTF-8 bytes into a SourceDocument: BOM stripped, CRLF/CR -> LF, NFC, offset map kept. */
export function decodeDocument(input: DecodeInput): DecodeResult {
  const { id, path, bytes } = input;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const reject = (code: string, message: string): DecodeResult => ({
    ok: false,
    diagnostic: { code, message, document: id, path },
  });
  if (looksBinary(bytes)) {
    return reject(
      'KG_BINARY_DOCUMENT',
      `${path} looks like a binary file (NUL or control bytes); skipped. Only UTF-8 text is read.`,
    );
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let originalText: string;
  try {
    originalText = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      hasBom ? bytes.subarray(3) : bytes,
    );
  } catch {
    return reject('KG_INVALID_UTF8', `${path} is not valid UTF-8; skipped. Re-encode it as UTF-8 to include it.`);
  }
  const { text, offsetMap } = normaliseText(originalText);
  return {
    ok: true,
    document: { id, path, sha256, originalText, text, offsetMap, format: formatOf(path) },
  };
}

/** Returns 'markdown' for .md/.markdown paths and 'text' for everything else. */
export function formatOf(path: string): 'text' | 'markdown' {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'text';
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

const COMBINING = /[\p{M}\u1160-\u11ff]/u;

/**
 * Normalises line ends (CRLF and CR to LF) and Unicode (NFC), keeping for every normalised
 * character the offset of the original character it came from (plus one entry for the end).
 */
export function normaliseText(original: string): { text: string; offsetMap: Uint32Array } {
  if (!original.includes('\r') && original.normalize('NFC') === original) {
    const identity = new Uint32Array(original.length + 1);
    for (let i = 0; i <= original.length; i++) identity[i] = i;
    return { text: original, offsetMap: identity };
  }
  const parts: string[] = [];
  const offsets: number[] = [];
  let i = 0;
  while (i < original.length) {
    const ch = original[i] as string;
    if (ch === '\r') {
      parts.push('\n');
      offsets.push(i);
      i += original[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    // A cluster: one code point plus the combining marks that follow it; NFC never
    // composes across a cluster boundary, so every output character maps to its start.
    let j = i + ((original.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
    while (j < original.length && COMBINING.test(original[j] as string)) j++;
    const cluster = original.slice(i, j).normalize('NFC');
    for (let k = 0; k < cluster.length; k++) offsets.push(i);
    parts.push(cluster);
    i = j;
  }
  offsets.push(original.length);
  return { text: parts.join(''), offsetMap: Uint32Array.from(offsets) };
}
