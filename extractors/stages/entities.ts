// Stage "entities": the document's LocalGraph, with one entity per typed body group, law and
// person. Every mention adds its name and span under the rule that found it. From here on,
// stages add facts to this graph and read only these entities from it.
import type { OrganisationMention } from '../agencies.ts';
import type { AliasPair } from '../aliases.ts';
import { rangeKey, type KeyedBody, type KeyedLaw } from '../document-context.ts';
import { LocalGraph, nameKey } from '../local-graph.ts';
import { lawAliases } from '../law-aliases.ts';
import { nameWithoutAffixes } from '../people.ts';
import type { DocumentMentions } from '../mentions.ts';
import type { PersonMention } from '../people.ts';
import { normaliseName } from '../normalise-name.ts';
import { RangeIndex } from '../range-index.ts';
import { rangeText } from '../spans.ts';
import type { Stage } from '../stage-list.ts';
import type { TextRange } from '../types.ts';
import type { FoundUnits } from './units.ts';

/** What the entities stage adds: the graph, and the keyed mentions the relation stages look up. */
export interface Entities {
  graph: LocalGraph;
  /** Body mentions with their keys, sorted by start (longest first). */
  orgs: KeyedBody[];
  orgIndex: RangeIndex<KeyedBody>;
  /** Entity key of the body mention at exactly a range (rangeKey). */
  orgKeyAt: Map<string, string>;
  laws: KeyedLaw[];
  lawIndex: RangeIndex<KeyedLaw>;
  /** The mentions, people refined: a listed unit is not a person. */
  mentions: DocumentMentions;
}

type EntitiesInput = {
  text: string;
  mentions: DocumentMentions;
  bodies: OrganisationMention[];
  aliasPairs: AliasPair[];
  bodyKeys: Map<string, string>;
  units: FoundUnits;
};

export const entitiesStage: Stage<EntitiesInput, Entities> = {
  name: 'entities',
  does: 'one entity per typed body group, law (short forms keyed with their full title) and person, each mention under its rule; a body name written again elsewhere is a mention of it; a listed unit is not a person',
  modules: ['stages/entities.ts', 'local-graph.ts', 'law-aliases.ts', 'spelled-initials.ts', 'document-context.ts'],
  run: ({ text, mentions, bodies, aliasPairs, bodyKeys, units }) => {
    const graph = new LocalGraph();
    const nameOf = (r: TextRange): string => rangeText(text, r);
    const orgKeyAt = new Map<string, string>();
    const orgs: KeyedBody[] = [];
    for (const o of bodies) {
      const key = bodyKeys.get(normaliseName(nameOf(o.range)));
      if (!key) continue;
      graph.addEntity(
        key,
        key.startsWith('Department') ? 'Department' : 'Agency',
        nameOf(o.range),
        o.range,
        o.extractor,
      );
      orgKeyAt.set(rangeKey(o.range), key);
      orgs.push(o.parent ? { range: o.range, key, parent: o.parent } : { range: o.range, key });
    }
    for (const p of aliasPairs) {
      const key = bodyKeys.get(normaliseName(p.alias));
      if (key)
        graph.addEntity(
          key,
          key.startsWith('Department') ? 'Department' : 'Agency',
          p.alias,
          p.aliasRange,
          p.extractor,
        );
    }
    // "The Plenum is the highest body": a unit a list named without a head word is the same
    // body wherever the page writes its name again.
    const named = new RangeIndex(orgs);
    for (const { range, name } of occurrencesOf(text, [...new Set(bodies.map((o) => nameOf(o.range)))])) {
      const key = bodyKeys.get(normaliseName(name));
      if (!key || named.overlapping(range).length > 0) continue;
      graph.addEntity(
        key,
        key.startsWith('Department') ? 'Department' : 'Agency',
        name,
        range,
        'agencies:name-occurrence',
      );
      orgKeyAt.set(rangeKey(range), key);
      orgs.push({ range, key });
    }
    orgs.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);

    const laws: KeyedLaw[] = [];
    const lawShortForms = lawAliases(text, mentions.laws);
    // "Branch: Corporate Strategy": a name a unit list gives a unit is the unit's, wherever it
    // stands, not an instrument's.
    const unitNames = new Set(units.items.map((u) => normaliseName(nameOf(u.unit))));
    for (const l of mentions.laws) {
      const name = nameOf(l.range);
      if (unitNames.has(normaliseName(name))) continue;
      const key = graph.addEntity(
        nameKey('Law', lawShortForms.get(normaliseName(name)) ?? name),
        'Law',
        name,
        l.range,
        l.extractor,
      );
      laws.push({ range: l.range, key });
    }
    // A unit-list item is a unit, not a person ("Corporate Services – Handles finance").
    const unitIndex = new RangeIndex(units.items.map((u) => ({ range: u.unit })));
    // "Matthew Rycroft CBE has been appointed ...": the letters after a name are no part of it.
    const listed = mentions.people
      .filter((p) => unitIndex.overlapping(p.range).length === 0)
      .map((p) => ({ ...p, range: nameWithoutAffixes(text, p.range) }));
    // "Mr Quinlivan": the one person of that surname the page names in full, else no one.
    const fullNames = [...new Set(listed.filter((p) => !p.isSurname).map((p) => nameOf(p.range)))];
    const people = listed.flatMap((p): PersonMention[] => {
      if (!p.isSurname) return [p];
      const surname = nameOf(p.range);
      const whose = fullNames.filter((n) => n.split(/\s+/).pop() === surname && n !== surname);
      return whose.length === 1 ? [{ ...p, fullName: whose[0] as string }] : [];
    });
    for (const p of people) {
      const name = p.fullName ?? nameOf(p.range);
      graph.addEntity(nameKey('Person', name), 'Person', name, p.range, p.extractor);
    }
    return {
      graph,
      orgs,
      orgIndex: new RangeIndex(orgs),
      orgKeyAt,
      laws,
      lawIndex: new RangeIndex(laws),
      mentions: { ...mentions, people },
    };
  },
};

