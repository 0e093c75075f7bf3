// Lists of people under a lead-in that names their post in the plural: "The members of the
// Board are:" / "- Jane Roe" / "- Tom Poe (two-year term), lawyer", or "The five nominated
// Directors include:" + one name per item. Read by content: most items must open with a
// personal name (then the end, a bracket, a comma or a dash); the lead-in gives each the post.
import { findOrganisations } from './agencies.ts';
import { singularTitle } from './leader-lines.ts';
import { nameAt } from './post-lines.ts';
import type { PersonMention } from './people.ts';
import type { BlockNode, ListNode, SectionNode, TextRange } from './types.ts';
import { MADE_OF_WORDS, ORGANISATION_HEADS, POST_WORDS } from './vocabulary.ts';
import { collapseSpace } from './spans.ts';
import { allSections, type TextPiece } from './walk.ts';
import { capitalised } from './words.ts';

const MIN_NAMES = 2;
// "The five nominated Directors", "Its Deputy Ministers": words before the post that are no part of it.
const LEADING_DETERMINERS = /^(?:(?:The|These|Those|Its|Our|Their|Other|All|New|Five|Four|Three|Two|Six|Seven)\s+)+/;
const MIN_NAME_SHARE = 0.7;
// Where an item's opening name ends: a bracket, a comma, a dash or a colon.
const NAME_END = /\s*(?:[(（,;:：]|\s[–—-]\s|$)/u;
const pluralOf = (word: string): string => (/[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`);
// A post in the plural, with what it is "of" when that is a name ("members of the Board of X").
const PLURAL_POST = new RegExp(
  String.raw`(?<![\p{L}])((?:[\p{Lu}][\p{L}-]*\s+|(?:board|council|committee|commission|panel|inaugural|founding|current|new)\s+){0,2}(?:${[...POST_WORDS, 'member'].map((w) => `[${(w[0] as string).toUpperCase()}${(w[0] as string).toLowerCase()}]${pluralOf(w).slice(1)}`).join('|')})(?:\s+(?:of|at|on|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|for|on|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,8}(?:\s+(?:board|council|committee|commission|panel))?)?)(?![\p{L}])`,
  'u',
);

/** The people a list names under a lead-in or heading that gives their post in the plural. */
export function findListedMembers(text: string, root: SectionNode): PersonMention[] {
  const out: PersonMention[] = [];
  for (const section of allSections(root, text)) {
    let previous: BlockNode | null = null;
    for (const child of section.children) {
      if (child.kind === 'list') {
        const intro =
          previous?.kind === 'paragraph'
            ? previous.range
            : previous?.kind === 'list'
              ? leadInItem(text, previous)
              : previous === null
                ? section.heading
                : null;
        if (intro) out.push(...membersOf(text, child, intro));
        visitLeadInItems(child, (list, lead) => out.push(...membersOf(text, list, lead)));
      }
      previous = child;
    }
  }
  return out;
}

// "9. The following members will continue to serve on the Board:" with its bullets nested
// under it: an item whose first child is a list leads into it (at any depth).
function visitLeadInItems(list: ListNode, visit: (list: ListNode, lead: TextRange) => void): void {
  for (const item of list.items) {
    const first = item.children[0];
    if (first?.kind === 'list') visit(first, item.head);
    for (const child of item.children) if (child.kind === 'list') visitLeadInItems(child, visit);
  }
}

// "9. The following members will continue to serve on the Board:" + its bullets: numbered
// paragraphs are a list whose last item leads into the next list.
function leadInItem(text: string, list: ListNode): TextRange | null {
  const last = list.items[list.items.length - 1];
  return last && /[:：]\s*$/.test(text.slice(last.head.start, last.head.end)) ? last.head : null;
}

function membersOf(text: string, list: ListNode, intro: TextRange): PersonMention[] {
  if (list.items.length < MIN_NAMES) return [];
  const lead = text.slice(intro.start, intro.end);
  // A lead-in ends as one ("... are:", a heading); a closed sentence ("... in 2019.") does not.
  if (!/[:：—–-]\s*$/.test(lead) && /[.!?]\s*$/.test(lead)) return [];
  const post = PLURAL_POST.exec(lead);
  if (!post) return [];
  const names: TextRange[] = [];
  for (const item of list.items) {
    const head = text.slice(item.head.start, item.head.end);
    const end = NAME_END.exec(head)?.index ?? head.length;
    const name = nameAt(text, { start: item.head.start, end: item.head.start + end });
    if (name) names.push(name);
  }
  if (names.length < MIN_NAMES || names.length < list.items.length * MIN_NAME_SHARE) return [];
  const at = intro.start + post.index + post[0].indexOf(post[1] as string);
  const postRange = { start: at, end: at + (post[1] as string).length };
  const words = collapseSpace(post[1] as string)
    .replace(/\s+(?:of|at|on|to)\s.*$/, '')
    .replace(LEADING_DETERMINERS, '');
  const title = singularTitle(words);
  return names.map((range) => ({
    range,
    post: postRange,
    isPluralPost: true,
    ...(title ? { title: capitalised(title) } : {}),
    extractor: 'people:listed-member',
  }));
}

// "The membership of the Authority is as follows:", "The members of the Board are (shown
// below):": a lead-in to the members' names, one per line, with their letters and honorifics.
const MEMBERSHIP_LEAD_IN =
  /\bmembers(?:hip)?\b[^.]*?(?:\bas\s+follows|\bare|\bis|\binclude)(?:\s+(?:shown|listed|given|set\s+out)\s+(?:below|here))?\s*[:：]\s*$/i;
const LEADING_THE = /^\s*The\s+(?=\p{Lu})/u;
// Letters after a name: ", B.Sc.", ", M.C., M.A.", ", S.J."
const LETTERS_AFTER = /(?:,\s*(?:\p{Lu}[\p{L}]{0,3}\.){1,4})+\.?\s*$/u;
const MIN_MEMBER_LINES = 3;
// Lines of another kind (a post held ex officio) a run of names may hold: two, or one in
// three of its names.
const MAX_OTHER_LINES = 2;
const OTHER_LINE_SHARE = 3;
const BACK_REFERENCE = /\bthe\s+(\p{Lu}\p{Ll}+)\b/gu;

/** Members named one per line after a membership lead-in, each a Member of the body it names. */
export function findMemberLines(text: string, pieces: readonly TextPiece[]): PersonMention[] {
  const out: PersonMention[] = [];
  pieces.forEach((piece, k) => {
    if (!MEMBERSHIP_LEAD_IN.test(text.slice(piece.range.start, piece.range.end))) return;
    const names: TextRange[] = [];
    let others = 0;
    for (const line of pieces.slice(k + 1)) {
      // "|" between the names: a layout table's empty cells, left by a converter.
      if (line.role === 'cell' && text.slice(line.range.start, line.range.end).trim() === '') continue;
      // A name alone between blank lines reads as a heading in plain text; it is still a line.
      if (line.role !== 'paragraph' && line.role !== 'item-head' && line.role !== 'heading') break;
      const name = memberName(text, line.range);
      if (name) names.push(name);
      else if (++others > MAX_OTHER_LINES && others * OTHER_LINE_SHARE > names.length) break;
    }
    if (names.length < MIN_MEMBER_LINES) return;
    const body = membershipBody(text, pieces, k);
    for (const range of names)
      out.push({ range, title: 'Member', extractor: 'people:listed-member', ...(body ? { post: body, body } : {}) });
  });
  return out;
}

/** The name a member line gives ("The Rev. H. Hughes, M.A."), or null for any other line. */
function memberName(text: string, line: TextRange): TextRange | null {
  const raw = text.slice(line.start, line.end);
  const lead = LEADING_THE.exec(raw)?.[0].length ?? 0;
  const letters = LETTERS_AFTER.exec(raw);
  const end = letters ? letters.index : raw.replace(/\.\s*$/, '').length;
  if (end <= lead) return null;
  return nameAt(text, { start: line.start + lead, end: line.start + end });
}

/** The body the lead-in names, or the one its "the Authority" refers back to. */
function membershipBody(text: string, pieces: readonly TextPiece[], leadIn: number): TextRange | null {
  const piece = pieces[leadIn] as TextPiece;
  const named = findOrganisations(text, piece.range).pop();
  if (named) return named.range;
  const heads = [...text.slice(piece.range.start, piece.range.end).matchAll(BACK_REFERENCE)]
    .map((m) => m[1] as string)
    .filter((w) => ORGANISATION_HEADS.has(w));
  const head = heads[heads.length - 1];
  if (!head) return null;
  // The last body before the lead-in whose name ends in that head word.
  for (let k = leadIn; k >= Math.max(0, leadIn - 3); k--) {
    const bodies = findOrganisations(text, (pieces[k] as TextPiece).range).filter((o) =>
      text.slice(o.range.start, o.range.end).endsWith(head),
    );
    const last = bodies.pop();
    if (last) return last.range;
  }
  return null;
}

// "... and the Deputy Ministers are A, B, C, and D.", "Its Commissioners include A and B":
// a post in the plural, then a verb of being, then the names, in running text.
const OWN_POST = /\s*\((\p{Lu}[\p{L} -]{1,40})\)[.;]?\s*$/u;
const INLINE_MEMBERS_VERB = /^\s+(?:are|were|include|included|are currently)\s+/;
// A sentence that says what a body is made of.
const COMPOSITION = new RegExp(String.raw`\b${MADE_OF_WORDS}\b`, 'i');

/** People a sentence names after a post in the plural ("the Deputy Ministers are A, B and C"). */
export function findInlineMembers(text: string, sentence: TextRange): PersonMention[] {
  const slice = text.slice(sentence.start, sentence.end);
  if (!/\b(?:are|were|include|included|members)\s+\p{Lu}/u.test(slice)) return [];
  const out: PersonMention[] = [];
  const posts = new RegExp(PLURAL_POST.source, 'gu');
  for (const post of slice.matchAll(posts)) {
    const after = slice.slice(post.index + post[0].length);
    const isBareMembership = /^(?:\p{Lu}\p{Ll}+\s+)?members$/iu.test(collapseSpace(post[1] as string));
    // "The board comprises A as Chairperson and members B, C and D": names right after the
    // word in a sentence that says what a body is made of.
    const verb =
      INLINE_MEMBERS_VERB.exec(after) ??
      (isBareMembership && COMPOSITION.test(slice.slice(0, post.index)) ? /^\s+(?=\p{Lu})/u.exec(after) : null);
    if (!verb) continue;
    const listAt = post.index + post[0].length + verb[0].length;
    const names: TextRange[] = [];
    const ownPosts = new Map<number, string>();
    // Names joined by commas and "and", up to the first part that is no name.
    const rest = slice.slice(listAt);
    let offset = 0;
    for (const part of rest.split(/(,\s*(?:and\s+)?|\s+and\s+|;)/)) {
      const partAt = offset;
      offset += part.length;
      if (/^(?:,\s*(?:and\s+)?|\s+and\s+|;)$/.test(part)) continue;
      // "Jane Roe (Chair)": the person's own post in brackets after the name.
      const ownPost = OWN_POST.exec(part);
      const bare = part
        .slice(0, ownPost ? ownPost.index : part.length)
        .replace(/(?:\[\d+\])*[.;]?(?:\[\d+\])*\s*$/, '');
      const lead = bare.length - bare.trimStart().length;
      const start = sentence.start + listAt + partAt + lead;
      const whole = nameAt(text, { start, end: start + bare.trim().length });
      // "James Saaka the current Executive Director": a name with more after it ends the run.
      const opening = whole ? null : /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*(?=\s+\p{Ll})/u.exec(bare.trim());
      const name = whole ?? (opening ? nameAt(text, { start, end: start + opening[0].length }) : null);
      if (!name) break;
      names.push(name);
      if (ownPost) ownPosts.set(name.start, ownPost[1] as string);
      if (!whole) break;
    }
    if (names.length < MIN_NAMES) continue;
    const at = sentence.start + post.index + post[0].indexOf(post[1] as string);
    const title = singularTitle(
      collapseSpace(post[1] as string)
        .replace(/\s+(?:of|at|on|to)\s.*$/, '')
        .replace(LEADING_DETERMINERS, ''),
    );
    // "Other members are ...": members of the body the sentence, or the post read before it,
    // is about; the relation stage finds which.
    out.push(
      ...names.map((range): PersonMention =>
        isBareMembership
          ? { range, extractor: 'people:other-members' }
          : {
              range,
              post: { start: at, end: at + (post[1] as string).length },
              isPluralPost: true,
              ...(ownPosts.has(range.start)
                ? { title: ownPosts.get(range.start) as string }
                : title
                  ? { title: `${title.charAt(0).toUpperCase()}${title.slice(1)}` }
                  : {}),
              extractor: 'people:listed-member',
            },
      ),
    );
  }
  return out;
}
