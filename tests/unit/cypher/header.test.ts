// The header comment block of analysis files: names, descriptions, typed parameters with
// defaults, directives, and errors that name the line.
import { describe, expect, it } from 'vitest';
import { HeaderError, parseAnalysisHeader, type ParamSpec } from '../../../cypher/header.ts';
import { listAnalyses } from '../../../cypher/catalog.ts';
import { ANALYSES_DIR } from '../../../pipeline/project-root.ts';

describe('parseAnalysisHeader', () => {
  it('reads name, description, params, quote and json directives, and stops at the first Cypher line', () => {
    const header = parseAnalysisHeader(
      [
        '// name: departments-of-agency',
        '// description: Departments of an agency, with their responsibilities',
        '// param: agency string = "Ministry of Industry and Information Technology"',
        '// param: limit integer = 10',
        '// a free note',
        '// quote: path sha256 start end -> quote',
        '// json: outcomes, options',
        'MATCH (n) RETURN n',
        '// param: late string = "ignored"',
      ].join('\n'),
    );
    expect(header.name).toBe('departments-of-agency');
    expect(header.description).toBe('Departments of an agency, with their responsibilities');
    expect(header.params).toEqual([
      { name: 'agency', type: 'string', isNullable: false, default: 'Ministry of Industry and Information Technology' },
      { name: 'limit', type: 'integer', isNullable: false, default: 10n },
    ]);
    expect(header.quote).toEqual({ path: 'path', sha256: 'sha256', start: 'start', end: 'end', into: 'quote' });
    expect(header.jsonColumns).toEqual(['outcomes', 'options']);
  });

  it.each<[string, ParamSpec]>([
    ['text string', { name: 'text', type: 'string', isNullable: false }],
    ['body string? = null', { name: 'body', type: 'string', isNullable: true, default: null }],
    ['limit integer = 25', { name: 'limit', type: 'integer', isNullable: false, default: 25n }],
    ['ratio float = 0.5', { name: 'ratio', type: 'float', isNullable: false, default: 0.5 }],
    ['ratio float = 2', { name: 'ratio', type: 'float', isNullable: false, default: 2 }],
    ['strict boolean = false', { name: 'strict', type: 'boolean', isNullable: false, default: false }],
    ['quoted string = "a \\"b\\" = c"', { name: 'quoted', type: 'string', isNullable: false, default: 'a "b" = c' }],
  ])('param: %s', (text, expected) => {
    expect(parseAnalysisHeader(`// param: ${text}\nRETURN 1`).params).toEqual([expected]);
  });

  it.each([
    ['// param: limit integer = 2.5', /line 1: default of "limit" is 2.5, which is not a integer/],
    ['// param: limit number = 1', /type "number"; expected one of string, integer, float, boolean/],
    ['// param: body string = null', /not nullable \(write string\?\)/],
    ['// param: agency string = Ministry', /not a JSON literal/],
    ['// param: bad-name string', /not a Cypher parameter name/],
    ['// name: Departments Of Agency', /not kebab-case/],
    ['// param: a string\n// param: a integer', /line 2: param "a" is declared twice/],
    ['// quote: path start end', /PATH_COLUMN SHA256_COLUMN START_COLUMN END_COLUMN -> NEW_COLUMN/],
  ])('rejects %j', (text, message) => {
    expect(() => parseAnalysisHeader(text)).toThrow(HeaderError);
    expect(() => parseAnalysisHeader(text)).toThrow(message);
  });
});

describe('the named analyses in cypher/', () => {
  const analyses = listAnalyses(ANALYSES_DIR);

  it('each has a unique name, a description, and defaults for every parameter', () => {
    expect(analyses.length).toBeGreaterThanOrEqual(10);
    for (const analysis of analyses) {
      expect(analysis.description, analysis.name).toBeTruthy();
      expect(analysis.path.endsWith(`${analysis.name}.cypher`), analysis.name).toBe(true);
      for (const param of analysis.params) expect(param.default, `${analysis.name}.${param.name}`).not.toBeUndefined();
    }
  });

  it('uses every declared parameter, and declares every parameter it uses', () => {
    for (const analysis of analyses) {
      const body = analysis.cypher.replace(/^\s*\/\/.*$/gm, '');
      const used = new Set([...body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]));
      expect([...used].sort(), analysis.name).toEqual(analysis.params.map((param) => param.name).sort());
    }
  });
});

describe('search-responsibilities and the loader schema', () => {
  it('defaults to the full-text index the loader creates', async () => {
    const { SCHEMA_STATEMENTS } = await import('../../../graph/statements/schema.ts');
    const analysis = listAnalyses(ANALYSES_DIR).find((candidate) => candidate.name === 'search-responsibilities')!;
    const index = analysis.params.find((param) => param.name === 'index')!.default;
    const fulltext = SCHEMA_STATEMENTS.find((statement) => statement.text.includes('FULLTEXT INDEX'));
    expect(fulltext?.name).toBe(index);
  });
});
