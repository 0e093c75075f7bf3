// GOVERNED_BY by shape (GUIDELINES Laws: "instruments that found a body ... give a required
// GOVERNED_BY"): an instrument named after a body ("National Security Council Act 2015",
// "Higher Salaries Commission Act 1977") governs that body; a statute whose text the
// document is (its title names the instrument) governs the body the document is about.
import type { LocalGraph } from './local-graph.ts';
import { normaliseName } from './normalise-name.ts';
import type { TextRange } from './types.ts';

interface Named {
  range: TextRange;
  key: string;
}

const MIN_BODY_WORDS = 2;

/** Adds GOVERNED_BY for eponymous instruments and for the statute a document reproduces. */
export function addGoverningLaws(
  graph: LocalGraph,
  bodies: Named[],
  laws: Named[],
  subject: string | null,
  title: TextRange | null,
): void {
  const namesOf = (key: string): string[] => [...(graph.entities.get(key)?.names.keys() ?? [])].map(normaliseName);
  const bodyNames = new Map<string, string[]>();
  for (const b of bodies)
    if (!bodyNames.has(b.key))
      bodyNames.set(
        b.key,
        namesOf(b.key).filter((n) => n.split(' ').length >= MIN_BODY_WORDS),
      );
  // Which bodies an instrument is named after, once per instrument (a law is cited many times).
  const eponyms = new Map<string, string[]>();
  const bodiesNamedIn = (key: string): string[] => {
    const lawNames = namesOf(key).map((l) => ` ${l} `);
    return [...bodyNames]
      .filter(([, names]) => names.some((n) => lawNames.some((l) => l.includes(` ${n} `))))
      .map(([body]) => body);
  };
  for (const law of laws) {
    let named = eponyms.get(law.key);
    if (!named) eponyms.set(law.key, (named = bodiesNamedIn(law.key)));
    for (const body of named)
      graph.addRelation('GOVERNED_BY', body, law.key, law.range, 'relations:eponymous-instrument');
    if (subject && title && law.range.start >= title.start && law.range.end <= title.end)
      graph.addRelation('GOVERNED_BY', subject, law.key, law.range, 'relations:statute-title');
  }
}
