// Every Cypher statement the tool runs lives in graph/statements/ (or is an analysis in
// cypher/*.cypher): a string literal anywhere else in the product that reads like a
// statement fails this test, naming the file and line. tests/ and bench/ are left out on
// purpose: tests read the graph with Cypher of their own, so that what they expect does not
// come from the code under test, and the benchmark's raw baseline must not be the tool's.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../pipeline/project-root.ts';

const PRODUCT_FOLDERS = ['extractors', 'graph', 'cypher', 'pipeline', 'bin', 'web/src', 'scripts'];
const STATEMENTS_FOLDER = 'graph/statements/';

/**
 * Text that reads like a Cypher statement: a clause keyword (upper case, as this project
 * writes Cypher) followed by what only Cypher puts after it: a pattern, a parameter, a
 * procedure, or the next part of a clause.
 */
const CYPHER_SHAPES: RegExp[] = [
  /\b(?:OPTIONAL MATCH|MATCH|MERGE|CREATE)\s*\(/,
  /\bUNWIND\s+[$\w[]+.*\bAS\b/,
  /\bRETURN\s+(?:DISTINCT\s+)?[\w$([{*]/,
  /\bCALL\s+(?:db|dbms|apoc|gds)\.\w/,
  /\bCALL\s*\([\w\s,]*\)\s*\{/,
  /\bSHOW\s+(?:CONSTRAINTS|INDEXES)\b/,
  /\b(?:CREATE|DROP)\s+(?:CONSTRAINT|INDEX|FULLTEXT INDEX|RANGE INDEX|TEXT INDEX)\b/,
  /\bDETACH\s+DELETE\s+\w/,
  /^\s*(?:EXPLAIN|PROFILE)\s/,
];

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(join(PROJECT_ROOT, folder), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(?:ts|mjs|js)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** The text of every string and template literal in a source text, with its line. */
function literals(path: string, text: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    // A template's pieces joined with a placeholder, so a clause split by ${...} still shows.
    else if (ts.isTemplateExpression(node))
      text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('x');
    if (text !== undefined) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `path:line: text` for each literal that reads like Cypher in a file outside graph/statements/. */
function strayCypher(path: string, text: string): string[] {
  if (path.startsWith(STATEMENTS_FOLDER)) return [];
  return literals(path, text)
    .filter((literal) => CYPHER_SHAPES.some((shape) => shape.test(literal.text)))
    .map((literal) => `${path}:${literal.line}: ${literal.text.trim().slice(0, 80)}`);
}

const read = (path: string): string => readFileSync(join(PROJECT_ROOT, path), 'utf8');

describe('the home of Cypher', () => {
  it('recognises statements, and leaves keywords in prose and lists alone', () => {
    const reads = (text: string) => CYPHER_SHAPES.some((shape) => shape.test(text));
    expect(reads('MATCH (n:Agency) RETURN n.name')).toBe(true);
    expect(reads('UNWIND $rows AS row MERGE (n {id: row.id})')).toBe(true);
    expect(reads('CALL db.awaitIndexes(300)')).toBe(true);
    expect(reads('SHOW CONSTRAINTS YIELD name RETURN name')).toBe(true);
    expect(reads('EXPLAIN x')).toBe(true);
    expect(reads('CREATE')).toBe(false);
    expect(reads('kg query only reads; CREATE writes to the database')).toBe(false);
    expect(reads('LOAD CSV')).toBe(false);
  });

  it('finds statements in string and template literals outside graph/statements/, with their line', () => {
    const schema = [
      "const constraints = await runSchemaStatement(driver, database, { name: 'show', text: 'SHOW CONSTRAINTS YIELD name RETURN name' });",
      'const ddl = `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.id)`;',
      "const note = 'CREATE writes to the database';",
    ].join('\n');
    expect(strayCypher('graph/schema.ts', schema)).toEqual([
      'graph/schema.ts:1: SHOW CONSTRAINTS YIELD name RETURN name',
      'graph/schema.ts:2: CREATE INDEX x IF NOT EXISTS FOR (n:x) ON (n.id)',
    ]);
    expect(strayCypher('graph/statements/schema.ts', schema)).toEqual([]);
    // The statement files do hold what the rule looks for: the rule is not blind.
    const load = read('graph/statements/load.ts');
    expect(
      literals('graph/statements/load.ts', load).filter((literal) =>
        CYPHER_SHAPES.some((shape) => shape.test(literal.text)),
      ).length,
    ).toBeGreaterThan(10);
  });

  it('keeps every statement of the product in graph/statements/ or cypher/*.cypher', () => {
    const files = PRODUCT_FOLDERS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((path) => strayCypher(path, read(path)))).toEqual([]);
  });
});
