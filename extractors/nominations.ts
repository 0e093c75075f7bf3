// Nominations: "Jane Roe, of Ohio, to be Director of the X, vice John Poe, resigned." is the
// sentence a nomination message is made of. The nominee gets the post written after "to be";
// the person after "vice" held that post and gets it too. The post may wrap over lines, so
// it runs to the end of its clause, not of its line.
import { isPersonName, stripHonorific, type PersonMention } from './people.ts';
import type { TextRange } from './types.ts';

// A name of two to five words, initials allowed, with a generational suffix.
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,4}(?:,?\s+(?:Jr|Sr)\.|\s+I{2,3}\b)?`;
// "Name, of New York, to be (an) ...": the nominee and where they are from.
const NOMINEE = new RegExp(
  String.raw`^\s*(${NAME}),\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.]*){0,4},\s+to\s+be\s+(?:an?\s+|the\s+)?`,
  'u',
);
// Where the post ends: the predecessor, a second clause of the nomination, its term.
const POST_END =
  /,\s*vice\s+|,\s+and\s+to\s+(?:have|be)\b|,?\s+for\s+(?:the|a)\s+(?:remainder\s+of\s+the\s+|unexpired\s+)?term\b|,\s+(?:to\s+which\s+position|expiring)\b/u;
const VICE = new RegExp(String.raw`,\s*vice\s+(${NAME})`, 'u');

/** The nominee and the predecessor of a sentence written as a nomination. */
export function findNominations(text: string, sentence: TextRange): PersonMention[] {
  const slice = text.slice(sentence.start, sentence.end);
  const nominee = NOMINEE.exec(slice);
  if (!nominee) return [];
  const nameText = nominee[1] as string;
  const nameAt = sentence.start + nominee.index + nominee[0].indexOf(nameText);
  const name = stripHonorific(text, { start: nameAt, end: nameAt + nameText.length });
  if (!isPersonName(text.slice(name.start, name.end))) return [];
  const postAt = nominee.index + nominee[0].length;
  const rest = slice.slice(postAt);
  const end = POST_END.exec(rest);
  const postText = (end ? rest.slice(0, end.index) : rest).replace(/[\s.;,]+$/u, '');
  if (postText.length === 0) return [];
  const post = { start: sentence.start + postAt, end: sentence.start + postAt + postText.length };
  const out: PersonMention[] = [{ range: name, post, extractor: 'people:nomination' }];
  const vice = end ? VICE.exec(rest.slice(end.index)) : null;
  if (vice) {
    const viceText = vice[1] as string;
    const viceAt = sentence.start + postAt + (end?.index ?? 0) + vice.index + vice[0].length - viceText.length;
    const held = stripHonorific(text, { start: viceAt, end: viceAt + viceText.length });
    if (isPersonName(text.slice(held.start, held.end))) out.push({ range: held, post, extractor: 'people:vice' });
  }
  return out;
}
