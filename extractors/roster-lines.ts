// Rosters: runs of lines that each give one person and their post with no separator between
// them, as cabinet lists and lists of office holders are written. A single such line is too
// weak to read ("Minister of Health Jane Roe" could end in a place or a body), so only a run
// of them counts, the repetition being the structure that says what the lines are.
//   "Minister of Finance Jane Roe" / "Deputy Prime Minister Tom Poe" (post, then the name),
//   under "The composition of the X Government is as follows:" (the body they sit in);
//   "1990–1994: Jane Roe" / "1994: Tom Poe" (a term, then the name), under a lead-in or
//   heading that names the post in the plural ("List of ministers");
//   "Committee on Tourism – Jane Roe" / "Committee on Police – Tom Poe" (a body, a dash, the
//   name), under a lead-in that names the post in the plural ("elected as chairpersons:").
import { findOrganisations } from './agencies.ts';
import { singularTitle } from './leader-lines.ts';
import { isPersonName, isPostTitle, stripHonorific, type PersonMention } from './people.ts';
import { nameAt } from './post-lines.ts';
import { hasTag } from './tagger.ts';
import type { TextRange } from './types.ts';
import { isHonorific, ORGANISATION_HEADS, RANKS } from './vocabulary.ts';
import type { TextPiece } from './walk.ts';

const MIN_RUN = 3;
// How far back from a run its lead-in or heading may stand (pieces).
const LEAD_IN_REACH = 2;
const LEAD_IN_END = /(?:[:：]|\bas follows[:.]?)\s*$/i;
// "1966–1972: Name", "1994 : Name", "2015–present – Name": a term, a separator, a name.
const TERM_LINE =
  /^(\s*\d{4}(?:\s*[–—-]\s*(?:\d{4}|\d{2}|present|date|now|incumbent))?\s*(?:[:：]|[–—-](?=\s))\s*)(.+?)\s*$/iu;
// "1877 Sir Arthur Gordon", "1887 Dec., H. S. Berkeley": a year (and a month), a space, a name.
const TERM_SPACE_LINE = /^(\s*\d{4}(?:\s+\p{Lu}\p{Ll}{2,3}\.,)?\s+)(\p{Lu}.+?)\s*$/u;
// Letters after a name: ", G.C.M.G.", ", K.C.M.G.", ", B.A."
const POST_NOMINALS = /,\s*(?:\p{Lu}[\p{L}]{0,3}\.\s?){1,6}$/u;
// Notes after a holder's name: "(acting)", "(2nd term)", "[4]".
const TRAILING_NOTE = /\s*(?:\([^()]*\)|\[[^\]]*\])\s*$/u;
const PARTICLE = /^(?:van|von|de|da|del|der|bin|binti|al|el|le|la|du|dos|das)$/;

// "Committee on Police – Dr Tom Poe.": a body, a spaced dash, a name.
const BODY_DASH_NAME = /^(\s*)(.+?)\s+[–—-]\s+(.+?)\s*$/u;
// "Legal Affairs Committee-Anri Okhanashvili.": the dash unspaced, between a body's head
// word and a capitalised name (the left side must still be one body, as above).
const BODY_HYPHEN_NAME = new RegExp(
  String.raw`^(\s*)(.+?\b(?:${[...ORGANISATION_HEADS].join('|')}))[–—-](\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\.?)\s*$`,
  'u',
);

type LineShape =
  | { kind: 'post-name'; post: TextRange; name: TextRange }
  | { kind: 'term-name'; name: TextRange }
  // `isBodyByPlace`: no rule reads the left side as a body ("Kerala Automobiles Limited");
  // only its place in a run of body lines says it is one.
  | { kind: 'body-name'; body: TextRange; name: TextRange; isBodyByPlace?: boolean };

// "Ranjithlal P", "Rajeev.V.S.": a given name and initials, as many South Indian names are written.
const NAME_WITH_INITIALS = /^\p{Lu}\p{Ll}{2,}(?:\s+(?:\p{Lu}\.?){1,3}|(?:\.\p{Lu}){1,3}\.?)$/u;
// A left side read as a body by its place: capitalised, a few words, no clause.
const BODY_BY_PLACE = /^\p{Lu}[\p{L}'’&().-]*(?:\s+[\p{L}'’&().-]+){1,9}$/u;
// Lines read as bodies by a rule that a run needs before its other lines count by place.
const MIN_BODIES_BY_RULE = 2;

