// In-document resolution of organisation names: alias pairs and a document's short forms
// ("Ministry of X" for "Ministry of X of the People's Republic of China", "Commission of X"
// for "National Commission of X", "Radio Administration Bureau" for "Radio Administration").
import { initialsOf, type AliasPair } from './aliases.ts';
import { normaliseName } from './normalise-name.ts';
import { spelledInitialsPairs } from './spelled-initials.ts';
import { ORGANISATION_HEADS, SINGLE_WORD_INSTITUTIONS } from './vocabulary.ts';

const LEADING_SCOPE = /^(national|state|central|federal|municipal|provincial|royal)\s+/;
const HEAD_WORDS = new Set([...ORGANISATION_HEADS].map((h) => h.toLowerCase()));
const INSTITUTION_WORDS = new Set([...SINGLE_WORD_INSTITUTIONS].map((h) => h.toLowerCase()));

// "saudi" / "saudi", "georgian" / "georgia": a place and its adjective share their first letters.
const MIN_PLACE_STEM = 4;

/** The length of the prefix two words share. */
function sharedStem(a: string, b: string): number {
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return k;
}

/** Union-find over normalised names; returns each name's group representative. */
// Head words that, after another body's name, name that body's own arm rather than the body.
const ARM_OF_BODY = new Set(['service', 'secretariat', 'office', 'commission', 'board', 'committee']);

const UNIT_WITH_KIND = /^(.+) (?:division|directorate|bureau|unit|section|branch)$/;
const UNIT_OF = /^(?:department|division|directorate|bureau|office|unit|section|branch) of (?!the )(.+)$/;
const HEAD_OF_TOPIC = /^(\S+) of (?:the )?(.+)$/;

/**
 * Groups body names that name one body. `listedApart` holds the names of each list of units:
 * two names listed as items of one list ("Press Division", "International Press Division")
 * are two units, whatever their short-form likeness (declared aliases still join).
 */
