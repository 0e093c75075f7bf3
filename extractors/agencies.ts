// Organisation mentions (Agency or Department, typed later): name runs that carry an
// organisation head word (SCHEMA: "ministry, commission, administration, state council,
// municipal office, research institute, bureau"), with "X of the Y" nesting recorded.
import { headWordOf } from './head-word.ts';
import { findLowerCaseFoundings } from './lower-case-bodies.ts';
import { capitalised } from './words.ts';
import { isNameWord, nameRunsIn, splitRun, type Token } from './name-runs.ts';
import { isConfirmedPerson, isPersonName } from './people.ts';
import { isKnownGivenName } from './tagger.ts';
import {
  DEGREE_WORDS,
  LAW_HEADS,
  MONTH,
  NAME_STOPWORDS,
  ORGANISATION_HEADS,
  POSSESSIVE_MODIFIERS,
  POST_WORDS,
  SINGLE_WORD_INSTITUTIONS,
  TITLE_WORDS,
  UNIT_LIST_HEADS,
} from './vocabulary.ts';
import type { ExtractorRule } from './rules.ts';
import type { TextRange } from './types.ts';

/** An organisation mention; `within` is the enclosing "X of the Y" mention, if any. */
export interface OrganisationMention {
  range: TextRange;
  /** For "X of the Y": the range of Y (GUIDELINES: "X Bureau of the Y Office" is a unit of Y). */
  parent?: TextRange;
  extractor: ExtractorRule;
}

const COMPLEMENT = new Set(['of', 'for', 'on']);
// "a Master of Business Administration", "a Diploma in Public Administration": a degree's
// subject, not a body.
const DEGREE_BEFORE = new RegExp(String.raw`\b(?:${[...DEGREE_WORDS].join('|')})(?:['’]s)?\s+(?:of|in)\s+$`, 'i');
// Rank words of a post ("Deputy Director") never start a body's name.
const RANK_WORDS = new Set(['Deputy', 'Vice', 'Acting', 'Assistant', 'Associate', 'Interim', 'Senior']);
const ROMAN = /^(I{1,3}|IV|V|VI{1,3}|IX|X)$/;
// Words that make one post with the post word after them ("Prime Minister", "Chief Secretary").
const POST_MODIFIERS = new Set(['Prime', 'Chief', 'Vice', 'Deputy', 'Principal', 'First', 'Senior', 'Attorney']);
// Post words that also qualify a body when they stand right before its head word
// ("Executive Council", "Executive Yuan").
const QUALIFYING_POSTS = new Set(['Executive']);

// Names written in capitals ("NIGERIA IMMIGRATION SERVICE") have their head word in capitals too.
function isHead(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const word = /^\p{Lu}{3,}$/u.test(t.text) ? `${t.text[0]}${t.text.slice(1).toLowerCase()}` : t.text;
  // "Directorate-General", "Secretariat-General": a head word with its rank after a hyphen.
  return ORGANISATION_HEADS.has(word) || ORGANISATION_HEADS.has(word.replace(/-General$/, ''));
}

const POST_LABEL_NOUNS: ReadonlySet<string> = new Set([
  'Positions',
  'Posts',
  'Appointments',
  'Vacancies',
  'Jobs',
  'Careers',
]);

function isPostWord(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}/u.test(word) && (POST_WORDS.has(lower) || lower.split('-').some((part) => POST_WORDS.has(part)));
}

const PLACE_KIND = /^(?:state|city|county|province|municipal)$/;

