// Node roles from content (EXTRACTION.md stage 4): what a group of sibling items is, read
// from the items themselves rather than from the heading above them. A list whose items
// mostly open with a verb ("Implement ...", "to advise ...", "Setting ...", "We provide
// ...") is a list of duties whatever its heading says; heading and lead-in cue words stay
// evidence that shifts the decision, never a gate.
import { tagsOfTerm } from './tagger.ts';
import type { ListNode, TextRange } from './types.ts';
import { LAW_HEADS, ORGANISATION_HEADS } from './vocabulary.ts';
import { capitalised } from './words.ts';

// Leading words that stand before the verb of a duty ("to advise", "We provide", "shall issue").
const DUTY_PREFIX = /^(?:(?:and|or|to|we|it|they|he|she|shall|will|may|must|also)\s+)+/i;
// Leading marks that are not words: leftover numbering, quotes, brackets, emphasis.
const LEADING_MARKS = /^[\s"'“‘([*_>•·–—-]+/u;
const MIN_ITEMS = 2;

/** Share of verb-initial items from which a list reads as duties without any cue. */
export const DUTY_SHARE = 0.6;

/** True when a phrase opens with a verb (imperative, infinitive, gerund or third person). */
export function isVerbInitial(phrase: string): boolean {
  const stripped = phrase.replace(LEADING_MARKS, '');
  const words = stripped.replace(DUTY_PREFIX, '').split(/\s+/).slice(0, 6);
  const first = words[0] ?? '';
  if (!/^\p{L}/u.test(first)) return false;
  // A title-case name that ends in a body's head word ("Plant Health Inspection Service")
  // is a body, whatever its first word could also be.
  const group = (stripped.split(GROUP_END)[0] ?? '').trim().split(/\s+/);
  if (
    group.length >= 2 &&
    group.every((w) => /^[\p{Lu}\d]/u.test(w)) &&
    ORGANISATION_HEADS.has(group[group.length - 1] as string)
  )
    return false;
  // A nominalised verb with its object ("Formulation of policies", "The issuance of travel
  // documents", "Enforcement of laws") names an activity, as a verb would.
  const nominal = /^(?:the\s+)?(\p{L}+(?:tion|sion|ment|ance|ence|ing|al|ure|ship))\s+(?:of|and|for)\b/iu.exec(
    stripped.replace(DUTY_PREFIX, ''),
  );
  // A body's head word with the same ending ("Department of X", "Administration for Y")
  // names a body, not an activity.
  if (nominal && !ORGANISATION_HEADS.has(capitalised(nominal[1] as string))) return true;
  // A gerund opening ("Setting national policy") is a duty in a list, whatever the tagger says.
  if (/^\p{L}{3,}ing$/u.test(first) && !/^(?:During|Including|Regarding|Concerning|Following)$/i.test(first))
    return true;
  // Hyphenated verbs ("co-ordinate", "co-operate") confuse the tagger: read the verb part.
  const probe = words.join(' ').replace(/^(co|re|pre)-/i, '$1');
  // "Published", "Commenced on 13 March": a verb in the past reports an event, not a duty.
  if (isTaggedVerb(probe)) return !isTaggedVerb(probe, 0, 'PastTense');
  // "issues licences to generators", "sets network tariffs": a third-person verb the tagger
  // reads as a plural noun until it has a subject; a verb takes an object, not "and" or "of".
  // Lower case, a whole sentence ("Deals with fishing licences."), or two coordinated verbs
  // with an object ("Plans and builds new parks"): a capitalised "Reports by the Committee"
  // with no full stop heads a section.
  const lower = `${probe.charAt(0).toLowerCase()}${probe.slice(1)}`;
  const isThirdPerson =
    /^\p{L}\p{Ll}+s$/u.test(first) &&
    (((/^\p{Ll}/u.test(first) || /[.;]\s*$/.test(stripped)) &&
      words[1] !== undefined &&
      !/^(?:and|or|&|,|of|by)$/i.test(words[1])) ||
      (words[1] === 'and' && /^\p{Ll}+s$/u.test(words[2] ?? '') && words.length >= 4));
  if (isThirdPerson && isTaggedVerb(`it ${lower}`, 1)) return true;
  // A capitalised imperative the tagger reads as a noun ("Plant and care for street trees"):
  // an infinitive after "to", with more than two coordinated words, in no body's name.
  const namesBody = stripped
    .split(/\s+/)
    .slice(0, 6)
    .some((w) => ORGANISATION_HEADS.has(w));
  if (
    /^\p{Lu}\p{Ll}+$/u.test(first) &&
    words.length >= 3 &&
    !(words[1] === 'and' && words.length <= 3) &&
    !namesBody &&
    isTaggedVerb(`to ${lower}`, 1, 'Infinitive')
  )
    return true;
  // "Serves as the primary ministry": a third-person verb the tagger reads as a plural noun;
  // a plural noun is not followed by a determiner or "as".
  return /^\p{L}\p{Ll}+s$/u.test(first) && /^(?:as|the|a|an|all|such|any|its|their)$/i.test(words[1] ?? '');
}

/** Whether the tagger gives the term at `at` (the first by default) of a probe the tag (a verb by default). */
function isTaggedVerb(probe: string, at = 0, tag = 'Verb'): boolean {
  return tagsOfTerm(probe, at).includes(tag);
}

/** Share of a list's items whose head opens with a verb. */
export function verbInitialShare(text: string, list: ListNode): number {
  if (list.items.length < MIN_ITEMS) return 0;
  let verbs = 0;
  for (const item of list.items) if (isVerbInitial(text.slice(item.head.start, item.head.end))) verbs++;
  return verbs / list.items.length;
}

// The head noun of an activity ("Exception management", "Information security", "GIS
// support, data maintenance"): a nominalised verb or a noun that names work.
const ACTIVITY_HEAD =
  /^(?:\p{L}{3,}(?:tion|sion|ment|ing|ysis)|support|security|oversight|research|advice|design|review|control|maintenance|governance|surveillance|assistance|guidance|compliance|clearance|issuance|outreach)$/iu;
// Where a phrase's first noun group ends: a preposition, a bracket or a comma.
const GROUP_END = /\s+(?:of|for|to|with|in|on|at|by|from|across|within|between)\s|[(,;:–—]|\s-\s/;

/**
 * True when a noun phrase names an activity by its head noun, the last word of its first
 * noun group ("Corporate GIS management and coordination"); a body's or an instrument's
 * head word ("Records Division", "Data Regulation") names no activity.
 */
export function isActivityPhrase(phrase: string): boolean {
  const group = phrase.replace(LEADING_MARKS, '').split(GROUP_END)[0]?.trim() ?? '';
  const words = group.split(/\s+/);
  if (words.length === 0 || words.length > 8) return false;
  const head = (words[words.length - 1] ?? '').replace(/[^\p{L}-]/gu, '');
  if (ORGANISATION_HEADS.has(capitalised(head)) || LAW_HEADS.has(capitalised(head))) return false;
  return ACTIVITY_HEAD.test(head);
}

// Several stages ask of one list; the answer is tagged once (a list belongs to one document).
const dutyShaped = new WeakMap<ListNode, boolean>();

/** True when the items of a list read as duties by their content alone (stops as soon as the answer is known). */
export function isDutyShaped(text: string, list: ListNode): boolean {
  let known = dutyShaped.get(list);
  if (known === undefined) {
    known = readsAsDuties(text, list);
    dutyShaped.set(list, known);
  }
  return known;
}

function readsAsDuties(text: string, list: ListNode): boolean {
  const total = list.items.length;
  if (total < MIN_ITEMS) return false;
  const needed = Math.ceil(DUTY_SHARE * total - 1e-9);
  let verbs = 0;
  for (let k = 0; k < total; k++) {
    const item = list.items[k] as ListNode['items'][number];
    const head = text.slice(item.head.start, item.head.end);
    // The cheap reading first: isVerbInitial tags the phrase.
    if (isActivityPhrase(head) || isVerbInitial(head)) verbs++;
    if (verbs >= needed) return true;
    if (verbs + (total - k - 1) < needed) return false;
  }
  return false;
}

// "Trade and Agriculture (TAD)", "Economics Department (ECO)": a name and its initials.
const NAME_WITH_INITIALS = /^\p{Lu}[^()]{0,80}?\s*\(\p{Lu}[\p{Lu}&-]{1,9}\)\s*[.;,]?$/u;
const INITIALS_SHARE = 0.6;

/** True when most items of a list are names followed by their initials: bodies, not duties. */
export function isInitialledNameList(text: string, list: ListNode): boolean {
  const named = list.items.filter((item) => NAME_WITH_INITIALS.test(text.slice(item.head.start, item.head.end).trim()));
  return named.length >= MIN_ITEMS && named.length >= INITIALS_SHARE * list.items.length;
}

/** The last sentence of a lead-in paragraph: the one that introduces the list after it. */
export function leadInSentence(sentences: TextRange[]): TextRange | null {
  return sentences[sentences.length - 1] ?? null;
}

// The rest of a sentence after a unit's name: a bracketed short form, then a verb saying what
// the unit does ("addresses", "is responsible for"), not what it is ("is a constitutional
// office", "consists of the Minister").
// "... (COM): Works to promote ...": after a separator, the description says what the unit does.
const ACTING_PREDICATE = /^\s*(?:\([^)]*\)\s*)?(?:\p{Ll}|[:：–—]\s*\S)/u;
const DESCRIBING_PREDICATE =
  /^\s*(?:\([^)]*\)\s*)?(?:(?:is|are|was|were|became|has been|had been|will be|shall be)\s+(?:an?|the|made|composed|one|part)\b|consists|comprises)/;

// "Corporate Services Division comprises the X and Y Units": the subject has parts of its own.
const MADE_OF_PREDICATE =
  /^\s*(?:\([^)]*\)\s*)?(?:comprises|consists\s+of|is\s+(?:made\s+up|composed|comprised)\s+of)\b/;

/** True when what follows a unit's name says what it is made of ("comprises ..."). */
export function isMadeOfPredicate(rest: string): boolean {
  return MADE_OF_PREDICATE.test(rest);
}

/** True when what follows a unit's name says what it does rather than what it is. */
export function isActingPredicate(rest: string): boolean {
  if (!ACTING_PREDICATE.test(rest) || DESCRIBING_PREDICATE.test(rest)) return false;
  // "Directorate-General Z – Central Tasks": after a separator, a topic in capitals is the
  // unit's name going on, not a description.
  const separated = /^\s*(?:\([^)]*\)\s*)?[:：–—]/u.test(rest);
  return !separated || (rest.match(/\s(?!(?:and|or|of|for|the|to|in|on)\b)\p{Ll}{2,}/gu)?.length ?? 0) >= 3;
}
