// Predecessors: "She succeeds Jane Roe", "replacing Tom Poe, who retired": the person named
// after a verb of succession held the post the text gave the successor last. The mention
// carries no post; the relation stage reads the post from the successor's.
import { isPersonName, stripHonorific, type PersonMention } from './people.ts';
import type { TextRange } from './types.ts';

const SUCCEEDS =
  /\b(?:succeeds|succeeded|succeeding|will succeed|replaces|replaced|replacing|takes over from|took over from|taking over from)\s+((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})/gu;

/** The people a sentence says someone succeeds. */
export function findPredecessors(text: string, sentence: TextRange): PersonMention[] {
  const out: PersonMention[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  // Every verb of SUCCEEDS holds one of these; a plain search is cheaper than the pattern.
  if (!slice.includes('succe') && !slice.includes('repla') && !slice.includes('over from')) return out;
  for (const m of slice.matchAll(SUCCEEDS)) {
    const nameText = m[1] as string;
    // "replaces Jane Roe as Head of Unit B2": the sentence gives the post itself.
    if (/^\s+as\s/.test(slice.slice(m.index + m[0].length))) continue;
    const start = sentence.start + m.index + m[0].length - nameText.length;
    const name = stripHonorific(text, { start, end: start + nameText.length });
    if (isPersonName(text.slice(name.start, name.end))) out.push({ range: name, extractor: 'people:predecessor' });
  }
  return out;
}

const PERSON = String.raw`((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3})`;
// "He was succeeded in 1953 by Dr. A of Brazil and in 1973 by Dr. B", "Dr. C succeeded him".
const SUCCEEDED_BY = new RegExp(String.raw`\b(?:was|were|is)\s+succeeded\s+(?:in\s+\d{4}\s+)?by\s+${PERSON}`, 'gu');
const AND_BY = new RegExp(String.raw`^(?:\s+of\s+\p{Lu}\p{L}+)?,?\s+and\s+(?:in\s+\d{4}\s+)?by\s+${PERSON}`, 'u');
const SUCCEEDED_PRONOUN = new RegExp(String.raw`${PERSON}\s+(?:succeeded|replaced)\s+(?:him|her)\b`, 'gu');

const TO_SUCCEED_AS = new RegExp(
  String.raw`${PERSON}\s+to\s+(?:succeed|replace)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+as\s+(?:the\s+)?`,
  'gu',
);

/** The people a sentence names as someone's successors ("was succeeded by Name", "Name succeeded him"). */
export function findSuccessors(text: string, sentence: TextRange): PersonMention[] {
  const slice = text.slice(sentence.start, sentence.end);
  if (!/succeed|replace/.test(slice)) return [];
  const found: Array<{ at: number; name: string }> = [];
  for (const m of slice.matchAll(SUCCEEDED_BY)) {
    let at = m.index + m[0].length - (m[1] as string).length;
    found.push({ at, name: m[1] as string });
    let end = m.index + m[0].length;
    for (let next = AND_BY.exec(slice.slice(end)); next; next = AND_BY.exec(slice.slice(end))) {
      at = end + next[0].length - (next[1] as string).length;
      found.push({ at, name: next[1] as string });
      end += next[0].length;
    }
  }
  for (const m of slice.matchAll(SUCCEEDED_PRONOUN)) found.push({ at: m.index, name: m[1] as string });
  const out: PersonMention[] = [];
  // "has selected Jane Roe to succeed Tom Poe as Chief Executive Officer of the X": the one
  // chosen holds the post the sentence names.
  for (const m of slice.matchAll(TO_SUCCEED_AS)) {
    const nameText = m[1] as string;
    const start = sentence.start + m.index;
    const name = stripHonorific(text, { start, end: start + nameText.length });
    const postAt = sentence.start + m.index + m[0].length;
    const post = /^[^,;.\n]+/.exec(slice.slice(m.index + m[0].length))?.[0].trimEnd() ?? '';
    if (post && isPersonName(text.slice(name.start, name.end)))
      out.push({ range: name, post: { start: postAt, end: postAt + post.length }, extractor: 'people:successor' });
  }
  for (const { at, name: nameText } of found) {
    const start = sentence.start + at;
    const name = stripHonorific(text, { start, end: start + nameText.length });
    if (isPersonName(text.slice(name.start, name.end))) out.push({ range: name, extractor: 'people:successor' });
  }
  return out;
}
