// Static check for write clauses in Cypher text: the first of two guards `kg query` applies
// (the second is the server: EXPLAIN's query type and a READ transaction). It blanks out
// strings, quoted identifiers and comments, then looks for write and admin keywords as
// whole words that are not property keys, labels, parameters or map keys.

/** A write or admin clause found in Cypher text, with its place. */
export interface WriteClause {
  /** The clause as written, upper-cased and with single spaces (`LOAD CSV`, `IN TRANSACTIONS`). */
  clause: string;
  /** Offset into the text. */
  offset: number;
  line: number;
  column: number;
}

// Keyword sequences that write data or schema, or administer the DBMS. FOREACH exists only
// to write; `IN TRANSACTIONS` is CALL { ... } IN TRANSACTIONS.
const WRITE_CLAUSES: readonly (readonly string[])[] = [
  ['CREATE'],
  ['MERGE'],
  ['DELETE'],
  ['DETACH'],
  ['SET'],
  ['REMOVE'],
  ['DROP'],
  ['FOREACH'],
  ['LOAD', 'CSV'],
  ['IN', 'TRANSACTIONS'],
  ['ALTER'],
  ['GRANT'],
  ['DENY'],
  ['REVOKE'],
  ['RENAME'],
  ['TERMINATE'],
  ['START', 'DATABASE'],
  ['STOP', 'DATABASE'],
  ['ENABLE', 'SERVER'],
  ['DEALLOCATE'],
  ['REALLOCATE'],
];

/**
 * Replaces the content of string literals, backtick-quoted names and comments with spaces,
 * keeping every offset, so keyword search sees only Cypher syntax.
 */
export function blankLiteralsAndComments(text: string): string {
  const out = text.split('');
  let i = 0;
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to; k += 1) if (out[k] !== '\n') out[k] = ' ';
  };
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1];
    if (char === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (char === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (char === "'" || char === '"' || char === '`') {
      let k = i + 1;
      while (k < text.length) {
        if (char !== '`' && text[k] === '\\') k += 2;
        else if (text[k] === char && char === '`' && text[k + 1] === '`')
          k += 2; // `` escapes a backtick
        else if (text[k] === char) break;
        else k += 1;
      }
      const stop = Math.min(k + 1, text.length);
      // Keep the quotes so `x`.y and 'a' still read as one token of their kind.
      blank(i + 1, stop - 1);
      i = stop;
    } else {
      i += 1;
    }
  }
  return out.join('');
}

interface Word {
  upper: string;
  offset: number;
  /** Property key, label, parameter, map key or namespaced procedure name: not a clause. */
  isName: boolean;
}

function wordsOf(code: string): Word[] {
  const words: Word[] = [];
  for (const match of code.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    const offset = match.index;
    const before = code.slice(0, offset).trimEnd().at(-1);
    const after = code.slice(offset + match[0].length).trimStart()[0];
    const isAlias = words.at(-1)?.upper === 'AS' && /^\s+$/.test(code.slice(words.at(-1)!.offset + 2, offset));
    const isName = isAlias || before === '.' || before === ':' || before === '$' || after === ':' || after === '.';
    words.push({ upper: match[0].toUpperCase(), offset, isName });
  }
  return words;
}

/** Finds the first write or admin clause in Cypher text, ignoring strings and comments; undefined when none. */
export function findWriteClause(text: string): WriteClause | undefined {
  const words = wordsOf(blankLiteralsAndComments(text));
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (word.isName) continue;
    for (const clause of WRITE_CLAUSES) {
      const matches = clause.every((part, k) => {
        const candidate = words[index + k];
        return candidate !== undefined && candidate.upper === part && (k === 0 || !candidate.isName);
      });
      if (!matches) continue;
      const lines = text.slice(0, word.offset).split('\n');
      return { clause: clause.join(' '), offset: word.offset, line: lines.length, column: lines.at(-1)!.length + 1 };
    }
  }
  return undefined;
}
