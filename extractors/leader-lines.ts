// Leader lines by shape (GUIDELINES HOLDS_POSITION: "the agency or department in which the
// document gives them a post"): a short line, bullet, key/value line or heading made of one
// person-name-like phrase and one title-like phrase joined by any separator (":", "—", "–",
// " - ", ",", "|", tab), in either order. A plural title before several names ("Deputy
// Directors: A B, C D") gives each name the singular title.
import {
  isPersonName,
  isPostTitle,
  judgeStyledName,
  nameWithoutAffixes,
  stripHonorific,
  type PersonMention,
} from './people.ts';
import { hasTag } from './tagger.ts';
import type { TextRange } from './types.ts';
import { isHonorific, POST_WORDS, TITLE_WORDS } from './vocabulary.ts';

// Tried in this order; the first that splits the line into a name and a title wins, so a
// dash line may still carry a comma inside its title ("Head of Legal, Policy and Audit").
const SEPARATORS: readonly RegExp[] = [/\t+/, /\s*\|\s*/, /\s*—\s*/, /\s*–\s*/, /\s+-\s+/, /\s*[:：]\s*/, /\s*,\s*/];
const RECORD_SEPARATORS: readonly RegExp[] = [/\t+/, /\s*\|\s*/, /\s*[:：]\s*/];
const MAX_LINE_CHARS = 160;
const CLAUSE_AFTER_COMMA = /,\s+(?:was|were|is|are|has|had|will|would)\s+\p{Ll}/u;
const MAX_LINE_WORDS = 22;
const PLURAL_POSTS = [...POST_WORDS].flatMap((w) =>
  w.endsWith('y') ? [`${w.slice(0, -1)}ies`, `${w}s`] : w.endsWith('s') ? [`${w}es`] : [`${w}s`],
);
// Cheap gate: a leader line has a title word, singular or plural.
const POST_GATE = new RegExp(String.raw`\b(?:${[...TITLE_WORDS, ...PLURAL_POSTS].join('|')})\b`, 'i');
const PLURAL_POST_SET = new Set(PLURAL_POSTS);
// A comma before "Jr." continues the name ("C. Lawrence Greenwood, Jr.").
const NAME_LIST_SPLIT = /\s*(?:,(?!\s*(?:Jr|Sr)\b)\s*(?:and\s+)?|;\s*|\s&\s|\s+and\s+)\s*/;
const TRAILING_NOTE = /\s*\([^)]*\)\s*$/;
// "Navy Commander: Rear Admiral Peter Vilho[15]": an encyclopaedia's footnote marks close the
// line (after a full stop they close a sentence, which is no leader line).
const FOOTNOTE_MARKS = /(?<![.;:!?])(?:\[\d{1,3}\])+$/;

/** The singular form of a plural post title ("Deputy Directors" -> "Deputy Director"); null when it is not plural. */
export function singularTitle(title: string): string | null {
  const words = title.split(/\s+/);
  let changed = false;
  const out = words.map((word) => {
    // A hyphenated title ("Vice-Presidents") is plural in its last part.
    const prefix = word.slice(0, word.lastIndexOf('-') + 1);
    const w = word.slice(prefix.length);
    const lower = w.toLowerCase();
    if (!PLURAL_POST_SET.has(lower)) return word;
    changed = true;
    if (lower.endsWith('ies') && POST_WORDS.has(`${lower.slice(0, -3)}y`)) return `${prefix}${w.slice(0, -3)}y`;
    if (lower.endsWith('ses') && POST_WORDS.has(lower.slice(0, -2))) return `${prefix}${w.slice(0, -2)}`;
    return `${prefix}${w.slice(0, -1)}`;
  });
  return changed ? out.join(' ') : null;
}

const isTitleLike = (phrase: string): boolean => {
  const p = phrase.trim();
  if (!p || p.split(/\s+/).length > 10) return false;
  return isPostTitle(p) || isPostTitle(singularTitle(p) ?? '');
};

// A post description after a name: a post word among its first words, in any case
// ("Secretary of the Party Group and Minister of X", "deputy director").
// ("who served as Director of X" is a relative clause, which the sentence rules read.)
const namesPost = (phrase: string): boolean =>
  !/^\s*(?:who|which|whose|that)\b/i.test(phrase) &&
  phrase
    .split(/[\s,;()-]+/)
    .slice(0, 8)
    .some((w) => TITLE_WORDS.has(w.toLowerCase()) || PLURAL_POST_SET.has(w.toLowerCase()));

// The person names of a value: every part of "A B, C D and E F" must be a name, honorifics
// and trailing notes ("(acting)", "PhD") aside. Offsets are absolute.
function namesIn(text: string, value: TextRange): TextRange[] {
  const raw = text.slice(value.start, value.end);
  const out: TextRange[] = [];
  let at = 0;
  for (const part of raw.split(NAME_LIST_SPLIT)) {
    const partAt = raw.indexOf(part, at);
    at = partAt + part.length;
    const lead = part.length - part.trimStart().length;
    const body = part
      .trim()
      .replace(TRAILING_NOTE, '')
      .replace(/(?<!\b(?:Jr|Sr))[.;]$/, '');
    if (!body) continue;
    const start = value.start + partAt + lead;
    const judge = judgeStyledName(text, { start, end: start + body.length });
    const range = judge ?? nameWithoutAffixes(text, { start, end: start + body.length });
    if (!judge && !isPersonName(text.slice(range.start, range.end))) return [];
    out.push(range);
  }
  return out;
}

// How long a line cut by a wrap is at least (characters).
const MIN_WRAPPED_CHARS = 50;

