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

// "The NBI and the PNP shall be responsible for ...", "The Commission may ...": bodies, and
// only bodies, before the modal that gives them a duty or a power.
const MODAL = /\s(?:shall|may|must)\s/;
const SUBJECT_GLUE = /^[\s,]*(?:(?:and|the|The|or)\b[\s,]*)*$/;
const CATCHLINE = /^\s*\p{Lu}[^.—–]{0,60}\.\s*[—–-]+\s*/u;
// "There is hereby created an Office of X", "There is established the X": the body a statute founds.
const FOUNDS = /\bthere\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:created|established|constituted|set\s+up)\b/i;

/**
 * In a statute the document reproduces (its title names the instrument), each body it founds
 * or makes the subject of a duty or a power ("X shall ...") is governed by it (GUIDELINES
 * Laws: instruments that found a body or confer functions on it).
 */
export function addStatuteDuties(
  graph: LocalGraph,
  text: string,
  sentences: readonly TextRange[],
  bodiesIn: (range: TextRange) => Named[],
  statute: Named,
): void {
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    const founds = FOUNDS.exec(slice);
    const modal = founds ? null : MODAL.exec(slice);
    if (!founds && !modal) continue;
    const governed: Named[] = [];
    if (founds) {
      const first = bodiesIn({ start: sentence.start + founds.index + founds[0].length, end: sentence.end })[0];
      if (first) governed.push(first);
    } else if (modal) {
      // "(HPS)": a body's initials in brackets are the body again, not one more subject.
      const subject = bodiesIn({ start: sentence.start, end: sentence.start + modal.index }).filter(
        (b) => text[b.range.start - 1] !== '(',
      );
      // "Enforcement. — The A shall ...": a section's catchline before the subject.
      let at = sentence.start + (CATCHLINE.exec(slice)?.[0].length ?? 0);
      const isOnlyBodies = subject.every((b) => {
        const glue = text.slice(at, b.range.start).replace(/\([\p{Lu}&-]{2,12}\)/gu, '');
        at = b.range.end;
        return SUBJECT_GLUE.test(glue);
      });
      const tail = text.slice(at, sentence.start + modal.index).replace(/\([\p{Lu}&-]{2,12}\)/gu, '');
      if (subject.length > 0 && isOnlyBodies && /^\s*$/.test(tail)) governed.push(...subject);
    }
    for (const body of governed)
      graph.addRelation('GOVERNED_BY', body.key, statute.key, sentence, 'relations:statute-duty');
  }
}