/** Persons named by rosters of lines, each with the post the line or its lead-in gives. */
export function findRosterLines(text: string, pieces: readonly TextPiece[]): PersonMention[] {
  const out: PersonMention[] = [];
  const lines = pieces.map((piece) =>
    piece.role === 'paragraph' || piece.role === 'item-head' ? shapeOf(text, piece.range) : null,
  );
  let k = 0;
  while (k < lines.length) {
    const kind = lines[k]?.kind;
    let end = k;
    // One line of another shape inside a run (a name wrapped over two lines) does not end it.
    while (kind && end < lines.length && (lines[end]?.kind === kind || lines[end + 1]?.kind === kind)) end++;
    if (!kind || end - k < MIN_RUN) {
      k = Math.max(end, k + 1);
      continue;
    }
    const run = lines.slice(k, end).filter((line): line is LineShape => line?.kind === kind);
    if (
      kind === 'body-name' &&
      run.filter((line) => line.kind === 'body-name' && !line.isBodyByPlace).length < MIN_BODIES_BY_RULE
    ) {
      k = end;
      continue;
    }
    const before = pieces.slice(Math.max(0, k - LEAD_IN_REACH), k).reverse();
    out.push(...(kind === 'post-name' ? postNameRun(text, run, before[0]) : pluralPostRun(text, run, before)));
    k = end;
  }
  return out;
}

function postNameRun(text: string, run: LineShape[], leadIn: TextPiece | undefined): PersonMention[] {
  // "The composition of the X Government is as follows:": the body every post is in.
  const isLeadIn = leadIn !== undefined && LEAD_IN_END.test(text.slice(leadIn.range.start, leadIn.range.end));
  const body = isLeadIn ? findOrganisations(text, leadIn.range).pop()?.range : undefined;
  return run.flatMap((line) => {
    if (line.kind !== 'post-name') return [];
    const mention: PersonMention = { range: line.name, post: line.post, extractor: 'people:roster-line' };
    if (body) mention.body = body;
    return [mention];
  });
}

// Terms or bodies, then names: the post, in the plural, is in the lead-in or heading right
// before the run.
function pluralPostRun(text: string, run: LineShape[], before: TextPiece[]): PersonMention[] {
  const post = pluralPostIn(text, before) ?? leadershipHeading(text, before);
  if (!post) return [];
  return run.map((line) => ({
    range: line.name,
    post: post.range,
    title: post.title,
    ...(line.kind === 'body-name' ? { body: line.body } : {}),
    extractor: 'people:holders-list' as const,
  }));
}

// "Mr Harry Kuma – Ministry of Finance;": a name, a spaced dash, then the body the post is in.
const NAME_DASH_BODY = /^(\s*(?:and\s+)?)(\S.*?)\s+[–—]\s+(.+?)\s*[.;]?\s*$/u;
const FIELD_LABEL = /^\s*[\p{L}][\p{L} ]{0,40}[:：]\s*/u;
const MIN_PAIRS = 2;

/**
 * Persons listed as "Name – Body" pairs, several to a line (separated by semicolons, after an
 * optional "New Appointments:" label): the body is the one the post is in, the post the plural
 * the lead-in or label names ("the following Permanent Secretaries:"). A pair whose right side
 * names no body gives the person alone.
 */
export function findNameBodyPairs(text: string, pieces: readonly TextPiece[]): PersonMention[] {
  const out: PersonMention[] = [];
  pieces.forEach((piece, k) => {
    // A key/value line ("New Appointments: A – X; B – Y") gives its value as a piece of its own.
    if (piece.role !== 'paragraph' && piece.role !== 'item-head' && piece.role !== 'value') return;
    const raw = text.slice(piece.range.start, piece.range.end);
    if (!raw.includes(';')) return;
    const label = FIELD_LABEL.exec(raw)?.[0].length ?? 0;
    const pairs: { name: TextRange; body: TextRange }[] = [];
    let at = piece.range.start + label;
    for (const part of raw.slice(label).split(';')) {
      const m = NAME_DASH_BODY.exec(part);
      if (m) {
        const nameStart = at + (m[1] as string).length;
        const name = nameAt(text, { start: nameStart, end: nameStart + (m[2] as string).length });
        const bodyStart = at + part.lastIndexOf(m[3] as string);
        if (name) pairs.push({ name, body: { start: bodyStart, end: bodyStart + (m[3] as string).length } });
      }
      at += part.length + 1;
    }
    if (pairs.length < MIN_PAIRS) return;
    const leadIns = [piece, ...pieces.slice(Math.max(0, k - LEAD_IN_REACH), k).reverse()];
    const post = pluralPostIn(text, leadIns);
    for (const { name, body } of pairs) {
      const named = findOrganisations(text, body)[0];
      const mention: PersonMention = { range: name, extractor: 'people:holders-list' };
      if (named && post) Object.assign(mention, { post: post.range, title: post.title, body: named.range });
      out.push(mention);
    }
  });
  return out;
}

