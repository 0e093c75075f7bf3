// Directory lines whose post is given by position rather than by a separator
// (EXTRACTION.md families: "leadership directories", "person names with initials,
// suffixes, post-nominal letters"): "E. H. Harrison, Esq (Chief Immigration Officer) from
// 1962", "Vaughn Noga (Chief Information Officer, Environmental Protection Agency)", and
// "Qualifier: Name" lines under a post label ("Vice-Presidents:" / "Operations 2: Name").
import { singularTitle } from './leader-lines.ts';
import { LABEL_LEVEL } from './outline.ts';
import { isConfirmedPerson, isPersonName, isPostTitle, surnameAfterHonorific, type PersonMention } from './people.ts';
import { hasTag } from './tagger.ts';
import type { TextPiece } from './walk.ts';
import type { SectionNode, TextRange } from './types.ts';
import {
  POST_MODIFIER_ALTERNATION,
  POST_WORDS,
  isHonorific,
  LAW_HEADS,
  NAME_STOPWORDS,
  ORGANISATION_HEADS,
  PLACE_WORDS,
  RANKS,
  SEAT_LETTERS,
  TITLE_WORDS,
} from './vocabulary.ts';
import { capitalised } from './words.ts';

// A name token: a capitalised word (hyphens, apostrophes, accents), an initial, or a particle.
const TOKEN =
  /^(?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*|\p{Lu}\.(?:\p{Lu}\.)*|da|de|do|dos|del|della|der|van|von|bin|binti|al|el|la|le)$/u;
// Post-nominal letters and suffixes after a comma: "Jr.", "Esq", "mni", "MFR", "PhD".
const SUFFIX = /^(?:Jr\.?|Sr\.?|Esq\.?|[A-Za-z]{2,4}\.?|II|III|IV)$/;
// A generational suffix is part of the name as written ("C. Lawrence Greenwood, Jr."); other
// suffixes (degrees, honours) are not.
const GENERATIONAL_SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;
const MAX_NAME_TOKENS = 5;

// "Hon. Dr. Name", "Gen. Name": a rank stands before a name as an honorific does.
const isHonorificOrRank = (word: string): boolean => isHonorific(word) || RANKS.has(word);

