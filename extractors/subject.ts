// The subject stack's bottom and its back-references (EXTRACTION.md stage 5): the body a
// document is about, and the body a definite description ("the Council", "of Bureau")
// points back to. Both are read from where names stand, not from how often they occur.
import type { LocalGraph } from './local-graph.ts';
import { RangeIndex } from './range-index.ts';
import type { TextRange } from './types.ts';
import { headWordOf } from './head-word.ts';
import { ORGANISATION_HEADS } from './vocabulary.ts';

interface BodyMention {
  range: TextRange;
  key: string;
}

const LEADING_ARTICLE = /^\s*(?:the\s+)?$/i;
const ESTABLISHED_BEFORE =
  /\b(?:establishment of|there (?:is|shall be) (?:hereby )?established|there shall be|(?:is|are) (?:hereby )?established|to establish|(?:to be )?(?<!\b(?:also|better|commonly|formerly|otherwise|widely|popularly|locally|often|now|previously)\s)known as|(?:to )?(?:re-?organi[sz]e|restructure)|(?:re-?organi[sz]ing|restructuring)|(?:re-?organi[sz]ation|restructuring) of)\s+(?:an?\s+|the\s+)?[“"]?$/i;
// What follows a sentence's opening body when it says something of it: a verb or a
// possessive ("ADB's Management Team"); a heading that is only a name names it too.
// A citation mark may stand between ("The X (ACR) [1] is a ...").
const SAYS_SOMETHING = /^(?:\s*(?:\([^()]*\)\s*)?(?:\[\d{1,3}\]\s*)*,?\s*\p{Ll}+\s+\S|['’]+s\s)/u;
// The line up to the body opens with the topic ("a subsidiary organization of the X" does not).
// "ON THE ORGANIZATIONAL STRUCTURE OF THE X" under "DECISION": a decree's title says what it is on.
const TOPIC_BEFORE =
  /^\s*(?:(?:on|regarding|concerning)\s+)?(?:(?:the|our|its|internal)\s+)?(?:organi[sz]ation(?:al)?(?:\s+(?:structure|chart))?|structure|management|leadership|functions|mandate|purpose|mission|role)(?:\s+and\s+[\p{L}-]+)?\s+of\s+(?:the\s+)?$/iu;
// "The Roles of the Divisions of X are as follows:": the body whose units the page lists.
// The units right after a determiner or opening the line: "Constituent departments of the
// State Council" is the class the page's body belongs to, not its units.
const UNITS_OF_BEFORE =
  /(?:^|\b(?:the|its|our)\s+)(?:divisions|departments|directorates|branches|bureaus|units|sections|wings)\s+(?:of|within)\s+(?:the\s+)?$/i;
const TOP_CHARS = 600;
const ISSUER = /^(?:the\s+)?government$/i;
const STRUCTURE_OF_BEFORE = /\borgani[sz]ational\s+structures?\s+of\s+(?:the\s+)?$/i;
const ESTABLISHED_AFTER = /^[”"]?\s*(?:is|shall be) (?:hereby )?established\b/i;

// "There is established in the Ministry responsible for communications the Office of X".
const ESTABLISHED_WITHIN_BEFORE =
  /\bthere (?:is|shall be) (?:hereby )?established\s+(?:in|within|under)\s[^.;:]{3,80}?\s(?:the|an?)\s+$/i;

/** True when the body named at `range` is the one a sentence establishes ("There is established the X"). */
export function isFoundedAt(text: string, range: TextRange): boolean {
  const before = text.slice(Math.max(0, range.start - 40), range.start);
  const after = text.slice(range.end, range.end + 30);
  return (
    ESTABLISHED_BEFORE.test(before) ||
    ESTABLISHED_AFTER.test(after) ||
    ESTABLISHED_WITHIN_BEFORE.test(text.slice(Math.max(0, range.start - 160), range.start))
  );
}

/** How the subject was read: from where its name stands, or only as the first body named. */
export type SubjectReading = 'title' | 'founding' | 'topic' | 'opening' | 'first-named';

/**
 * The document's subject: the body its title names, else the first body that opens a
 * sentence (the subject of the first defining sentence), else a ministry or office the page
 * places its work within, else the first body named at all.
 */
export function findDocumentSubject(
  text: string,
  bodies: BodyMention[],
  title: TextRange | null,
  sentences: TextRange[],
  headings: readonly TextRange[] = [],
  unitItems: readonly TextRange[] = [],
): { key: string; by: SubjectReading } | null {
  const agencies = bodies.filter((b) => b.key.startsWith('Agency:'));
  if (title && !ADDRESSEE_AFTER.test(text.slice(title.end, title.end + 300))) {
    const inTitle = agencies.filter((b) => b.range.start >= title.start && b.range.end <= title.end);
    const longest = inTitle.sort((a, b) => b.range.end - b.range.start - (a.range.end - a.range.start))[0];
    // "THE GOVERNMENT" over "Decree ... defining the functions ... and organizational structure
    // of the Ministry of X": a decree's issuer heads it; the body it organises is its subject.
    const isIssuer = longest !== undefined && ISSUER.test(text.slice(longest.range.start, longest.range.end));
    const organised = isIssuer
      ? agencies.find(
          (b) =>
            b.range.start >= title.end &&
            b.range.start <= title.end + TOP_CHARS &&
            STRUCTURE_OF_BEFORE.test(text.slice(Math.max(0, b.range.start - 60), b.range.start)),
        )
      : undefined;
    if (organised) return { key: organised.key, by: 'topic' };
    if (longest) return { key: longest.key, by: 'title' };
  }
  // A founding sentence names the subject of a statute: "There is established the X",
  // "An Act to provide for the establishment of the X", "An Act to establish the X", "a body
  // to be known as the X", "X is hereby established"; a decree "to reorganize the X" or
  // "restructuring the X" is about X as well.
  for (const body of agencies) if (isFoundedAt(text, body.range)) return { key: body.key, by: 'founding' };
  // "Management and divisions of the Directorate of Health:", "Organisational structure of
  // the X" near the top: the page describes X, whatever body a later heading names.
  const top = (title?.end ?? 0) + TOP_CHARS;
  for (const body of agencies) {
    if (body.range.start > top) break;
    const lineBefore = text.slice(text.lastIndexOf('\n', body.range.start) + 1, body.range.start);
    if (TOPIC_BEFORE.test(lineBefore) || UNITS_OF_BEFORE.test(lineBefore)) return { key: body.key, by: 'topic' };
  }
  // Headings in order, walked with the bodies (both sorted): no scan of every heading per body.
  let h = 0;
  const isInHeading = (range: TextRange): boolean => {
    while (h < headings.length && (headings[h] as TextRange).end <= range.start) h++;
    const heading = headings[h];
    return heading !== undefined && heading.start <= range.start && range.end <= heading.end;
  };
  let s = 0;
  for (const body of agencies) {
    while (s < sentences.length && (sentences[s] as TextRange).end <= body.range.start) s++;
    const sentence = sentences[s];
    if (
      sentence &&
      sentence.start <= body.range.start &&
      LEADING_ARTICLE.test(text.slice(sentence.start, body.range.start)) &&
      // The subject of a sentence, not a line that is only the name ("Ministry of X" under a
      // person's name and post in a directory).
      (SAYS_SOMETHING.test(text.slice(body.range.end, sentence.end)) || isInHeading(body.range))
    )
      return { key: body.key, by: 'opening' };
  }
  // A page that names one body only is about it, wherever the name stands; but not one
  // named only inside a unit list's items ("- Registration Services and Office of Racing"),
  // which is one of the units the list gives its unnamed owner.
  const distinct = new Set(agencies.map((b) => b.key));
  // (The bodies named outside every item, found once: one index lookup per mention.)
  let namedOutsideItems: Set<string> | undefined;
  const isListedUnit = (key: string): boolean => {
    if (!namedOutsideItems) {
      const items = new RangeIndex(unitItems.map((range) => ({ range })));
      namedOutsideItems = new Set(
        agencies
          .filter(
            (b) =>
              !items.overlapping(b.range).some((i) => i.range.start <= b.range.start && b.range.end <= i.range.end),
          )
          .map((b) => b.key),
      );
    }
    return !namedOutsideItems.has(key);
  };
  if (distinct.size === 1 && agencies[0] && !isListedUnit(agencies[0].key))
    return { key: agencies[0].key, by: 'opening' };
  // "... leading the work within the Foreign Ministry": a ministry or office the page places
  // its work within holds the units the page lists.
  const container = agencies.find(
    (b) =>
      WITHIN_BEFORE.test(text.slice(Math.max(0, b.range.start - 12), b.range.start)) &&
      // "There is hereby created an Office of X within the Ministry": a statute's founding.
      !FOUNDED_WITHIN.test(text.slice(Math.max(0, b.range.start - 120), b.range.start)) &&
      CONTAINER_HEADS.has(headWordOf(text.slice(b.range.start, b.range.end))),
  );
  if (container) return { key: container.key, by: 'first-named' };
  // Else the first body named is only a guess. A letter's addressee ("The Honorable Speaker of
  // the X" over "Dear Mr. Speaker,") is whom the page is sent to, not what it is about; a
  // one-word institution ("... accountable to Parliament") is named in passing; initials
  // ("PIPC's website") name one body as surely as a full name does.
  const first = agencies.find(
    (b) =>
      /\s|^\p{Lu}{2,}$/u.test(text.slice(b.range.start, b.range.end).trim()) &&
      !isListedUnit(b.key) &&
      !ADDRESSEE_AFTER.test(text.slice(b.range.end, b.range.end + 300)),
  );
  return first ? { key: first.key, by: 'first-named' } : null;
}

const WITHIN_BEFORE = /\bwithin\s+(?:the\s+)?$/i;
const FOUNDED_WITHIN = /\b(?:created|established|set\s+up|constituted)\b[^.;]*$/i;
const CONTAINER_HEADS: ReadonlySet<string> = new Set(['Ministry', 'Department', 'Office', 'Agency', 'Authority']);

const ADDRESSEE_AFTER = /^[^\n]*\n(?:[ \t]*[^\n]{0,80}\n){0,4}[ \t]*Dear\s/;

// "the Council", "This Bureau", "of Bureau": a head word standing for a body named elsewhere.
// The determiner may open a sentence or a heading ("The Bureau shall:").
const DEFINITE_HEAD = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ss]uch|[Ss]aid|[Oo]f|[Ii]ts)\s+(\p{Lu}\p{Ll}+)\b/gu;

const LOWER_SUBJECT_HEAD = /^\s*The\s+(\p{Ll}+)\s+\p{Ll}/u;
const MODAL_SUBJECT_HEAD = /\b(?:[Tt]he|[Ii]ts)\s+(\p{Lu}\p{Ll}+)\s+(?:may|shall|will|must)\b/u;
// "The tasks of the board are": the lower-case head word whose duties the sentence opens with.
const LOWER_OWNER_HEAD = /^\s*The\s+\p{Ll}+\s+of\s+the\s+(\p{Ll}+)\b/u;

const BARE_SUBJECT_HEAD = /^\s*(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}+)\s+(?:is|are|shall|will|has|have)\b/u;

/**
 * The body a definite description in `range` points back to: the subject when its name has
 * that head word, else the nearest body before `range` whose name has it.
 */
export function resolveBackReference(
  text: string,
  range: TextRange,
  graph: LocalGraph,
  bodies: BodyMention[],
  subject: string | null,
): string | null {
  const slice = text.slice(range.start, range.end);
  // "Parliament is responsible for:", "Functions Parliament is ...": a bare head word as the
  // sentence's subject points back as "the Parliament" would.
  const bareSubject = BARE_SUBJECT_HEAD.exec(slice);
  // "The department comprises ...": a lower-case head word as the opening subject.
  const lowerSubject = LOWER_SUBJECT_HEAD.exec(slice);
  const lowerOwner = LOWER_OWNER_HEAD.exec(slice);
  // "For the purpose of the objects of the Authority, the Board may exercise": the body before
  // the modal verb is the one the sentence gives duties, whatever it names on the way.
  const modalSubject = MODAL_SUBJECT_HEAD.exec(slice);
  const matches = [
    ...(modalSubject ? [modalSubject] : []),
    ...(bareSubject ? [bareSubject] : []),
    ...slice.matchAll(DEFINITE_HEAD),
    ...(lowerSubject ? [lowerSubject] : []),
    ...(lowerOwner ? [lowerOwner] : []),
  ];
  for (const match of matches) {
    const head = (match[1] as string).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    if (!ORGANISATION_HEADS.has(head)) continue;
    const hasHead = (key: string): boolean =>
      [...(graph.entities.get(key)?.names.keys() ?? [])].some((n) => new RegExp(`\\b${head}\\b`, 'i').test(n));
    if (subject && hasHead(subject)) return subject;
    let best: BodyMention | null = null;
    for (const body of bodies) if (body.range.end <= range.start && hasHead(body.key)) best = body;
    if (best) return best.key;
  }
  return null;
}