const POST_MODIFIERS =
  /(?:(?<![\p{L}])(?!(?:The|These|Those|Its|Our|Their|All|Other|List|Of)\s)\p{Lu}[\p{L}-]*\s+){0,2}$/u;

/**
 * The post a lead-in or heading names in the plural ("the following Permanent Secretaries:",
 * "List of ministers", "The members elected as chairpersons include:"): its last plural post
 * word, with the capitalised words before it, in the singular; the first piece that has one.
 */
function pluralPostIn(text: string, pieces: readonly TextPiece[]): { range: TextRange; title: string } | null {
  for (const piece of pieces) {
    const words = [...text.slice(piece.range.start, piece.range.end).matchAll(/\p{L}+/gu)].filter((word) => {
      const singular = singularTitle(word[0]);
      return singular !== null && singular.toLowerCase() !== word[0].toLowerCase();
    });
    const word = words[words.length - 1];
    if (!word) continue;
    const singular = singularTitle(word[0]) as string;
    const at = piece.range.start + word.index;
    // "High Commissioners", "Permanent Secretaries": capitalised words before the plural are
    // part of the post.
    const modifiers = POST_MODIFIERS.exec(text.slice(piece.range.start, at))?.[0] ?? '';
    return {
      range: { start: at - modifiers.length, end: at + word[0].length },
      title: `${modifiers}${singular.charAt(0).toUpperCase()}${singular.slice(1)}`,
    };
  }
  return null;
}

// "Management" / "Leadership" over a run of holders with their terms: each headed the body
// (GUIDELINES: "A unit's head listed without a title gets the title 'head'").
const LEADERSHIP_HEADING = /^\s*(?:management|leadership|heads?|leaders|chiefs|executive management)\s*[:：]?\s*$/i;

function leadershipHeading(text: string, pieces: readonly TextPiece[]): { range: TextRange; title: string } | null {
  const heading = pieces.find(
    (p) => p.role === 'heading' && LEADERSHIP_HEADING.test(text.slice(p.range.start, p.range.end)),
  );
  return heading ? { range: heading.range, title: 'head' } : null;
}

/** What one line is: a post then a name, a term then a name, or neither. */
function shapeOf(text: string, line: TextRange): LineShape | null {
  const raw = text.slice(line.start, line.end);
  const term = TERM_LINE.exec(raw) ?? TERM_SPACE_LINE.exec(raw);
  if (term) {
    // "Sir Arthur Gordon, G.C.M.G. (acting)." : notes, then letters after the name, go.
    const nameText = (term[2] as string)
      .replace(/\.$/, '')
      .replace(TRAILING_NOTE, '')
      .replace(/\.?$/, '.')
      .replace(POST_NOMINALS, '')
      .replace(/[.;,]$/, '');
    const start = line.start + (term[1] as string).length;
    const name = stripHonorific(text, { start, end: start + nameText.length });
    return isPersonName(text.slice(name.start, name.end)) ? { kind: 'term-name', name } : null;
  }
  // "Manfred Schmidt (2010-2015)", "since 2018 Hans-Eckard Sommer": a name with its term.
  const named = NAME_TERM_LINE.exec(raw) ?? SINCE_TERM_LINE.exec(raw);
  if (named) {
    const start = line.start + (named[1] as string).length;
    const name = stripHonorific(text, { start, end: start + (named[2] as string).length });
    if (isPersonName(text.slice(name.start, name.end))) return { kind: 'term-name', name };
  }
  return bodyThenName(text, line) ?? postThenName(text, line);
}

const NAME_TERM_LINE =
  /^(\s*)(\p{Lu}[^()]*?)\s*\(\s*(?:since\s+)?\d{4}(?:\s*[–—-]\s*(?:\d{4}|\d{2}|present|date|now|incumbent)?)?\s*\)\s*$/iu;
const SINCE_TERM_LINE = /^(\s*(?:since|from)\s+\d{4}\s*[:,–—-]?\s+)(\p{Lu}.+?)\s*$/iu;

