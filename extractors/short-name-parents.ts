// Units of a body the document names by its head word alone: '"Board" means the Board of the
// Commission', "the Secretariat of the Authority". A bare head word is no name (GUIDELINES:
// generic back-references are not aliases), but when the document names exactly one body
// with that head word, "X of the <head word>" is a unit of that body, as "X of the Y" is.
import type { OrganisationMention } from './agencies.ts';
import { normaliseName } from './normalise-name.ts';
import type { TextRange } from './types.ts';

const UNIT_OF_SHORT_NAME =
  /^(?:Board|Committee|Secretariat|Council|Unit|Division|Section|Branch|Directorate|Office)(?:\s+of\s+(?:Directors|Management|Governors|Trustees|Commissioners))?\s+of\s+(?:the\s+)?(\p{Lu}\p{Ll}+)$/u;

/** Gives "X of the <head word>" mentions the one named body with that head word as parent. */
export function attachUnitsOfShortNames(text: string, organisations: OrganisationMention[]): void {
  for (const org of organisations) {
    if (org.parent) continue;
    const head = UNIT_OF_SHORT_NAME.exec(text.slice(org.range.start, org.range.end))?.[1];
    if (!head) continue;
    // '"Commission" means the X Commission ...' says which body the head word stands for;
    // else it must be the only named body with that head word.
    const defined = definedBody(text, head, organisations);
    const named = organisations.filter((o) => o !== org && headOf(text, o.range) === head);
    const names = new Set(named.map((o) => normaliseName(text.slice(o.range.start, o.range.end))));
    const parent = defined ?? (names.size === 1 ? named[0] : undefined);
    if (!parent) continue;
    org.parent = parent.range;
    org.extractor = 'agencies:x-of-the-y';
  }
}

// The head word of a body's name of two words or more: the first word of "Commission for X",
// the last of "Peace Commission".
function headOf(text: string, range: TextRange): string | null {
  const words = text.slice(range.start, range.end).split(/\s+/);
  if (words.length < 2) return null;
  const ofAt = words.findIndex((w) => /^(?:of|for|on)$/.test(w));
  return ofAt > 0 ? (words[ofAt - 1] as string) : (words[words.length - 1] as string);
}

// The body an interpretation clause gives a head word for: '"Commission" means the X'.
function definedBody(text: string, head: string, organisations: OrganisationMention[]): OrganisationMention | null {
  const clause = new RegExp(`["“']${head}["”']\\s+means\\s+(?:the\\s+)?`, 'u').exec(text);
  if (!clause) return null;
  const at = clause.index + clause[0].length;
  return organisations.find((o) => o.range.start === at) ?? null;
}