function leftExtent(seg: Token[], head: number): number {
  let left = head;
  // "Prime Minister's Office", "Attorney-General's Department": a post in the possessive
  // names whose office it is, and the post's words belong to the name.
  let isPossessivePost = false;
  while (left > 0) {
    const prev = seg[left - 1] as Token;
    // "Energy Conservation and Comprehensive Utilization Department": a coordination of
    // modifiers before the head belongs to the name.
    const before = seg[left - 2];
    const beforeWord = before?.text.toLowerCase() ?? '';
    const isPostBefore =
      POST_WORDS.has(beforeWord) || (beforeWord.endsWith('s') && POST_WORDS.has(beforeWord.slice(0, -1)));
    if (
      (prev.text === 'and' || prev.text === '&') &&
      before &&
      isNameWord(before.text) &&
      !isHead(before) &&
      !NAME_STOPWORDS.has(before.text) &&
      !isPostBefore
    ) {
      left -= 2;
      continue;
    }
    // "Lagos state Ministry of X", "Cebu city Council": a place and its lower-case kind
    // open the name of that place's body.
    if (
      left === head &&
      PLACE_KIND.test(prev.text) &&
      before &&
      /^\p{Lu}\p{Ll}/u.test(before.text) &&
      isNameWord(before.text) &&
      !isHead(before) &&
      !NAME_STOPWORDS.has(before.text)
    ) {
      left -= 2;
      continue;
    }
    // "Human Resource (HR) Division": initials in brackets inside a name are part of it
    // (GUIDELINES, bracketed acronyms inside a name).
    if (
      prev.text === ')' &&
      left === head &&
      seg[left - 3]?.text === '(' &&
      before &&
      /^\p{Lu}[\p{Lu}&]{1,9}$/u.test(before.text) &&
      isNameWord(seg[left - 4]?.text ?? '') &&
      !isHead(seg[left - 4] as Token)
    ) {
      left -= 3;
      continue;
    }
    // "Provincial People's Government": a possessive common noun is part of the name.
    if (/^['’][sS]$/.test(prev.text) && before && POSSESSIVE_MODIFIERS.has(before.text)) {
      left -= 2;
      continue;
    }
    // "the Government's Office": a bare head word after its government's possessive is that
    // government's body ("the Government's Office of X" keeps to "Office of X").
    if (
      left === head &&
      /^['’][sS]$/.test(prev.text) &&
      before?.text === 'Government' &&
      !COMPLEMENT.has(seg[head + 1]?.text ?? '')
    ) {
      left -= 2;
      continue;
    }
    if (left === head && /^['’][sS]$/.test(prev.text) && before && isPostWord(before.text)) {
      left -= 2;
      isPossessivePost = true;
      continue;
    }
    // "Southeast Asia Ministers of Education Organization": a head-final name may hold "of"
    // when no head word stands before it and no post is what the rest is "of" ("Director of
    // Finance Division" is a post, then the unit).
    // Words on both sides: two at least before "of" and one between it and the head word, so
    // "Re-appointment of Board" and "Project of Ministry of X" stay apart.
    const twoBefore = seg[left - 3];
    if (
      prev.text === 'of' &&
      head > left &&
      before &&
      twoBefore &&
      isNameWord(before.text) &&
      isNameWord(twoBefore.text) &&
      !isHead(before) &&
      !isPostWord(before.text)
    ) {
      const isFirstHead = !seg.slice(0, left - 1).some(isHead);
      if (isFirstHead && !NAME_STOPWORDS.has(before.text) && !RANK_WORDS.has(before.text)) {
        left -= 2;
        continue;
      }
    }
    // "New York State Office", "New Zealand Police": "New" opens a place's name.
    const opensPlace = prev.text === 'New' && left < head && !isPostWord((seg[left] as Token).text);
    // "sirens of ALL Authority vehicles": a common word set in capitals alone before a name
    // written as usual is no part of it ("THE GOVERNMENT" is shouted whole; "IT" is initials).
    const isStopword =
      NAME_STOPWORDS.has(prev.text) ||
      (/^\p{Lu}{3,}$/u.test(prev.text) &&
        /^\p{Lu}\p{Ll}/u.test((seg[left] as Token).text) &&
        NAME_STOPWORDS.has(capitalised(prev.text)));
    // "Technical Support Branch": a verb among the stopwords inside a name, after a name word
    // of its own, is part of it ("Support the Branch" opens a duty instead).
    const isInsideName =
      before !== undefined &&
      /^\p{Lu}\p{Ll}/u.test(before.text) &&
      !NAME_STOPWORDS.has(before.text) &&
      !isHead(before) &&
      !isPostWord(before.text) &&
      /^\p{Lu}\p{Ll}+$/u.test(prev.text);
    if (!/^[\p{L}\p{N}]/u.test(prev.text) || !isNameWord(prev.text) || (isStopword && !opensPlace && !isInsideName))
      break;
    // "Executive Management Bureau": also before a word of the name that is no post itself.
    const qualifies = QUALIFYING_POSTS.has(prev.text) && (left === head || !isPostWord((seg[left] as Token).text));
    const word = prev.text.toLowerCase();
    // "Comptroller-General Immigration Service": a hyphenated post counts by its parts. A
    // plural is a noun the name is about ("Members Estimate Committee"), not a post before it.
    const isPost = POST_WORDS.has(word) || word.split('-').some((part) => POST_WORDS.has(part));
    // After "Minister's", only the post's own modifiers ("Prime", "Chief") belong to the name:
    // "Permanent Secretary Prime Minister's Office" is a post, then the office.
    const modifiesPossessivePost = isPossessivePost && POST_MODIFIERS.has(prev.text);
    // "Chief Acquisition Officers Council": a post word that modifies the plural after it.
    const modifiesPlural = seg.slice(left, head).some((t) => {
      const lower = t.text.toLowerCase();
      return lower.endsWith('s') && POST_WORDS.has(lower.slice(0, -1));
    });
    if (
      (isPost || RANK_WORDS.has(prev.text)) &&
      !isHead(prev) &&
      !qualifies &&
      !modifiesPossessivePost &&
      !modifiesPlural
    )
      break;
    left--;
  }
  return left;
}

// Where the name headed at `head` ends: the complement after "of/for/on" runs to the end
// of the segment; otherwise the last head word of the contiguous name, plus a numeral.
function rightExtent(seg: Token[], head: number): number {
  let end = head;
  while (
    end + 1 < seg.length &&
    (isHead(seg[end + 1]) ||
      (/^\p{Lu}/u.test((seg[end + 1] as Token).text) &&
        seg.slice(end + 1).some(isHead) &&
        !COMPLEMENT.has((seg[end + 1] as Token).text)))
  ) {
    // Contiguous capitalised words up to a later head: "Radio Administration Bureau".
    let k = end + 1;
    while (k < seg.length && !isHead(seg[k]) && /^\p{Lu}/u.test((seg[k] as Token).text)) k++;
    if (k < seg.length && isHead(seg[k])) end = k;
    else break;
  }
  if (COMPLEMENT.has(seg[end + 1]?.text ?? '')) {
    end = seg.length - 1;
    // "Oklahoma Department of Labor Divisions": a plural head word after the complement names
    // the kind of what the page lists, not part of the body's name.
    if (end > head + 2 && LISTED_KINDS.has(singularOf((seg[end] as Token).text))) end--;
    // "Vice-President of the Council of Ministers Antonio Tajani": a person's name after the
    // complement is who holds the post, not part of the body's name.
    for (let k = end - 1; k >= end - 3 && k > head + 2; k--) {
      const words = seg.slice(k, end + 1).map((t) => t.text);
      const name = words.join(' ');
      if (isPersonName(name) && (isKnownGivenName((words[0] as string).toLowerCase()) || isConfirmedPerson(name))) {
        end = k - 1;
        break;
      }
    }
  } else {
    while (end + 1 < seg.length && ROMAN.test((seg[end + 1] as Token).text)) end++;
  }
  // Trailing post words belong to a person's title, not to the body's name, except in an
  // office named after its post ("Office of the Government Chief Information Officer").
  // So is a body for a post: "Office of the Prime Minister", "Ministry for State President"
  // (a short complement of "the" or "for" that is the post), not "Ministry of Finance Minister".
  // "Attorney General", "Secretary General": a title word after a post word ends a post too.
  const lastWord = (seg[end] as Token).text.toLowerCase();
  const endsInPost =
    POST_WORDS.has(lastWord) || (TITLE_WORDS.has(lastWord) && POST_WORDS.has(seg[end - 1]?.text.toLowerCase() ?? ''));
  const connector = seg[head + 1]?.text;
  const complementStart = head + (seg[head + 2]?.text === 'the' ? 3 : 2);
  // "Ministry of Prime Minister": a complement made only of title words is the post itself.
  const isAllTitle = seg
    .slice(complementStart, end + 1)
    .every((t) => TITLE_WORDS.has(t.text.toLowerCase()) || POST_WORDS.has(t.text.toLowerCase()));
  const isPostOffice =
    endsInPost &&
    (((seg[head] as Token).text === 'Office' && connector === 'of') ||
      ((connector === 'for' || (connector === 'of' && (seg[head + 2]?.text === 'the' || isAllTitle))) &&
        end - complementStart < 3));
  // "Ministry of Justice", "Department of General Services": a title word that is the whole
  // of what the body is "of" or "for" is no post after its name.
  const hasComplement = connector === 'of' || connector === 'for';
  // "Ministry of Public Safety and Solicitor General", "Department of Justice and Attorney
  // General": a portfolio joined with an "X General" office names the body with it.
  const isJoinedOffice =
    hasComplement &&
    end > complementStart + 1 &&
    (seg[end] as Token).text === 'General' &&
    seg[end - 2]?.text === 'and' &&
    /^\p{Lu}\p{Ll}+$/u.test(seg[end - 1]?.text ?? '');
  while (
    !isPostOffice &&
    !isJoinedOffice &&
    end > head &&
    (!/^[\p{L}\p{N}]/u.test((seg[end] as Token).text) ||
      ['the', 'of', 'for', 'on', 'and'].includes((seg[end] as Token).text.toLowerCase()) ||
      (TITLE_WORDS.has((seg[end] as Token).text.toLowerCase()) &&
        !isHead(seg[end]) &&
        !(hasComplement && end <= complementStart)))
  )
    end--;
  // "Unit B2", "Directorate E", "Directorate-General Z": a unit's head word and its code.
  const code = seg[end + 1];
  if (end === head && code && UNIT_CODE.test(code.text) && isUnitHead(seg[head] as Token)) end++;
  return end;
}

// The kinds of unit a page lists under its body's name ("Services" is a topic: "Department of
// Social Services").
const LISTED_KINDS = new Set([
  'Division',
  'Department',
  'Unit',
  'Office',
  'Bureau',
  'Directorate',
  'Section',
  'Branch',
  'Agency',
]);

// "Divisions" -> "Division", "Agencies" -> "Agency", "Branches" -> "Branch"; '' for a word
// that is not a plural.
function singularOf(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  return /[^s]s$/.test(word) ? word.slice(0, -1) : '';
}

const FOOTNOTE_DIGITS = /^\p{Lu}\p{Ll}{2,}(\d{1,2})$/u;
const UNIT_CODE = /^(?:\p{Lu}{1,3}\d{0,2}|\p{Lu}?\d{1,2})$/u;
const isUnitHead = (t: Token): boolean => UNIT_LIST_HEADS.has(t.text.replace(/-General$/, ''));

function mentionsInSegment(seg: Token[], out: OrganisationMention[]): void {
  const heads: number[] = [];
  seg.forEach((t, k) => {
    // "House of Commons", "House of Representatives": a chamber, where "House" alone is a building.
    const isChamber = t.text === 'House' && seg[k + 1]?.text === 'of' && /^\p{Lu}/u.test(seg[k + 2]?.text ?? '');
    if (isHead(t) || isChamber) heads.push(k);
  });
  if (heads.length === 0) return;
  const found: Array<{ left: number; right: number }> = [];
  let coveredTo = -1;
  for (const head of heads) {
    // "Ministry of the Interior and Community": a head word after "and" is one more topic of
    // the complement, not the head of a body's name.
    if (head > 0 && ['and', '&'].includes((seg[head - 1] as Token).text) && heads[0] !== head) continue;
    const left = leftExtent(seg, head);
    // A name inside another one counts on its own after "the" or "for", or after "of" when it
    // opens with its head ("Department of the Ministry of X"); a head-final name right after
    // "of" is what the outer body is of ("Ministry of Local Government").
    const before = left > 0 ? (seg[left - 1] as Token).text : '';
    // "IT Department of Rwanda Development Board": after a unit named head-final, "of" opens
    // the name of the body the unit belongs to.
    const isUnitOfBody =
      before === 'of' &&
      left >= 3 &&
      isUnitHead(seg[left - 2] as Token) &&
      /^\p{Lu}/u.test((seg[left - 3] as Token).text) &&
      !NAME_STOPWORDS.has((seg[left - 3] as Token).text);
    const isOwnName = before === 'the' || before === 'for' || (before === 'of' && isHead(seg[left])) || isUnitOfBody;
    if (head <= coveredTo && !isOwnName) continue;
    const right = rightExtent(seg, head);
    if (head <= coveredTo && left <= (found[found.length - 1]?.left ?? -1)) continue;
    found.push({ left, right });
    coveredTo = Math.max(coveredTo, right);
  }
  for (let k = 0; k < found.length; k++) {
    const { left, right } = found[k] as { left: number; right: number };
    const words = seg.slice(left, right + 1).filter((t) => /^[\p{L}\p{N}]/u.test(t.text));
    // A bare head word ("Office", "the Bureau") is a generic back-reference, not a name; a
    // country's legislature or cabinet ("Members of Parliament", "Cabinet approved") is named
    // by its head word alone.
    // "Cabinet Secretary", "Senate President": before a post word it qualifies the post.
    const isInstitution =
      words.length === 1 &&
      SINGLE_WORD_INSTITUTIONS.has((words[0] as Token).text) &&
      !isPostWord(seg[right + 1]?.text ?? '');
    if (words.length < 2 && !isInstitution) continue;
    // "Department Level Cabinet Positions", "Board Vacancies": a label about posts, not a body.
    if (POST_LABEL_NOUNS.has(seg[right + 1]?.text ?? '')) continue;
    // "Veterinary Council of Ireland2": a footnote's number run into the last word is no part of the name.
    const footnote = FOOTNOTE_DIGITS.exec((seg[right] as Token).text)?.[1]?.length ?? 0;
    const range = { start: (seg[left] as Token).start, end: (seg[right] as Token).end - footnote };
    const inner = found
      .slice(k + 1)
      .find(
        (f) =>
          f.left > left &&
          f.right <= right &&
          seg[f.left - 1]?.text !== undefined &&
          ['the', 'of', 'for'].includes((seg[f.left - 1] as Token).text),
      );
    const mention: OrganisationMention = { range, extractor: 'agencies:head-word' };
    // "Department of the Ministry of X" (a bare head before "of the"): only Y is a name; a
    // lone head word after "of" ("Department of Government Services") is part of this name.
    const isInnerName =
      inner !== undefined &&
      inner.right > inner.left &&
      !isWholeService(
        seg
          .slice(inner.left, inner.right + 1)
          .map((t) => t.text)
          .join(' '),
      );
    if (inner && isInnerName && seg.slice(left, inner.left).filter((t) => /^\p{Lu}/u.test(t.text)).length === 1)
      continue;
    // "Office of the Secretary to the Government": the body a post is held to is not a parent.
    const isHeldTo = inner !== undefined && seg.slice(left, inner.left).some((t) => t.text === 'to');
    if (inner && isInnerName && !isHeldTo && seg.slice(left, inner.left).some(isHead)) {
      mention.parent = { start: (seg[inner.left] as Token).start, end: (seg[inner.right] as Token).end };
      mention.extractor = 'agencies:x-of-the-y';
    }
    out.push(mention);
  }
}

// "The new five-member Refugee Appeals board", "the Lakes and Rivers committee": news writes
// a body's head word in lower case after its capitalised name. Two name words at least, so
// "the Health ministry" (a ministry of health, named nowhere in full) stays a description.
const LOWER_CASE_HEAD = new RegExp(
  String.raw`(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]+\s+(?:(?:and|of|for|&)\s+)?){2,5})(board|committee|commission|council|authority|agency|tribunal|directorate|bureau|ministry|department|division)(?![\p{L}-])`,
  'gu',
);
const LOWER_CASE_HEAD_GATE =
  /\p{Lu}[\p{L}'’-]+\s+(?:board|committee|commission|council|authority|agency|tribunal|directorate|bureau|ministry|department|division)\b/u;
// Cheaper still, and first: the lower-case head word after a space (the gate above tries a
// capitalised word at every capital).
const LOWER_CASE_HEAD_WORD =
  /\s(?:board|committee|commission|council|authority|agency|tribunal|directorate|bureau|ministry|department|division)\b/;

function lowerCaseHeadBodies(text: string, range: TextRange, found: OrganisationMention[]): OrganisationMention[] {
  const slice = text.slice(range.start, range.end);
  if (!LOWER_CASE_HEAD_WORD.test(slice) || !LOWER_CASE_HEAD_GATE.test(slice)) return [];
  const out: OrganisationMention[] = [];
  for (const m of slice.matchAll(LOWER_CASE_HEAD)) {
    const words = [...(m[1] as string).matchAll(/\S+/g)];
    // "The Appeals board", "June board": a leading article or month is no part of the name.
    let first = 0;
    while (first < words.length && isNotNameStart(words[first]?.[0] as string)) first++;
    const kept = words.slice(first).map((w) => w[0]);
    const named = kept.filter((w) => /^\p{Lu}/u.test(w));
    if (named.length < 2 || named.some((w) => ORGANISATION_HEADS.has(w) || MONTH_WORD.test(w))) continue;
    const start = range.start + (m.index ?? 0) + (words[first]?.index ?? 0);
    const body = { start, end: range.start + (m.index ?? 0) + m[0].length };
    if (found.some((o) => o.range.start < body.end && body.start < o.range.end)) continue;
    out.push({ range: body, extractor: 'agencies:lower-case-head' });
  }
  return out;
}

// "The Oklahoma Department of Labor Safety and Health division works to ...": a body's name, a
// topic and a unit's head word in lower case name one of the body's units. The unit's mention
// takes the head word; the body's name is a mention of its own, the unit's parent.
const LOWER_UNIT_AFTER = /^\s+(?:division|directorate|section|unit|branch)\b/;
const BODY_THEN_TOPIC =
  /^((?:\p{Lu}[\p{L}'’-]*\s+)+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*)\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:and|&)?\s*\p{Lu}[\p{L}'’-]*)*)$/u;
function unitsNamedAfterBodies(text: string, found: OrganisationMention[]): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  for (const o of found) {
    const head = LOWER_UNIT_AFTER.exec(text.slice(o.range.end, o.range.end + 16));
    const split = head ? BODY_THEN_TOPIC.exec(text.slice(o.range.start, o.range.end)) : null;
    if (!head || !split || !ORGANISATION_HEADS.has(headWordOf(split[1] as string))) continue;
    const parent = { start: o.range.start, end: o.range.start + (split[1] as string).length };
    o.range = { start: o.range.start, end: o.range.end + head[0].length };
    o.parent = parent;
    out.push({ range: parent, extractor: o.extractor });
  }
  return out;
}

const MONTH_WORD = new RegExp(`^${MONTH}$`);
const isNotNameStart = (word: string): boolean => NAME_STOPWORDS.has(word) || MONTH_WORD.test(word);

// Government-level bodies without an organisation head word (SCHEMA Agency: "a government
// body ... that exists in its own right"): "City of X", "X County", "X Union"; "State of X"
// and "Commonwealth of X" only where named as a body ("a department of the State of X").
const OWNER_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:of|and|&|\p{Lu}[\p{L}'’-]+)){1,4}`;
const OWNER_NAME_LONG = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:of|and|&|\p{Lu}[\p{L}'’-]+)){1,7}`;
// Last words that make a name a government or a territory, not one body of it.
const NOT_OWNER_END =
  /\b(?:Government|State|States|Republic|Kingdom|Federation|Territory|Province|Region|District|Islands?)$/;
const PLACE = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;
const GOVERNMENT_LEVEL = new RegExp(
  String.raw`\b(?:(?:City|Town|County|Municipality|Borough|Village|Township) of (?:the )?${PLACE}|(?<=\b(?:of|to|under|by|within) the )(?:State|Commonwealth) of ${PLACE}|${PLACE}\s+(?:County|Union))\b`,
  'gu',
);
// "The Andean Seed Observatory is a decentralised agency of ...", "Statistics Lakeland is an
// independent government agency administratively subordinated to ...", "X is a statutory
// board.": a sentence that opens with a capitalised name and types it as a body names a body,
// head word or not.
// "The ADMIRALTY, originally known as the OFFICE OF ..., was the government department[2]
// responsible for ...": an earlier name set off by commas, and citation marks, may stand
// between; a one-word name counts at the top of a page only (see findOrganisations).
const TYPED_SUBJECT =
  /^\s*(?:The\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|on|the|&|\p{Lu}[\p{L}'’-]*)){0,7}?)(?:\s+\([^)]{1,20}\))?(?:,\s+(?:originally|formerly|previously|officially|also|better)\s+(?:known\s+as|called|named)\s+[^,;]{3,100},)?(?:\[\d+\])*\s+(?:is|was|serves as|acts as)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agency|body|authority|department|ministry|institution|regulator|organi[sz]ation|office|commission|service|board|bureau|council|corporation)(?:\[\d+\])*(?:\s+(?:of|under|within|for|attached to|sponsored by|that|which|responsible)\b|\s+(?:\p{Ll}+ly\s+)?(?:subordinated?|accountable|reporting|answerable)\s+to\b|\s*[.;])/u;
const TOP_OF_PAGE = 300;
// "There is established for the purposes of this Act the X Trust Fund", "There is hereby
// established a body corporate to be known as the X", "a body corporate called X": what a
// statute establishes is a body, head word or not.
const ESTABLISHES = /\bthere\s+(?:is|shall\s+be)\s+(?:hereby\s+)?established\b/i;
const ESTABLISHED_NAME =
  /(?:\bthe|\bas|\bcalled|\bnamed)\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|on|the|&|\p{Lu}[\p{L}'’-]*))*)/u;
const PLURAL_CLASS_SUBJECT =
  /^\s*(?:The\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Committees|Commissions|Councils|Boards|Tribunals|Authorities|Agencies))\s+(?:are|shall\s+be|were)\s+(?:hereby\s+)?(?:established|constituted|mandated|responsible|charged|set\s+up)\b/u;
// "The Roles of the Divisions of Singapore Customs", "Lakeland Revenue's branches": the body
// whose units a phrase names is a body, head word or not (a name of two words or more, not a
// government or a place's whole administration).
const UNIT_PLURALS = String.raw`(?:[Dd]ivisions|[Dd]epartments|[Dd]irectorates|[Bb]ranches|[Bb]ureaus|[Uu]nits|[Ss]ections|[Ww]ings)`;
// "Lakeland Labour and Advanced Education has the following branches and divisions": the
// subject of a sentence that lists its units.
const OWNER_HAS = String.raw`(?:has|comprises|consists\s+of|includes|is\s+(?:made\s+up|composed)\s+of|is\s+organi[sz]ed\s+(?:in|into))\s+(?:the\s+following|(?:\p{Ll}+\s+)?(?:several|many|\d+|two|three|four|five|six|seven|eight|nine|ten))\s+(?:\p{Ll}+\s+)?`;
const UNITS_OWNER = new RegExp(
  String.raw`\b${UNIT_PLURALS}\s+(?:of|within|in)\s+(?:the\s+)?(${OWNER_NAME})|(${OWNER_NAME})['’]s?\s+${UNIT_PLURALS}\b|(?:^|[.:;]\s+)(?:The\s+)?(${OWNER_NAME_LONG})\s+${OWNER_HAS}${UNIT_PLURALS}\b`,
  'gu',
);
// Cheap gate: the plural with "of"/"within"/"in" after it, or a possessive or "has the
// following" before it, without the owner's name, which the pattern tries at every capital.
const UNITS_OWNER_GATE = new RegExp(
  String.raw`${UNIT_PLURALS}\s+(?:of|within|in)\s|['’]s?\s+${UNIT_PLURALS}\b|\s${OWNER_HAS}${UNIT_PLURALS}\b`,
  'u',
);
const TYPING_PHRASE =
  /\b(?:agency|body|authority|department|ministry|institution|regulator|organi[sz]ation|office|commission|service|board|bureau|council|corporation)(?:\[\d+\])*(?:\s+(?:of|under|within|for|attached|sponsored|that|which|responsible)\b|\s+(?:\p{Ll}+ly\s+)?(?:subordinated?|accountable|reporting|answerable)\s+to\b|\s*[.;])/u;
const NOT_PLACE = new Set([...NAME_STOPWORDS, 'Trade', 'Credit', 'Customs', 'Student', 'Labour', 'Labor']);

// "Organisation of the Department", "Structure of the Ministry": a section's topic, about a
// body the page names elsewhere, not a body of its own.
const TOPIC_OF = /^(?:Organi[sz]ation|Structure)\s+of\s+(?:the|this|its)\s+(\p{Lu}\p{Ll}+)$/u;
function isTopicOfBody(name: string): boolean {
  const head = TOPIC_OF.exec(name)?.[1];
  return head !== undefined && ORGANISATION_HEADS.has(head);
}

function lineAround(text: string, range: TextRange): string {
  const end = text.indexOf('\n', range.end);
  return text.slice(text.lastIndexOf('\n', range.start) + 1, end < 0 ? text.length : end);
}

// "... Government Take Office", "Took Office": the idiom, in a headline's capitals, names no body.
const IN_OFFICE =
  /\b(?:take|takes|took|taking|taken|assume|assumes|assumed|assuming|leave|leaves|left|leaving)\s+office$/i;

// A report or plan named after its body, written after the body's name.
const TRAILING_DOCUMENT =
  /\s+(?:Annual|Quarterly|Strategic|Corporate|Business|Service|Performance)\s+(?:Report|Plan|Review|Statement)s?$/;

// "The Civil Service", "across the Public Service": a country's whole workforce, not a body
// (its ministry, commission or college is one: "Ministry of the Civil Service").
const WHOLE_SERVICE = /^(?:The\s+)?(?:Civil|Public)\s+Services?$/i;
function isWholeService(name: string): boolean {
  return WHOLE_SERVICE.test(name.trim());
}

/** Finds organisation mentions in one range of the text (a sentence, line or cell). */
export function findOrganisations(text: string, range: TextRange): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  for (const run of nameRunsIn(text, range)) {
    for (const seg of splitRun(run)) mentionsInSegment(seg, out);
  }
  for (let k = out.length - 1; k >= 0; k--) {
    const { range: found } = out[k] as OrganisationMention;
    // "Committee on Public Enterprises (COPE) for the Second Session": the initials close the name.
    // The name may end inside the bracket ("Trade (MFAT" before ") for the year").
    const initials = /\s\(\p{Lu}[\p{Lu}&]{1,9}(?:\)\s|\)?$)/u.exec(text.slice(found.start, found.end));
    // "Human Resource (HR) Division": initials before the name's own head word stay in it.
    const rest = initials ? text.slice(found.start + initials.index + initials[0].length, found.end) : '';
    const headAfter = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}(\p{Lu}\p{Ll}+)$/u.exec(rest)?.[1];
    if (initials && !(headAfter && ORGANISATION_HEADS.has(headAfter))) found.end = found.start + initials.index;
    // "Department of Premier and Cabinet Annual Report 2019-20": the document, after the body.
    const documentWords = TRAILING_DOCUMENT.exec(text.slice(found.start, found.end));
    if (documentWords && documentWords.index > 0) found.end = found.start + documentWords.index;
    const name = text.slice(found.start, found.end);
    // "This Department of OHCS manages ...": this department, which is OHCS's; not a name.
    const isPointedTo =
      /^\p{Lu}\p{Ll}+\s+of\s+(?:the\s+)?\p{Lu}[\p{Lu}&]{1,9}$/u.test(name) &&
      /\b(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+$/.test(text.slice(Math.max(0, found.start - 8), found.start));
    const isDegree = DEGREE_BEFORE.test(text.slice(Math.max(0, found.start - 24), found.start));
    // "Cabinet" alone on its line heads a list of ministers: a label, not the body.
    const isLabel = SINGLE_WORD_INSTITUTIONS.has(name) && lineAround(text, found).replace(/[#*_:\s]/g, '') === name;
    if (isTopicOfBody(name) || isWholeService(name) || isPointedTo || isDegree || isLabel || IN_OFFICE.test(name))
      out.splice(k, 1);
  }
  out.push(...unitsNamedAfterBodies(text, out));
  out.push(...lowerCaseHeadBodies(text, range, out));
  out.push(...findLowerCaseFoundings(text, range, out));
  const slice = text.slice(range.start, range.end);
  // Cheap gate first: the typing phrase must be there before the anchored pattern runs.
  const typed = TYPING_PHRASE.test(slice) ? TYPED_SUBJECT.exec(slice) : null;
  if (typed) {
    const name = typed[1] as string;
    const start = range.start + slice.indexOf(name, typed.index);
    const isNamed = out.some((o) => o.range.start < start + name.length && start < o.range.end);
    const words = name.split(/\s+/);
    // "The Admiralty was the government department ...": one word names the body the page
    // opens with, unless it is a head word ("The Ministry is ...") or a sentence word.
    const isOneWordName =
      words.length === 1 &&
      start < TOP_OF_PAGE &&
      !ORGANISATION_HEADS.has(capitalised(name.toLowerCase())) &&
      !UNIT_LIST_HEADS.has(capitalised(name.toLowerCase()));
    if (
      !isNamed &&
      (words.length >= 2 || isOneWordName) &&
      !NAME_STOPWORDS.has(capitalised(words[0]?.toLowerCase() ?? ''))
    )
      out.push({ range: { start, end: start + name.length }, extractor: 'agencies:typed-subject' });
  }
  // "Departmental Committees are established under ... and mandated to:": a class of bodies
  // the page is about, named in the plural as the subject of its own establishment or remit.
  const plural = PLURAL_CLASS_SUBJECT.exec(slice);
  if (plural) {
    const name = plural[1] as string;
    const start = range.start + slice.indexOf(name, plural.index);
    if (!out.some((o) => o.range.start < start + name.length && start < o.range.end))
      out.push({ range: { start, end: start + name.length }, extractor: 'agencies:plural-subject' });
  }
  for (const m of UNITS_OWNER_GATE.test(slice) ? slice.matchAll(UNITS_OWNER) : []) {
    const name = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\s+(?:of|and|&)$/, '');
    const words = name.split(/\s+/);
    if (words.length < 2 || NAME_STOPWORDS.has(words[0] as string) || NOT_OWNER_END.test(name)) continue;
    if (words.some((w) => ORGANISATION_HEADS.has(w) || UNIT_LIST_HEADS.has(w))) continue;
    const start = range.start + (m.index ?? 0) + m[0].indexOf(name);
    if (out.some((o) => o.range.start < start + name.length && start < o.range.end)) continue;
    out.push({ range: { start, end: start + name.length }, extractor: 'agencies:units-owner' });
  }
  const establishes = ESTABLISHES.exec(slice);
  const established = establishes
    ? ESTABLISHED_NAME.exec(slice.slice(establishes.index + establishes[0].length))
    : null;
  if (establishes && established) {
    const name = (established[1] as string).replace(/(?:\s+(?:of|for|and|on|the|&))+$/, '');
    const start =
      range.start + establishes.index + establishes[0].length + established.index + established[0].indexOf(name);
    const isNamed = out.some((o) => o.range.start <= start && o.range.end >= start + name.length);
    const words = name.split(/\s+/);
    // "There shall be established an office of the Director General": a post is no body.
    const isPost = isPostWord(words[0] as string) && !words.some((w) => ORGANISATION_HEADS.has(w));
    if (!isNamed && words.length >= 2 && !LAW_HEADS.has(words[words.length - 1] as string) && !isPost)
      out.push({ range: { start, end: start + name.length }, extractor: 'agencies:established-body' });
  }
  if (!/\b(?:City|Town|County|Municipality|Borough|Village|Township|State|Commonwealth|Union)\b/.test(slice))
    return out;
  const headWordCount = out.length;
  for (const m of slice.matchAll(GOVERNMENT_LEVEL)) {
    // A leading sentence word is not part of the place ("The European Union" -> "European Union").
    let name = m[0];
    let start = range.start + m.index;
    while (/\s/.test(name) && NOT_PLACE.has(name.split(/\s+/)[0] as string)) {
      const cut = /^\S+\s+/.exec(name)?.[0].length ?? 0;
      name = name.slice(cut);
      start += cut;
    }
    // "the City of Cleveland’s innovation accelerator": the possessive is no part of the name.
    name = name.replace(/['’]s$/, '');
    if (name.split(/\s+/).length < 2) continue;
    const found = { start, end: start + name.length };
    if (out.slice(0, headWordCount).some((o) => o.range.start < found.end && found.start < o.range.end)) continue;
    out.push({ range: found, extractor: 'agencies:government-level' });
  }
  return out;
}