// The whole left side one body ("Standing Committee on Public Accounts (SCOPA)"), the right
// side one name, honorifics aside.
function bodyThenName(text: string, line: TextRange): LineShape | null {
  const raw = text.slice(line.start, line.end);
  const m = BODY_DASH_NAME.exec(raw) ?? BODY_HYPHEN_NAME.exec(raw);
  if (!m) return null;
  const bodyStart = line.start + (m[1] as string).length;
  const bodyText = (m[2] as string).replace(/^[-–—•*]\s*/, '');
  const bodyEnd = line.start + (m[1] as string).length + (m[2] as string).length;
  // The body opens the left side; a comma may end the name found short ("Committee on Sport,
  // Arts and Culture"), the line's shape still being a body and a name.
  const leftStart = bodyStart + (m[2] as string).length - bodyText.length;
  const found = findOrganisations(text, { start: bodyStart, end: bodyEnd })[0]?.range;
  const isFound = found !== undefined && found.start === leftStart;
  // "Kerala Automobiles Limited – Name" among body lines: the whole left side, unless it is a post.
  const byPlace = BODY_BY_PLACE.test(bodyText) && !isPostTitle(bodyText) ? { start: leftStart, end: bodyEnd } : null;
  const body = isFound ? found : byPlace;
  if (!body) return null;
  const nameText = (m[3] as string).replace(TRAILING_NOTE, '').replace(/[.;,]$/, '');
  const nameStart = line.start + (m[0] as string).lastIndexOf(m[3] as string);
  const words = [...nameText.matchAll(/\S+/g)];
  let marks = 0;
  while (marks < words.length - 1 && isMark((words[marks] as RegExpMatchArray)[0])) marks++;
  const start = nameStart + ((words[marks] as RegExpMatchArray | undefined)?.index ?? 0);
  const bare = text.slice(start, nameStart + nameText.length);
  // A place or a building on the right ("– Harbour Town Hall") says where, not who.
  const isName =
    (isPersonName(bare) || NAME_WITH_INITIALS.test(bare)) && !hasTag(bare, '#Place') && !hasTag(bare, '#Organization');
  if (!isName) return null;
  return {
    kind: 'body-name',
    body,
    name: { start, end: start + bare.length },
    ...(isFound ? {} : { isBodyByPlace: true }),
  };
}

// "Minister of the Interior Gen. Jane Roe": a post, then honorifics or ranks, then a name of
// two words, or three when the first is followed by an initial or the last opens with a
// particle, or when the tagger knows the first as a given name.
function postThenName(text: string, line: TextRange): LineShape | null {
  const raw = text.slice(line.start, line.end).trimEnd();
  if (/[.:;]$/.test(raw) || raw.split(/\s+/).length > 16) return null;
  const tokens = [...raw.matchAll(/\S+/g)];
  if (tokens.length < 3) return null;
  const word = (i: number): string => (tokens[i] as RegExpMatchArray)[0];
  const offset = (i: number): number => (tokens[i] as RegExpMatchArray).index ?? 0;
  const last = tokens.length - 1;
  let nameStart = last - 1;
  const third = last - 2;
  if (
    third > 0 &&
    (/^\p{Lu}\.$/u.test(word(last - 1)) ||
      PARTICLE.test(word(last - 1)) ||
      (isPersonName(`${word(third)} ${word(last - 1)} ${word(last)}`) &&
        hasTag(`${word(third)} ${word(last - 1)} ${word(last)}`, '^#FirstName')))
  )
    nameStart = third;
  const nameText = tokens
    .slice(nameStart)
    .map((t) => t[0])
    .join(' ');
  if (!isPersonName(nameText)) return null;
  let postEnd = nameStart;
  while (postEnd > 0 && isMark(word(postEnd - 1))) postEnd--;
  // "Director - Name", "Director: Name": a separator makes it a leader line, read elsewhere.
  if (postEnd === 0 || /[-–—|:;,•]$/.test(word(postEnd - 1))) return null;
  const postText = raw.slice(0, offset(postEnd - 1) + word(postEnd - 1).length);
  if (!isPostTitle(postText.replace(/^[-–—•*\s]+/, '')) || /\b(?:of|for|and|the|to|in)$/i.test(postText)) return null;
  const postStart = raw.length - raw.trimStart().length;
  const nameAt = line.start + offset(nameStart);
  return {
    kind: 'post-name',
    post: { start: line.start + postStart, end: line.start + postText.length },
    name: { start: nameAt, end: line.start + raw.length },
  };
}

/** An honorific or a rank standing between a post and a name ("Gen.", "Dr"). */
function isMark(token: string): boolean {
  const bare = token.replace(/\.$/, '');
  return isHonorific(bare) || RANKS.has(bare);
}