/** Persons given a post by one short line ("Chief Engineer | Name", "Name – Deputy Director", "Assistant Secretaries — A, B and C"). */
export function findLeaderLines(text: string, range: TextRange): PersonMention[] {
  const out: PersonMention[] = [];
  let lineStart = range.start;
  let previous = '';
  for (const line of text.slice(range.start, range.end).split('\n')) {
    const at = lineStart;
    lineStart += line.length + 1;
    // A line that goes on with a long line cut mid-sentence is the rest of a wrapped sentence.
    const isWrapped = previous.trim().length >= MIN_WRAPPED_CHARS && !/[.;:!?]\s*$/.test(previous);
    previous = line;
    if (isWrapped || !POST_GATE.test(line)) continue;
    const lead = line.length - line.trimStart().length;
    const body = line
      .trim()
      .replace(FOOTNOTE_MARKS, '')
      .replace(/(?<!\b(?:Jr|Sr))[.;]$/, '');
    // A long line is prose unless it is a "Name : post" record (a long post, cited sources).
    const isShort = line.length <= MAX_LINE_CHARS && body.split(/\s+/).length <= MAX_LINE_WORDS;
    const found = leaderOfLine(text, { start: at + lead, end: at + lead + body.length }, isShort);
    out.push(...found);
  }
  return out;
}

function leaderOfLine(text: string, line: TextRange, isShort: boolean): PersonMention[] {
  const raw = text.slice(line.start, line.end);
  for (const separator of isShort ? SEPARATORS : RECORD_SEPARATORS) {
    const m = separator.exec(raw);
    if (!m || m.index === 0) continue;
    const left: TextRange = { start: line.start, end: line.start + m.index };
    const right: TextRange = { start: line.start + m.index + m[0].length, end: line.end };
    if (right.end <= right.start) continue;
    const leftText = text.slice(left.start, left.end);
    const rightText = text.slice(right.start, right.end);
    // "Name, a national of X, was elected Director of Y": a sentence about the person, whose
    // post the sentence rules read; no "Name, Title" line.
    if (CLAUSE_AFTER_COMMA.test(rightText)) continue;
    // Name first: "Tomas Brecko – Deputy Director General".
    const name = stripHonorific(text, left);
    // "Land List - Justice Barnes": a judge's style and surname are the person, not a post.
    if (
      namesPost(rightText) &&
      isPersonName(text.slice(name.start, name.end)) &&
      judgeStyledName(text, right) === null
    ) {
      // "Deputy Director (Extension)": a bracketed qualifier is not part of the post.
      const bracket = rightText.indexOf('(');
      const postEnd = bracket > 0 ? right.start + rightText.slice(0, bracket).trimEnd().length : right.end;
      return [{ range: name, post: { start: right.start, end: postEnd }, extractor: 'people:leader-line' }];
    }
    // Title first: "Chief Engineer | Name", "Deputy Directors: A B, C D".
    if (!isShort || !isTitleLike(leftText)) continue;
    const names = namesIn(text, right);
    if (names.length === 0) continue;
    const singular = singularTitle(leftText.trim());
    return names.map((n) => {
      const mention: PersonMention = { range: n, post: left, extractor: 'people:leader-line' };
      if (singular) mention.isPluralPost = true;
      return mention;
    });
  }
  return isShort ? unseparatedLeader(text, line) : [];
}

// "Dr. Mara Vell Chief Economist", "Deputy Minister Rose Tan": a name of two to four words
// and a post with no separator between them; the shortest name that leaves a post wins.
function unseparatedLeader(text: string, line: TextRange): PersonMention[] {
  const lineText = text.slice(line.start, line.end);
  const words = [...lineText.matchAll(/\S+/g)].map((m) => ({
    start: line.start + (m.index ?? 0),
    end: line.start + (m.index ?? 0) + m[0].length,
  }));
  const wordAt = (k: number): string => text.slice(words[k]?.start, words[k]?.end);
  const opensWithTitleWord = (k: number): boolean => TITLE_WORDS.has(wordAt(k).split('-')[0]?.toLowerCase() ?? '');
  // "Director of Railway Safety" is one post: a post never ends on a joining word.
  // A separator inside it ("Judge - Justice Hall") means the separated reading failed: no post.
  const isPost = (start: number, end: number): boolean =>
    isTitleLike(text.slice(start, end)) &&
    !/\b(?:of|for|the|and|to|in|at|on|&)$/i.test(text.slice(start, end)) &&
    !/\s[-–—|]\s|[:：]\s|\t/u.test(text.slice(start, end));
  // A place or a body at the end of the line ("Secretary of State Lake Town") is no name.
  const isName = (range: TextRange): boolean => {
    const name = text.slice(range.start, range.end);
    return isPersonName(name) && !hasTag(name, '#Place') && !hasTag(name, '#Organization');
  };
  for (let k = 2; k <= 4 && k < words.length; k++) {
    // Name first: the post opens with a title word.
    const name = stripHonorific(text, { start: line.start, end: (words[k - 1] as TextRange).end });
    if (opensWithTitleWord(k) && isPost((words[k] as TextRange).start, line.end) && isName(name))
      return [
        { range: name, post: { start: (words[k] as TextRange).start, end: line.end }, extractor: 'people:leader-line' },
      ];
    // Post first: the name is the line's last words; honorifics before it are neither.
    const nameStart = words.length - k;
    let postWords = nameStart;
    while (postWords > 1 && isHonorific(wordAt(postWords - 1))) postWords--;
    const postEnd = (words[postWords - 1] as TextRange).end;
    const tail: TextRange = { start: (words[nameStart] as TextRange).start, end: line.end };
    if (opensWithTitleWord(0) && isPost(line.start, postEnd) && isName(tail))
      return [{ range: tail, post: { start: line.start, end: postEnd }, extractor: 'people:leader-line' }];
  }
  return [];
}
