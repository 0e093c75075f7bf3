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
  for (const m of slice.matchAll(SUCCEEDS)) {
    const nameText = m[1] as string;
    const start = sentence.start + m.index + m[0].length - nameText.length;
    const name = stripHonorific(text, { start, end: start + nameText.length });
    if (isPersonName(text.slice(name.start, name.end))) out.push({ range: name, extractor: 'people:predecessor' });
  }
  return out;
}
