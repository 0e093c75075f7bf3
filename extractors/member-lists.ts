// Lists of people under a lead-in that names their post in the plural: "The members of the
// Board are:" / "- Jane Roe" / "- Tom Poe (two-year term), lawyer", or "The five nominated
// Directors include:" + one name per item. Read by content: most items must open with a
// personal name (then the end, a bracket, a comma or a dash); the lead-in gives each the post.
import { singularTitle } from './leader-lines.ts';
import { nameAt } from './post-lines.ts';
import type { PersonMention } from './people.ts';
import type { BlockNode, ListNode, SectionNode, TextRange } from './types.ts';
import { POST_WORDS } from './vocabulary.ts';
import { collapseSpace } from './spans.ts';
import { allSections } from './walk.ts';
import { capitalised } from './words.ts';

const MIN_NAMES = 2;
const MIN_NAME_SHARE = 0.7;
// Where an item's opening name ends: a bracket, a comma, a dash or a colon.
const NAME_END = /\s*(?:[(（,;:：]|\s[–—-]\s|$)/u;
const pluralOf = (word: string): string => (/[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`);
// A post in the plural, with what it is "of" when that is a name ("members of the Board of X").
const PLURAL_POST = new RegExp(
  String.raw`(?<![\p{L}])((?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:${[...POST_WORDS, 'member'].map((w) => `[${(w[0] as string).toUpperCase()}${(w[0] as string).toLowerCase()}]${pluralOf(w).slice(1)}`).join('|')})(?:\s+(?:of|at|on|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|for|on|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,8})?)(?![\p{L}])`,
  'u',
);

/** The people a list names under a lead-in or heading that gives their post in the plural. */
export function findListedMembers(text: string, root: SectionNode): PersonMention[] {
  const out: PersonMention[] = [];
  for (const section of allSections(root, text)) {
    let previous: BlockNode | null = null;
    for (const child of section.children) {
      if (child.kind === 'list') {
        const intro = previous?.kind === 'paragraph' ? previous.range : previous === null ? section.heading : null;
        if (intro) out.push(...membersOf(text, child, intro));
      }
      previous = child;
    }
  }
  return out;
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
    .replace(/^(?:(?:The|These|Those|Its|Our|Their|Other|All|New|Five|Four|Three|Two|Six|Seven)\s+)+/, '');
  const title = singularTitle(words);
  return names.map((range) => ({
    range,
    post: postRange,
    isPluralPost: true,
    ...(title ? { title: capitalised(title) } : {}),
    extractor: 'people:listed-member',
  }));
}