export function groupOrganisationNames(
  names: string[],
  pairs: AliasPair[],
  listedApart: string[][] = [],
): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    let cur = x;
    while (parent.get(cur) !== root) {
      const next = parent.get(cur) as string;
      parent.set(cur, root);
      cur = next;
    }
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const all = new Set(names.map(normaliseName).filter(Boolean));
  for (const p of pairs) {
    all.add(normaliseName(p.name));
    all.add(normaliseName(p.alias));
  }
  for (const n of all) parent.set(n, n);
  for (const p of pairs) union(normaliseName(p.name), normaliseName(p.alias));
  const listsOf = new Map<string, number[]>();
  listedApart.forEach((list, k) => {
    for (const name of list) {
      const n = normaliseName(name);
      listsOf.set(n, [...(listsOf.get(n) ?? []), k]);
    }
  });
  const isListedApart = (a: string, b: string): boolean =>
    (listsOf.get(a) ?? []).some((k) => (listsOf.get(b) ?? []).includes(k));
  // Each name by what stands before one of its "of"s: "council of ministers" for "council of
  // ministers of saudi arabia".
  const namesOfPlace = new Map<string, string[]>();
  for (const name of all)
    for (let at = name.indexOf(' of '); at !== -1; at = name.indexOf(' of ', at + 1)) {
      const bucket = namesOfPlace.get(name.slice(0, at));
      if (bucket) bucket.push(name);
      else namesOfPlace.set(name.slice(0, at), [name]);
    }
  for (const n of all) {
    // "Board of the Commission" and "Board of Commission": one name with and without "the".
    const withoutThe = n.replaceAll(' of the ', ' of ');
    if (withoutThe !== n && all.has(withoutThe)) union(n, withoutThe);
    // "State Agency for Fisheries" and "State Agency of Fisheries": a translated name whose
    // "for" and "of" are used in turn is one body.
    for (let at = n.indexOf(' for '); at !== -1; at = n.indexOf(' for ', at + 1)) {
      const withOf = `${n.slice(0, at)} of ${n.slice(at + 5)}`;
      if (all.has(withOf) && !isListedApart(n, withOf)) union(n, withOf);
    }
    // "X of <place>" with no head word after "of": X is the document's short form.
    let at = n.indexOf(' of ');
    while (at !== -1) {
      const prefix = n.slice(0, at);
      const rest = n.slice(at + 4).split(' ');
      // "Parliament" and "Parliament of Lakeland": an institution's head word alone is its short form.
      const isShort = /\s/.test(prefix) || INSTITUTION_WORDS.has(prefix);
      // "Board of Management of the Authority": "of the <head word>" points back to the page's
      // body, so the name before it is its short form too.
      const isBackReference = rest.length === 2 && rest[0] === 'the' && HEAD_WORDS.has(rest[1] ?? '');
      // "Board of Governors of the Malta Gaming Authority" and "Board of Governors", where the
      // page names that authority on its own too: the organ's short form.
      // Only one such organ is named ("General Office of the A" beside "General Office of the
      // B" leaves "General Office" to neither).
      const isOfNamedBody =
        rest[0] === 'the' &&
        all.has(rest.slice(1).join(' ')) &&
        !isListedApart(n, prefix) &&
        namesOfPlace.get(prefix)?.length === 1;
      if (all.has(prefix) && (!rest.some((w) => HEAD_WORDS.has(w)) || isBackReference || isOfNamedBody) && isShort)
        union(n, prefix);
      at = n.indexOf(' of ', at + 1);
    }
    // "Department of Administration and Supplies" and the list item "Administration and
    // Supplies": a unit named without its leading head word.
    const headInitial = UNIT_OF.exec(n);
    if (headInitial && all.has(headInitial[1] as string) && (headInitial[1] as string).includes(' '))
      union(n, headInitial[1] as string);
    // "... the Administration, Service Desk ... divisions" and "The Administration Division
    // oversees ...": the unit named with its kind after it.
    const headFinal = UNIT_WITH_KIND.exec(n);
    if (headFinal && all.has(headFinal[1] as string)) union(n, headFinal[1] as string);
    // "Ministry of Finance" and "Finance Ministry", "Department of the Interior" and
    // "Interior Department": one body written head-initial and head-final.
    const headFirst = HEAD_OF_TOPIC.exec(n);
    if (headFirst && HEAD_WORDS.has(headFirst[1] as string)) {
      const topic = (headFirst[2] as string).split(' ');
      const flipped = `${topic.join(' ')} ${headFirst[1] as string}`;
      if (all.has(flipped) && !topic.some((w) => HEAD_WORDS.has(w)) && !isListedApart(n, flipped)) union(n, flipped);
    }
    // "Saudi Council of Ministers" and "Council of Ministers of Saudi Arabia", "Georgian
    // Security Service" and "Security Service of Georgia": the place before the name or after it.
    const [place, ...named] = n.split(' ');
    if (place && named.length >= 2 && HEAD_WORDS.has(named[0] as string)) {
      const body = named.join(' ');
      for (const other of namesOfPlace.get(body) ?? []) {
        const where =
          other
            .slice(body.length + 4)
            .replace(/^the /, '')
            .split(' ')[0] ?? '';
        if (sharedStem(place, where) >= MIN_PLACE_STEM) union(n, other);
      }
    }
    const scoped = LEADING_SCOPE.exec(n);
    if (scoped) {
      const rest = n.slice(scoped[0].length);
      if (all.has(rest) && HEAD_WORDS.has(rest.split(' ')[0] ?? '') && rest.includes(' of ')) union(n, rest);
    }
    const words = n.split(' ');
    const last = words[words.length - 1] ?? '';
    // A truncation that drops leading words ("Immigration Service" for "Nigeria Immigration
    // Service") names the same body when two words or more and the head word remain.
    // "Radio Administration Bureau" and "Radio Administration" are one body, but an arm named
    // after its body ("National Assembly Service", "Cabinet Secretariat") is another.
    if (
      words.length >= 3 &&
      HEAD_WORDS.has(last) &&
      HEAD_WORDS.has(words[words.length - 2] ?? '') &&
      !ARM_OF_BODY.has(last)
    ) {
      const shorter = words.slice(0, -1).join(' ');
      if (all.has(shorter)) union(n, shorter);
    }
    for (let cut = 1; cut <= words.length - 2; cut++) {
      const tail = words.slice(cut).join(' ');
      const dropped = words.slice(0, cut);
      if (
        all.has(tail) &&
        HEAD_WORDS.has(last) &&
        !isListedApart(n, tail) &&
        // "Andean Community General Secretariat" and "General Secretariat": the dropped words
        // may name the body an arm is named after; the tail keeps two words and the head.
        !dropped.some((w) => w === 'of' || w === 'the' || w === 'and')
      )
        union(n, tail);
    }
  }
  for (const [short, long] of spelledInitialsPairs([...names, ...pairs.flatMap((p) => [p.name, p.alias])]))
    if (!isListedApart(normaliseName(short), normaliseName(long))) union(normaliseName(short), normaliseName(long));
  // Acronym <-> initials and mixed short forms: "AUC", "AU Commission" and "African Union
  // Commission" are one body when their initials agree (several words on the long side, and
  // the same head word where both have one).
  const byInitials = new Map<string, string[]>();
  for (const name of [...names, ...pairs.flatMap((p) => [p.name, p.alias])]) {
    const key = initialsOf(name);
    if (key.length < 2) continue;
    byInitials.set(key, [...(byInitials.get(key) ?? []), name]);
  }
  for (const group of byInitials.values()) {
    const isAcronym = (n: string): boolean => /^\p{Lu}[\p{Lu}\d&]+$/u.test(n);
    const longForms = group.filter((n) => !isAcronym(n) && n.trim().split(/\s+/).length >= 2);
    const headOf = (n: string): string => (n.trim().split(/\s+/).pop() ?? '').toLowerCase();
    // An acronym whose long forms have different head words ("Federal Privacy Council",
    // "Forest Planning Committee") is ambiguous: it joins none of them.
    const isAmbiguous = new Set(longForms.map(headOf)).size > 1;
    for (const a of group) {
      if (isAcronym(a) && isAmbiguous) continue;
      for (const b of longForms) {
        if (a === b) continue;
        const sameHead = isAcronym(a) || headOf(a) === headOf(b);
        const hasCapitalWord = isAcronym(a) || /\b\p{Lu}{2,}\b/u.test(a) || /\b\p{Lu}{2,}\b/u.test(b);
        if (sameHead && hasCapitalWord) union(normaliseName(a), normaliseName(b));
      }
    }
  }
  const out = new Map<string, string>();
  for (const n of all) out.set(n, find(n));
  return out;
}
