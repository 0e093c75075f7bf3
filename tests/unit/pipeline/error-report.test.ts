// The CLI's one reporter maps the coded errors of every layer to their exit codes, a lost
// connection no command described to KG_DB_UNAVAILABLE, and anything else (a bug, or a
// system error that no layer translated) to 1.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnalysisError } from '../../../cypher/errors.ts';
import { GraphError, ServerSilentError } from '../../../graph/errors.ts';
import { reportError } from '../../../pipeline/cli.ts';
import { isKgError, KgError } from '../../../pipeline/errors.ts';

describe('reportError', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['graph', new GraphError('KG_DB_AUTH', 'Neo4j at bolt://x rejected the credentials'), 6, 'KG_DB_AUTH'],
    ['graph', new GraphError('KG_QUERY_TIMEOUT', 'analysis "x" took too long'), 12, 'KG_QUERY_TIMEOUT'],
    ['cypher', new AnalysisError('KG_USAGE', 'No analysis named "x"'), 2, 'KG_USAGE'],
    ['pipeline', new KgError('KG_REMOVALS_REFUSED', 'would remove 5 documents'), 11, 'KG_REMOVALS_REFUSED'],
  ])('maps a %s error to its exit code and prints its code', (_layer, error, exitCode, code) => {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void printed.push(String(line)));
    expect(reportError(error)).toBe(exitCode);
    expect(printed).toEqual([`kg: ${error.message} [${code}]`]);
  });

  it('treats an error whose code no layer gives (ENOENT) as unexpected: exit 1', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const system = Object.assign(new Error('no such file'), { code: 'ENOENT' });
    expect(reportError(system)).toBe(1);
    expect(isKgError(system)).toBe(false);
  });

  it('maps a lost connection no command described (a driver code, a silent server) to KG_DB_UNAVAILABLE: exit 5', () => {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void printed.push(String(line)));
    const driver = Object.assign(new Error('lost'), { code: 'ServiceUnavailable' });
    expect(isKgError(driver)).toBe(false);
    expect(reportError(driver)).toBe(5);
    expect(reportError(new ServerSilentError('Neo4j at bolt://x stopped answering'))).toBe(5);
    expect(printed).toEqual([
      'kg: Lost the connection to Neo4j: lost. Is the server still running? [KG_DB_UNAVAILABLE]',
      'kg: Neo4j at bolt://x stopped answering. Is the server still running? [KG_DB_UNAVAILABLE]',
    ]);
  });

  it('tells codes apart when asked for one', () => {
    const error = new GraphError('KG_DB_QUERY', 'failed');
    expect(isKgError(error, 'KG_DB_QUERY')).toBe(true);
    expect(isKgError(error, 'KG_USAGE')).toBe(false);
    expect(isKgError({ code: 'KG_USAGE', message: 'not an Error' })).toBe(false);
  });
});
