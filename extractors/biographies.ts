// Biographies under a person's heading or name line (EXTRACTION.md stage 5, the subject stack
// for people): "### Jessyn Farrell" over "Farrell previously worked as Executive Director of the X ...
// She also served as Director of the City's Office of Y". A sentence whose subject is the
// profile's person, by pronoun or surname, and that gives a post at a named body, is a post
// of that person; the name is the heading's, the post the sentence's.
import type { OrganisationMention } from './agencies.ts';
import { isPostTitle, type PersonMention } from './people.ts';
import { RangeIndex } from './range-index.ts';
import type { SectionNode, TextRange } from './types.ts';
import { allSections } from './walk.ts';

// "as Director of", "was the Deputy Director at", "as a member of": where a post begins.
const POST_CLAUSE = /\b(?:as|was|is|became|becomes|has been|had been)\s+(?:an?\s+|the\s+|its\s+)?(?=[\p{L}])/gu;
// The post, then the word that joins it to its body: "Division Director of Homelessness within the".
const POST_THEN_BODY =
  /^((?:[\p{L}'’&-]+\s+){0,6}?[\p{L}'’-]+)\s+(?:of|at|in|within|for|with)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}]+['’]s\s+)?$/u;
const MAX_POST_CHARS = 90;
const PRONOUN = 'He|She|They';

/** The posts at named bodies that a profile's sentences give its person. */
export function findBiographyPosts(
  text: string,
  root: SectionNode,
  people: readonly PersonMention[],
  sentences: readonly TextRange[],
  organisations: readonly OrganisationMention[],
): PersonMention[] {
  const out: PersonMention[] = [];
  // A profile opens at a heading that is a person's name, or at a name line with a post line.
  const headings = new RangeIndex(allSections(root, text).flatMap((s) => (s.heading ? [{ range: s.heading }] : [])));
  const anchors = people
    .filter(
      (p) =>
        p.extractor === 'people:profile-block' ||
        headings
          .overlapping(p.range)
          .some(
            ({ range: h }) =>
              h.start <= p.range.start && p.range.end <= h.end && (p.range.end - p.range.start) * 2 > h.end - h.start,
          ),
    )
    .sort((a, b) => a.range.start - b.range.start)
    .filter((p, k, all) => k === 0 || p.range.start !== (all[k - 1] as PersonMention).range.start);
  if (anchors.length === 0) return out;
  const bodyIndex = new RangeIndex([...organisations]);
  const sentenceIndex = new RangeIndex(sentences.map((range) => ({ range })));
  anchors.forEach((person, k) => {
    const surname = text.slice(person.range.start, person.range.end).split(/\s+/).pop() ?? '';
    if (surname.length < 2) return;
    const subject = new RegExp(
      String.raw`^\s*(?:[^,.;\n]{0,80},\s+)?(?:${PRONOUN}|(?:[\p{Lu}][\p{L}.-]*\s+){0,3}${escape(surname)})\b`,
      'u',
    );
    const span = { start: person.range.end, end: anchors[k + 1]?.range.start ?? text.length };
    for (const { range: sentence } of sentenceIndex.within(span)) {
      const slice = text.slice(sentence.start, sentence.end);
      if (!subject.test(slice)) continue;
      for (const clause of slice.matchAll(POST_CLAUSE)) {
        const from = sentence.start + (clause.index ?? 0) + clause[0].length;
        const body = bodyIndex
          .overlapping({ start: from, end: Math.min(sentence.end, from + MAX_POST_CHARS) })
          .filter((o) => o.range.start > from)
          .sort((a, b) => a.range.start - b.range.start)[0];
        if (!body) continue;
        const written = POST_THEN_BODY.exec(text.slice(from, body.range.start))?.[1];
        // "served ... as a member of the City Council" is a seat; "is an active member of the
        // Institute of X" is a professional membership, no post.
        const isMembership = /\bmembers?$/i.test(written ?? '');
        if (!written || (isMembership && !/^as\b/.test(clause[0]))) continue;
        if (!isPostTitle(capitalisedFirst(written)) && !isMembership) continue;
        out.push({
          range: person.range,
          post: { start: from, end: body.range.end },
          title: written,
          extractor: 'people:biography',
        });
      }
    }
  });
  return out;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function capitalisedFirst(phrase: string): string {
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`;
}
