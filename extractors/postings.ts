// Postings in a reshuffle report: "Those promoted are A, to the Ministry of X; B to the
// Ministry of Y", "C will head the Ministry of Health", "D will take charge of the X". The
// person holds a post in the body the clause names; which post is the report's (the relation
// stage reads it from the report's first lines) or "head" for a verb of heading.
import { isPersonName, stripHonorific, type PersonMention } from './people.ts';
import type { TextRange } from './types.ts';

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}`;
// A verb of heading, or of being posted, between the name and the body.
const HEADS = String.raw`will\s+(?:head|lead|take\s+over|take\s+charge\s+of|run)`;
const POSTED = String.raw`(?:will\s+(?:be\s+in|go\s+to|move\s+to|join)|(?:has\s+been|have\s+been|was|were|is)\s+(?:posted|moved|transferred|deployed|redeployed|assigned|sent)\s+to)`;
// A bare "to" names the body only in a sentence that reports postings or promotions.
const POSTING_SENTENCE = /\b(?:promoted|appointed|posted|deployed|redeployed|transferred|assigned|reassigned)\b/i;
const POSTING = new RegExp(
  String.raw`(?:^|[;:,]\s*(?:and\s+|while\s+)?|\b(?:are|were|is|and|while)\s+)(${NAME}),?\s+(?:(${HEADS})|${POSTED}|(to))\s+(?:the\s+)?(?=\p{Lu})`,
  'gu',
);
// The words of HEADS and POSTED that POSTING_SENTENCE does not test for.
const OTHER_POSTING_VERB = /\s(?:will|moved|sent)\s/;
// Where the clause that names the body ends.
const CLAUSE_END = /;|\.(?:\s|$)|,\s+(?:while|and|but)\b|\s+(?:while|until|with effect)\b/u;

/** The people a sentence posts to, or puts at the head of, a body it names. */
export function findPostings(text: string, sentence: TextRange): PersonMention[] {
  const slice = text.slice(sentence.start, sentence.end);
  const isPostingSentence = POSTING_SENTENCE.test(slice);
  const out: PersonMention[] = [];
  // Outside a posting sentence only a verb of heading or being posted counts, and those the
  // gate has not seen already all say "will", "moved" or "sent": without one, no scan.
  if (!isPostingSentence && !OTHER_POSTING_VERB.test(slice)) return out;
  for (const m of slice.matchAll(POSTING)) {
    if (m[3] && !isPostingSentence) continue;
    const nameText = m[1] as string;
    const nameAt = sentence.start + m.index + m[0].indexOf(nameText);
    const name = stripHonorific(text, { start: nameAt, end: nameAt + nameText.length });
    if (!isPersonName(text.slice(name.start, name.end))) continue;
    const postAt = m.index + m[0].length;
    const end = CLAUSE_END.exec(slice.slice(postAt));
    const postEnd = postAt + (end ? end.index : slice.length - postAt);
    out.push({
      range: name,
      post: { start: sentence.start + postAt, end: sentence.start + postEnd },
      ...(m[2] ? { title: 'head' } : {}),
      extractor: 'people:posted-to',
    });
  }
  return out;
}
