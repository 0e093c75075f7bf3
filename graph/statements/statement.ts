// What every statement file builds on: a named statement, and the relation-type pattern
// that spans every extracted type. Labels and types come only from graph/model.ts.
import { RELATION_TYPES } from '../model.ts';
import type { Statement } from '../runner.ts';

/** A named statement; the text is trimmed so that logs and tests see it as written. */
export function statement(name: string, text: string): Statement {
  return { name, text: text.trim() };
}

/** `A|B|C` over the extracted relation types, for patterns that span them all. */
export const EXTRACTED_TYPES = RELATION_TYPES.join('|');