/** The range of a person's name at the start of `range`, with a suffix after a comma cut off. */
export function nameAt(text: string, range: TextRange): TextRange | null {
  let raw = text.slice(range.start, range.end);
  let start = range.start;
  const lead = raw.length - raw.trimStart().length;
  raw = raw.trim();
  start += lead;
  const [main = '', ...rest] = raw.split(/\s*,\s*/);
  if (rest.length > 1 || (rest.length === 1 && !SUFFIX.test(rest[0] as string))) return null;
  const tokens = main.split(/\s+/);
  let skip = 0;
  // Honorifics, stacked ("YB Dato' Sri Dr.", "Tan Sri"), stand before the name.
  while (
    skip < tokens.length - 1 &&
    (isHonorificOrRank((tokens[skip] as string).replace(/[.'’]$/, '')) ||
      (tokens[skip] === 'Tan' && tokens[skip + 1] === 'Sri'))
  )
    skip++;
  // "Labour Commissioner Mr. Chanda Kaziya", "FijiFirst MP Viliame Naupoto": the name starts
  // after the last honorific or seat.
  const lastHonorific = tokens.findLastIndex(
    (t, k) => k < tokens.length - 2 && (isHonorificOrRank(t.replace(/[.'’]$/, '')) || SEAT_LETTERS.has(t)),
  );
  if (lastHonorific >= skip) skip = lastHonorific + 1;
  const name = tokens.slice(skip);
  const hasSuffix = rest.length === 1;
  if (name.length === 0 || name.length > MAX_NAME_TOKENS || (name.length === 1 && !hasSuffix)) return null;
  // A given name that is also an instrument word ("Bill") counts when the tagger reads the whole as a person.
  const isInstrumentWord = (t: string, k: number): boolean =>
    LAW_HEADS.has(t) && !(k === 0 && name.length > 1 && isConfirmedPerson(name.join(' ')));
  const isName = name.every(
    (t, k) =>
      TOKEN.test(t) && !ORGANISATION_HEADS.has(t) && !isInstrumentWord(t, k) && !TITLE_WORDS.has(t.toLowerCase()),
  );
  if (!isName || !/^\p{Lu}/u.test(name[name.length - 1] as string)) return null;
  const offset = tokens.slice(0, skip).reduce((n, t) => n + t.length + 1, 0);
  if (isCommonPhrase(name.join(' '))) return null;
  const suffix = hasSuffix && GENERATIONAL_SUFFIX.test(rest[0] as string) ? raw.length - main.length : 0;
  return { start: start + offset, end: start + main.length + suffix };
}

// "Key People", "Former Ministers", "Canadian Heritage", "John Carling Building": phrases the
// tagger reads as plurals, places or demonyms are not a person's name.
function isCommonPhrase(name: string): boolean {
  if (NAME_STOPWORDS.has(name.split(' ')[0] as string)) return true;
  // An initial ("Bindu N. Lohani") marks a personal name, whatever the tagger reads into it.
  if (/\p{Lu}\.\s/u.test(name)) return false;
  // A place counts by its last word ("John Carling Building"), from the vocabulary: the
  // tagger takes names that are also towns' ("Vaughn Noga", "Helen Marsh") for places.
  const isPlace = PLACE_WORDS.has(name.split(' ').pop() ?? '');
  // A plural counts at the end only: "Key People" is no name, "Danies Chisenda" may be one.
  // A surname set in capitals ("Moses LEE") is read as the tagger would read it in running
  // text, not as an acronym.
  const asWritten = name.replace(/(?<!\p{L})\p{Lu}{3,}(?!\p{L})/gu, capitalised);
  return isPlace || (!hasTag(asWritten, '#Person') && hasTag(asWritten, '(#Plural$|#Demonym|#Organization)'));
}

// "Name (Post[, Body]) from 1962 - 1966": a name, then a bracket that opens with a post.
const BRACKETED_POST = /^([^()]{2,80}?)\s*\(([^()]{3,160})\)/u;

/** "Name (Post, Body)" items and lines. */
export function findBracketedPosts(text: string, piece: TextPiece): PersonMention[] {
  if (piece.role !== 'item-head' && piece.role !== 'paragraph') return [];
  const raw = text.slice(piece.range.start, piece.range.end);
  const m = BRACKETED_POST.exec(raw);
  if (!m) return [];
  const postStart = piece.range.start + m.index + (m[0].indexOf('(') + 1);
  const postText = m[2] as string;
  // "last Director of Immigration", "former Minister": a lower-case modifier before the post.
  const firstPart = (postText.split(/\s*[,;]\s*|\s+-\s+/)[0] ?? '').replace(/^(?:\p{Ll}+\s+)+/u, '');
  if (!isPostTitle(firstPart)) return [];
  const name = nameAt(text, { start: piece.range.start, end: piece.range.start + (m[1] as string).length });
  return name
    ? [
        {
          range: name,
          post: { start: postStart, end: postStart + postText.length },
          extractor: 'people:bracketed-post',
        },
      ]
    : [];
}

// "from Sam Roe (UNDP Resident Representative), Jo Poe (UN Resident Coordinator)": names in
// running text, each with its post (and the body's initials) in brackets.
const NAME_THEN_BRACKET = /(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*\(([^()]{3,80})\)/gu;

/** Persons named in a sentence with their post in brackets after the name. */
export function findBracketedPostsInSentence(text: string, sentence: TextRange): PersonMention[] {
  const out: PersonMention[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!slice.includes('(')) return out;
  for (const m of slice.matchAll(NAME_THEN_BRACKET)) {
    const postText = m[2] as string;
    // "UNDP Resident Representative": the body's initials may stand before the post.
    const firstPart = (postText.split(/\s*[,;]\s*|\s+-\s+/)[0] ?? '').replace(/^(?:\p{Lu}[\p{Lu}&]{1,9}\s+)+/u, '');
    // "Resident Representative": a post of international bodies the post words leave out.
    if (!isPostTitle(firstPart) && !/^(?:\p{Lu}\p{Ll}+\s+){0,2}Representative$/u.test(firstPart)) continue;
    const start = sentence.start + m.index;
    const name = nameAt(text, { start, end: start + (m[1] as string).length });
    const nameText = name ? text.slice(name.start, name.end) : '';
    if (!name || !isPersonName(nameText) || hasTag(nameText, '#Place') || hasTag(nameText, '#Organization')) continue;
    const postStart = start + m[0].indexOf('(') + 1;
    out.push({
      range: name,
      post: { start: postStart, end: postStart + postText.length },
      extractor: 'people:name-bracket-post',
    });
  }
  return out;
}

/** "Qualifier: Name" lines and bare name lines under a heading or label that names a post ("Vice-Presidents:"). */
export function findPostLabelLines(text: string, piece: TextPiece): PersonMention[] {
  if (piece.role !== 'paragraph' && piece.role !== 'item-head' && piece.role !== 'value' && piece.role !== 'heading')
    return [];
  // A heading piece's own section is its last ancestor: the label is the section above it.
  const sections = piece.ancestors.filter((a): a is SectionNode => a.kind === 'section');
  const section = piece.role === 'heading' ? sections[sections.length - 2] : sections[sections.length - 1];
  const labelText = (range: TextRange): string =>
    text
      .slice(range.start, range.end)
      .trim()
      .replace(/[:：]$/, '');
  // A question ("Who are the current heads of the ministries?") labels nothing.
  const namesPost = (range: TextRange | null | undefined): range is TextRange =>
    range !== null &&
    range !== undefined &&
    !labelText(range).endsWith('?') &&
    isPostTitle(singularTitle(labelText(range)) ?? labelText(range));
  // A name heading under a body line may follow the label as its sibling ("The heads of 18
  // Ministries include:" / "Ministry of X" / "Mr. Name" / "Ministry of Y" / ...).
  const heading = namesPost(section?.heading)
    ? section?.heading
    : piece.role === 'heading' && bodyLineOver(text, piece, sections)
      ? labelBefore(sections, namesPost)
      : null;
  if (!heading) return [];
  const label = labelText(heading);
  const singular = singularTitle(label);
  const line = text.slice(piece.range.start, piece.range.end);
  if (line.includes('\n') || line.length > 120) return [];
  const colon = line.search(/[:：]\s/);
  const valueStart =
    piece.role === 'value' ? piece.range.start : colon > 0 ? piece.range.start + colon + 2 : piece.range.start;
  const name = nameAt(text, { start: valueStart, end: piece.range.end });
  if (!name) return [];
  // A heading under the label is a name only when it reads as one ("Portfolio Committees" is
  // none); one set in capitals ("MS. GAIL ATKINS") is read as a sentence would write it.
  const written = text.slice(name.start, name.end);
  const asWritten = /\p{Ll}/u.test(written)
    ? written
    : written.replace(/\p{L}+/gu, (w) => capitalised(w.toLowerCase()));
  if (piece.role === 'heading' && !isPersonName(asWritten)) return [];
  // "Leo Marsh is now the new Permanent Secretary ...": a sentence under the heading, no name line.
  const rest = text.slice(name.end, piece.range.end).trim();
  if (rest && !/^[(,–—-]|^[.;]$/u.test(rest)) return [];
  const mention: PersonMention = { range: name, post: heading, extractor: 'people:post-label' };
  if (singular) mention.isPluralPost = true;
  // "The heads of 18 Ministries include:" / "Ministry of Finance" / "Mr. Ho Duc Phuc": a name
  // line right under a line that names a body and heads nothing else holds the post there.
  const body = piece.role === 'heading' ? bodyLineOver(text, piece, sections) : null;
  const title = body ? (pluralPostWord(label) ?? singular) : null;
  if (body && title) {
    mention.body = body;
    mention.title = title;
  }
  return [mention];
}

/** The heading of the empty section right before a name heading's own, if any. */
function bodyLineAbove(sections: SectionNode[]): TextRange | null {
  const own = sections[sections.length - 1];
  const parent = sections[sections.length - 2];
  if (!own || !parent) return null;
  const before = parent.children[parent.children.indexOf(own) - 1];
  return before?.kind === 'section' && before.heading && before.children.length === 0 ? before.heading : null;
}

/** A body line above a name line: the line above holds no field ("Committee on X: Name" does). */
function bodyLineOver(text: string, piece: TextPiece, sections: SectionNode[]): TextRange | null {
  const above = bodyLineAbove(sections);
  const isField = (r: TextRange): boolean => /[:：]/.test(text.slice(r.start, r.end));
  return above && !isField(above) && !isField(piece.range) ? above : null;
}

/** The nearest label before a heading's own section, among its siblings, that names a post. */
function labelBefore(sections: SectionNode[], namesPost: (range: TextRange) => boolean): TextRange | null {
  const own = sections[sections.length - 1];
  const parent = sections[sections.length - 2];
  if (!own || !parent) return null;
  for (let k = parent.children.indexOf(own) - 1; k >= 0; k--) {
    const sibling = parent.children[k];
    if (sibling?.kind !== 'section') return null;
    if (sibling.level === LABEL_LEVEL && sibling.heading && namesPost(sibling.heading)) return sibling.heading;
  }
  return null;
}

/** "Head" from "The heads of 18 Ministries include": the first post word in the plural. */
function pluralPostWord(label: string): string | null {
  for (const word of label.split(/\s+/)) {
    const singular = singularTitle(capitalised(word));
    if (singular && singular.toLowerCase() !== word.toLowerCase() && POST_WORDS.has(singular.toLowerCase()))
      return singular;
  }
  return null;
}

// "Portfolio Committee on Health: Dr. Jane Roe": a body, a colon and a person, on one line.
const BODY_THEN_NAME = /^([^:：]{3,90}?)\s*[:：]\s+(.+)$/u;
// How far back a lead-in line ("The elected chairpersons are as follows:") may stand.
const LEAD_IN_LOOKBACK = 600;

/**
 * "Body: Name" lines: the person holds a post in the body; the post is the one a lead-in above
 * names in the plural ("The elected chairpersons are as follows:"), if any.
 */
export function findBodyNameLines(text: string, piece: TextPiece): PersonMention[] {
  if (piece.role !== 'paragraph' && piece.role !== 'item-head' && piece.role !== 'heading') return [];
  const lines: TextRange[] = [];
  let at = piece.range.start;
  for (const raw of text.slice(piece.range.start, piece.range.end).split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    lines.push({ start: at + lead, end: at + raw.trimEnd().length });
    at += raw.length + 1;
  }
  // "Central Intelligence Agency, David Cohen": a comma parts a body and a name only on a
  // run of such lines (in prose, "the Ministry of X, Jane Roe said" is an apposition).
  // The lines next to the piece count too: each line may be a paragraph of its own. Only
  // read when a line of the piece has the comma shape at all.
  const hasComma = lines.some((l) => bodyThenName(text, l, BODY_COMMA_NAME) !== null);
  const before = hasComma ? lineAround(text, piece.range.start - 1) : null;
  const after = hasComma ? lineAround(text, piece.range.end + 1) : null;
  const commaLines = hasComma
    ? [...(before ? [before] : []), ...lines, ...(after ? [after] : [])].filter(
        (l) => bodyThenName(text, l, BODY_COMMA_NAME) !== null,
      )
    : [];
  const out: PersonMention[] = [];
  for (const line of lines) {
    const row = bodyPostNameLine(text, line);
    if (row) {
      out.push(row);
      continue;
    }
    const found =
      bodyThenName(text, line, BODY_THEN_NAME) ??
      (commaLines.length >= MIN_COMMA_LINES || (piece.role === 'item-head' && lines.length === 1)
        ? bodyThenName(text, line, BODY_COMMA_NAME)
        : null);
    if (!found) continue;
    const mention: PersonMention = { range: found.name, post: found.body, extractor: 'people:body-label' };
    const title =
      leadInPost(text.slice(Math.max(0, piece.range.start - LEAD_IN_LOOKBACK), piece.range.start)) ??
      (found.isComma ? 'Head' : null);
    if (title) mention.title = title;
    out.push(mention);
  }
  return out;
}

const BODY_COMMA_NAME = /^([^,:：]{3,90}?),\s+(.+)$/u;

// What parts a line into fields: a dash or a bar with spaces around it, or a tab.
const FIELD_SEPARATOR = /\s+[—–|]\s+|\s+-\s+|\t+/gu;
const LINE_MARKER = /^(?:\(?\d{1,3}[.)]|\p{Lu}?[.)]|[-*•])\s+/u;

/**
 * "(1) National Roads Agency (NRA) — Director-General / CEO — Mr. Name": a line of three
 * fields, in any order, that are a body, a post and a name; the person holds the post there.
 */
function bodyPostNameLine(text: string, line: TextRange): PersonMention | null {
  const raw = text.slice(line.start, line.end);
  if (raw.length > 200) return null;
  const lead = LINE_MARKER.exec(raw)?.[0].length ?? 0;
  const fields: TextRange[] = [];
  let at = lead;
  for (const sep of raw.slice(lead).matchAll(FIELD_SEPARATOR)) {
    fields.push({ start: line.start + at, end: line.start + lead + sep.index });
    at = lead + sep.index + sep[0].length;
  }
  fields.push({ start: line.start + at, end: line.end });
  if (fields.length !== 3) return null;
  const textOf = (r: TextRange): string => text.slice(r.start, r.end).replace(/[.;]$/, '').trim();
  const nameField = fields.findIndex((f) => {
    const name = nameAt(text, { start: f.start, end: f.start + textOf(f).length });
    return name !== null && name.end >= f.start + textOf(f).length - 1;
  });
  // "Director-General / CEO": a post, however many titles it joins.
  const postField = fields.findIndex(
    (f, k) =>
      k !== nameField &&
      textOf(f)
        .split(/\s*[/&]\s*/)
        .some((t) => isPostTitle(t)),
  );
  if (nameField < 0 || postField < 0) return null;
  const bodyField = [0, 1, 2].find((k) => k !== nameField && k !== postField) as number;
  const body = fields[bodyField] as TextRange;
  const bodyText = textOf(body);
  if (!/^\p{Lu}/u.test(bodyText) || isPostTitle(bodyText)) return null;
  const field = fields[nameField] as TextRange;
  const name = nameAt(text, { start: field.start, end: field.start + textOf(field).length }) as TextRange;
  const post = fields[postField] as TextRange;
  return {
    range: name,
    post: { start: post.start, end: post.start + textOf(post).length },
    body: { start: body.start, end: body.start + bodyText.length },
    extractor: 'people:body-post-name',
  };
}

// The trimmed line of the text that holds offset `at`, if `at` is inside the text.
function lineAround(text: string, at: number): TextRange | null {
  if (at < 0 || at >= text.length) return null;
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const endAt = text.indexOf('\n', at);
  const end = endAt === -1 ? text.length : endAt;
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  return raw.trim() ? { start: start + lead, end: start + raw.trimEnd().length } : null;
}
const MIN_COMMA_LINES = 2;

function bodyThenName(
  text: string,
  line: TextRange,
  shape: RegExp,
): { body: TextRange; name: TextRange; isComma: boolean } | null {
  const raw = text.slice(line.start, line.end);
  const m = shape.exec(raw);
  if (!m) return null;
  const key = (m[1] as string).trim();
  if (!/^\p{Lu}/u.test(key) || !key.split(/\s+/).some((w) => ORGANISATION_HEADS.has(w)) || isPostTitle(key))
    return null;
  const valueStart = line.start + raw.indexOf(m[2] as string, (m[1] as string).length);
  const name = nameAt(text, { start: valueStart, end: line.end });
  if (!name || name.end < line.end - 1) return null;
  const keyStart = line.start + raw.indexOf(key);
  return { body: { start: keyStart, end: keyStart + key.length }, name, isComma: shape === BODY_COMMA_NAME };
}

// The post a lead-in line names in the plural ("... chairpersons are as follows:", "Heads of unit:").
function leadInPost(before: string): string | null {
  const lines = before
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const lead = [...lines].reverse().find((l) => /(?:[:：]|as follows)$/i.test(l));
  if (!lead) return null;
  for (const word of lead.split(/[\s:：]+/)) {
    const singular = singularTitle(word) ?? (/^\p{L}{4,}s$/u.test(word) ? word.slice(0, -1) : null);
    const title = singular ? `${singular.charAt(0).toUpperCase()}${singular.slice(1)}` : null;
    if (title && isPostTitle(title)) return title;
  }
  return null;
}

// "The Minister for Public Expenditure and Reform, Brendan Howlin, T.D., has announced",
// "Former Permanent Secretary for Labour, Jane Roe has been transferred": a post, then the
// name after a comma, closed by another comma, by the verb it is the subject of, or by the
// sentence's end ("Read bio of the Director, Gerry Rice").
const POST_THEN_NAME =
  /(?:^|[\s(])(?:The\s+|the\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*(?:\s+(?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+(?:and|of|for)\s+)?\s*){1,6})?),\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]+)(?:,\s+[A-Z][A-Za-z.]{1,5})?(?:,|(?=\s+(?:has|have|had|was|is|will|would|said|says|told|as|who)\s)|(?=\s*\.?\s*$))/gu;
// "the appointment of Mr Bill McCluggage as Government Chief Information Officer", "Name
// has been appointed Permanent Secretary in the Ministry of Energy", "Name was on Tuesday
// appointed as Director", "promoted Name as new Director of the Water Board": the post runs
// on through its body's capitalised name.
const NAME = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]+)`;
const APPOINTED = String.raw`(?:has been|have been|had been|was|is|were)\s+(?:(?:on\s+\p{Lu}\p{L}+|today|yesterday|recently|formally|officially)\s+)?(?:re-?)?(?:appointed|named|promoted|elected|designated|confirmed)\s+(?:as\s+)?`;
const APPOINTED_POST = String.raw`(?:the\s+|its\s+|our\s+|first\s+|new\s+|acting\s+|interim\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,5}\p{Lu}[\p{L}-]*(?:\s+(?:of|in|at|for|to)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|on|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,8})?)`;
// "Dr. Hiroshi Nakajima of Japan was elected Director General": a nationality may come between.
const OF_PLACE = String.raw`(?:\s+of\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?`;
const NAME_AS_POST = new RegExp(`${NAME}${OF_PLACE}\\s+(?:${APPOINTED}|as\\s+)${APPOINTED_POST}`, 'gu');
// "Katarzyna Szczuka replaces Rita Wezenbeek as Head of Unit B2": the successor takes the post
// the predecessor is named with ("Name as <post>", read by NAME_AS_POST).
const REPLACES_AS = new RegExp(
  `${NAME}\\s+(?:replaces|replaced|has replaced|will replace|succeeds|succeeded|has succeeded|will succeed|takes over from|took over from)\\s+${NAME}\\s+as\\s+${APPOINTED_POST}`,
  'gu',
);
// "Mr Name, currently Chief Executive, Ministry of A, has been appointed Secretary of B": the
// appointment after a clause that describes the person.
const NAME_CLAUSE_APPOINTED = new RegExp(`${NAME},\\s+[^.;:!?]{3,200}?,\\s+${APPOINTED}${APPOINTED_POST}`, 'gu');
/** A word NAME_AS_POST cannot match without. */
// "Jim Roe was appointed cabinet secretary and deputy minister of the Executive Council
// Office": posts written in lower case, named by their post words, up to the named body.
const LOWER_POST_WORD = String.raw`(?:(?:${POST_MODIFIER_ALTERNATION})[\s-]+)*(?:${[...POST_WORDS].join('|')})`;
const NAME_APPOINTED_LOWER_POST = new RegExp(
  String.raw`${NAME}\s+${APPOINTED}((?:the\s+|a\s+|an\s+)?(?:[\p{Ll}-]+\s+){0,2}?${LOWER_POST_WORD}(?:\s+(?:and|or)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?${LOWER_POST_WORD})?\s+(?:of|at|in|for|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|on|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,8})`,
  'gu',
);
const NAME_AS_POST_CUE = /\s(?:as|(?:re-?)?appointed|named|promoted|elected|designated|confirmed)\s/;
// "Bryan Kimmins as chairman of the Central Supply and Tenders Board", "John Nicholas, Ann Roe
// and Ben Peri as members of the Boundaries Commission": a news list of appointees, each with a
// post in lower case up to its body's capitalised name.
const AS_LOWER_POST = new RegExp(
  String.raw`\s+as\s+((?:the\s+|a\s+|an\s+)?(?:[\p{Ll}-]+\s+){0,2}?${LOWER_POST_WORD}s?\s+(?:of|at|in|for|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|on|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,8})`,
  'gu',
);
const NAME_BEFORE = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]+)$/u;
const LIST_JOINT = /(?:,\s*(?:and\s+)?|\s+and\s+)$/;

/** The names a list of appointees puts right before "as <post>", last first, up to the first part that is none. */
function appointeesBefore(text: string, start: number, end: number): TextRange[] {
  const out: TextRange[] = [];
  let at = end;
  for (;;) {
    const before = text.slice(start, at);
    const m = NAME_BEFORE.exec(before);
    if (!m) break;
    const nameStart = start + m.index;
    const name = nameAt(text, { start: nameStart, end: at });
    if (!name || name.end !== at) break;
    out.push(name);
    const joint = LIST_JOINT.exec(text.slice(start, name.start));
    if (!joint) break;
    at = name.start - joint[0].length;
  }
  return out;
}

/** Posts and names in apposition inside running text. */
export function findPostAppositions(text: string, sentence: TextRange): PersonMention[] {
  const slice = text.slice(sentence.start, sentence.end);
  const out: PersonMention[] = [];
  // Cheap literal checks first: both patterns are costly to try at every position, and most
  // sentences have neither their comma nor their verb.
  const appointed = NAME_AS_POST_CUE.test(slice)
    ? [...slice.matchAll(NAME_AS_POST), ...(slice.includes(',') ? slice.matchAll(NAME_CLAUSE_APPOINTED) : [])]
    : [];
  // "... as Minister of Public Service, Hon. Name as Minister of Labour": a name given its
  // own post is not in apposition to the post another appointment ends with.
  const withOwnPost = new Set(appointed.map((m) => sentence.start + m.index + m[0].indexOf(m[1] as string)));
  const posts = slice.includes(',') ? slice.matchAll(POST_THEN_NAME) : [];
  for (const m of posts) {
    const postText = (m[1] as string).trim();
    if (!isPostTitle(postText)) continue;
    const postStart = sentence.start + m.index + m[0].indexOf(postText);
    const nameStart = sentence.start + m.index + m[0].indexOf(m[2] as string, m[0].indexOf(postText) + postText.length);
    const isAnotherAppointment = /\bas\s+(?:the\s+)?(?:new\s+)?$/.test(
      text.slice(Math.max(0, postStart - 12), postStart),
    );
    if (withOwnPost.has(nameStart) && isAnotherAppointment) continue;
    // Closed only by the sentence's end, the name must read as one: no word in capitals
    // ("CEO, HOPE Technik", "GENERAL MANAGER, FINANCE AND ACCOUNTING").
    const closedByEnd = !m[0].endsWith(',') && /^\s*\.?\s*$/.test(slice.slice(m.index + m[0].length));
    if (closedByEnd && /\b\p{Lu}{2,}\b/u.test(m[2] as string)) continue;
    const name = nameAt(text, { start: nameStart, end: nameStart + (m[2] as string).length });
    if (name)
      out.push({
        range: name,
        post: { start: postStart, end: postStart + postText.length },
        extractor: 'people:post-apposition',
      });
  }
  const named = new Set(appointed.map((m) => sentence.start + m.index));
  if (/\sas\s/.test(slice))
    for (const m of slice.matchAll(AS_LOWER_POST)) {
      const postText = m[1] as string;
      const postStart = sentence.start + m.index + m[0].lastIndexOf(postText);
      // "as members of the X": each name holds the post in the singular.
      const words = postText.replace(/^(?:the|an?)\s+/, '').replace(/\s+(?:of|at|in|for|to)\s[\s\S]*$/, '');
      const title = singularTitle(words) ?? words;
      for (const name of appointeesBefore(text, sentence.start, sentence.start + m.index)) {
        if (named.has(name.start)) continue;
        out.push({
          range: name,
          post: { start: postStart, end: postStart + postText.length },
          extractor: 'people:post-apposition',
          ...(title === words ? {} : { title }),
        });
      }
    }
  const lowerPosts = /\bappointed|\bnamed|\belected/.test(slice) ? [...slice.matchAll(NAME_APPOINTED_LOWER_POST)] : [];
  for (const m of [...appointed, ...lowerPosts]) {
    const postText = m[2] as string;
    // A post in lower case is one by its post words, which the pattern already asked for.
    if (!isPostTitle(postText) && !/^\p{Ll}/u.test(postText)) continue;
    const nameStart = sentence.start + m.index;
    const written = { start: nameStart, end: nameStart + (m[1] as string).length };
    const name = nameAt(text, written);
    // "Mr Quinlivan has been appointed chair of the X": a surname the page gave in full before.
    const surname = name ? null : surnameAfterHonorific(text, written);
    const postStart = sentence.start + m.index + m[0].lastIndexOf(postText);
    const range = name ?? surname;
    if (range)
      out.push({
        range,
        post: { start: postStart, end: postStart + postText.length },
        extractor: 'people:post-apposition',
        ...(surname ? { isSurname: true } : {}),
      });
  }
  if (/\s(?:replace|succeed|takes over|took over)/.test(slice))
    for (const m of slice.matchAll(REPLACES_AS)) {
      const nameStart = sentence.start + m.index;
      const name = nameAt(text, { start: nameStart, end: nameStart + (m[1] as string).length });
      const postText = m[3] as string;
      const postStart = sentence.start + m.index + m[0].lastIndexOf(postText);
      if (name && isPostTitle(postText))
        out.push({
          range: name,
          post: { start: postStart, end: postStart + postText.length },
          extractor: 'people:post-apposition',
        });
    }
  return out;
}

const MAX_PROFILE_LINE_CHARS = 120;
// Degrees and post-nominals after a comma: each with two capitals at least ("MBA", "BSc",
// "PhD", "P.Eng"), a bracketed subject allowed ("MSc (Eng)").
const LETTERS_AFTER_NAME = /(?:,\s*(?=[A-Z.]*[a-z.]*[A-Z])[A-Z][A-Za-z.]{1,6}(?:\s*\([^()\n]{1,40}\))?)+\s*$/;

/**
 * Profile blocks: a name line and a post line next to each other, in either order
 * ("Randall Brugeaud" / "Chief Executive Officer"; "Director" / "Jane Roe"), at most one
 * blank line apart.
 */
export function findProfileBlocks(text: string): PersonMention[] {
  const lines: TextRange[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    // "  • Gráinne Moss," / "    Chief Executive": an info box's bullet before the name, and
    // then a comma after it.
    const isBulleted = /^\s*[•·▪●◦]/.test(raw);
    const bare = raw.trim().replace(/^[#>*_\s•·▪●◦-]+|[*_\s]+$/g, '');
    // "Ramzi Jammal, MBA, BSc", "Peter Elder, MSc (Eng), BSc (Physics)": the letters after a
    // name are no part of it.
    const body = (isBulleted ? bare.replace(/,$/, '') : bare).replace(LETTERS_AFTER_NAME, '');
    const at = start + raw.indexOf(body, lead);
    lines.push(body ? { start: at, end: at + body.length } : { start, end: start });
    start += raw.length + 1;
  }
  const isShort = (r: TextRange): boolean =>
    r.end > r.start &&
    r.end - r.start <= MAX_PROFILE_LINE_CHARS &&
    // A line set out in columns ("Name      Begin   End") is a table's row, not a profile's.
    !/[|:;,.]$|[|]|\S {3,}\S|\S\t/.test(text.slice(r.start, r.end));
  const isBlankLine = (k: number): boolean =>
    lines[k] !== undefined && (lines[k] as TextRange).end === (lines[k] as TextRange).start;
  // Every pairing of a short line with the next one, or with the one after a blank line.
  const candidates: Array<{ i: number; j: number; gap: number; isNameFirst: boolean; name: TextRange }> = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] as TextRange;
    if (!isShort(first)) continue;
    for (const gap of [0, 1]) {
      const j = i + 1 + gap;
      const second = lines[j];
      if (!second || !isShort(second) || (gap === 1 && !isBlankLine(i + 1))) continue;
      const a = text.slice(first.start, first.end);
      const b = text.slice(second.start, second.end);
      const isNameFirst = isPostTitle(b) && !isPostTitle(a);
      const name = isNameFirst ? nameAt(text, first) : isPostTitle(a) && !isPostTitle(b) ? nameAt(text, second) : null;
      const nameText = name ? text.slice(name.start, name.end) : '';
      if (name && (isPersonName(nameText) || isConfirmedPerson(nameText)))
        candidates.push({ i, j, gap, isNameFirst, name });
    }
  }
  // A page writes its profiles one way: the order (name first or post first) that explains
  // more lines wins a line both could take ("Name" / "" / "Post" / "Name" / "" / "Post");
  // then lines next to each other pair before lines a blank line apart.
  const nameFirstCount = candidates.filter((c) => c.isNameFirst).length;
  const prefersNameFirst = nameFirstCount * 2 >= candidates.length;
  const rank = (c: (typeof candidates)[number]): number => (c.isNameFirst === prefersNameFirst ? 0 : 2) + c.gap;
  const used = new Set<number>();
  const chosen: typeof candidates = [];
  for (const c of [...candidates].sort((x, y) => rank(x) - rank(y) || x.i - y.i)) {
    if (used.has(c.i) || used.has(c.j)) continue;
    used.add(c.i).add(c.j);
    chosen.push(c);
  }
  // One profile writes its lines one way: in a card "Name" / "Chairman" / "Body" /
  // "Vice-Chairman" / "Company", a later post line and the line under it are a second post
  // of the same person, not a post and a name. The block's first pair sets the order.
  const blockOf: number[] = [];
  lines.forEach((_, k) => blockOf.push(k === 0 ? 0 : (blockOf[k - 1] as number) + (isBlankLine(k) ? 1 : 0)));
  const orderOfBlock = new Map<number, boolean>();
  for (const c of [...chosen].sort((x, y) => x.i - y.i))
    if (!orderOfBlock.has(blockOf[c.i] as number)) orderOfBlock.set(blockOf[c.i] as number, c.isNameFirst);
  return chosen
    .filter((c) => orderOfBlock.get(blockOf[c.i] as number) === c.isNameFirst)
    .sort((a, b) => a.name.start - b.name.start)
    .map((c) => ({
      range: c.name,
      post: c.isNameFirst ? (lines[c.j] as TextRange) : (lines[c.i] as TextRange),
      extractor: 'people:profile-block',
    }));
}