// Past this many names a page is a generated list, not prose that names its bodies again.
const MAX_REPEATED_NAMES = 400;
// Up to this many distinct first words, each is searched for in the text (a few fast string
// searches); past it, one pass over all the words of the text costs less.
const MAX_SEARCHED_FIRST_WORDS = 16;
const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_AFTER = /^[\p{L}\p{N}]/u;

interface WordStart {
  at: number;
  /** The names that open with the word starting at `at`. */
  names: string[];
}

/** The words of `lower` that open a name, in order: one search per first word. */
function searchWordStarts(lower: string, byFirstWord: ReadonlyMap<string, string[]>): WordStart[] {
  const starts: WordStart[] = [];
  for (const [first, names] of byFirstWord)
    for (let at = lower.indexOf(first); at !== -1; at = lower.indexOf(first, at + 1)) {
      // A whole word, as the pass over the words reads it: two code units either side hold
      // the neighbouring character, a surrogate pair included.
      const end = at + first.length;
      if (
        !LETTER_OR_DIGIT_BEFORE.test(lower.slice(Math.max(0, at - 2), at)) &&
        !LETTER_OR_DIGIT_AFTER.test(lower.slice(end, end + 2))
      )
        starts.push({ at, names });
    }
  return starts.sort((a, b) => a.at - b.at);
}

/** The words of `lower` that open a name, in order: one pass over all its words. */
function scanWordStarts(lower: string, byFirstWord: ReadonlyMap<string, string[]>): WordStart[] {
  const starts: WordStart[] = [];
  for (const word of lower.matchAll(/[\p{L}\p{N}]+/gu)) {
    const names = byFirstWord.get(word[0]);
    if (names) starts.push({ at: word.index, names });
  }
  return starts;
}

// Where names stand on their own: as a whole word, not inside a longer capitalised name, or as
// a whole line in another case ("### Board of parliament" heads the Board of Parliament's
// section). Each word that opens a name is tried against the names that open with it.
function occurrencesOf(text: string, names: string[]): Array<{ range: TextRange; name: string }> {
  const out: Array<{ range: TextRange; name: string }> = [];
  if (names.length > MAX_REPEATED_NAMES) return out;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return out;
  const byFirstWord = new Map<string, string[]>();
  for (const name of names) {
    const first = /^[\p{L}\p{N}]+/u.exec(name.toLowerCase())?.[0];
    if (first) byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), name]);
  }
  const starts =
    byFirstWord.size <= MAX_SEARCHED_FIRST_WORDS
      ? searchWordStarts(lower, byFirstWord)
      : scanWordStarts(lower, byFirstWord);
  for (const { at, names: opening } of starts) {
    for (const name of opening) {
      if (!lower.startsWith(name.toLowerCase(), at)) continue;
      const before = text.slice(Math.max(0, at - 30), at);
      const after = text.slice(at + name.length, at + name.length + 30);
      const range = { start: at, end: at + name.length };
      if (text.slice(at, at + name.length) !== name) {
        if (/^[ \t#*>\d.)]*$/.test(before.slice(before.lastIndexOf('\n') + 1)) && /^[ \t*:：]*(?:\n|$)/.test(after))
          out.push({ range, name });
        continue;
      }
      if (/[\p{L}\p{N}'’-]$/u.test(before) || /^[\p{L}\p{N}-]/u.test(after)) continue;
      // "the Finance Division" holds "Finance"; "Plenum of X" is still the Plenum.
      // A line break ends a name: the capitalised word on the next line is no part of it.
      if (/\p{Lu}[\p{L}'’.-]*[ \t]+$/u.test(before) && !/(?:^|\s)(?:The|A|An)[ \t]+$/.test(before)) continue;
      if (/^[ \t]+\p{Lu}/u.test(after)) continue;
      out.push({ range, name });
    }
  }
  return out;
}
