// The pure parts of `kg serve`: who may bind where, bearer checks, ETag matching, evidence
// parsing and the escaping of search text.
import { describe, expect, it } from 'vitest';
import { parseEvidence, toFulltextQuery } from '../../../graph/dashboard-reads.ts';
import { graphEtag, matchesIfNoneMatch } from '../../../pipeline/serve/etag.ts';
import { ResultCache } from '../../../pipeline/serve/result-cache.ts';
import { assertServeAllowed, isAuthorized, isLoopbackHost } from '../../../pipeline/serve/security.ts';

describe('kg serve helpers', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['example.org', false],
  ])('isLoopbackHost(%s) is %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });

  it('refuses a non-loopback bind without a token, naming the variable', () => {
    expect(() => assertServeAllowed('0.0.0.0', undefined)).toThrow(/KG_SERVE_TOKEN/);
    expect(() => assertServeAllowed('0.0.0.0', '')).toThrow(/KG_SERVE_TOKEN/);
    expect(() => assertServeAllowed('0.0.0.0', 'secret')).not.toThrow();
    expect(() => assertServeAllowed('127.0.0.1', undefined)).not.toThrow();
  });

  it('accepts exactly the bearer token', () => {
    expect(isAuthorized('Bearer s3cret', 's3cret')).toBe(true);
    expect(isAuthorized('bearer s3cret', 's3cret')).toBe(true);
    expect(isAuthorized('Bearer s3cre', 's3cret')).toBe(false);
    expect(isAuthorized('Basic s3cret', 's3cret')).toBe(false);
    expect(isAuthorized(undefined, 's3cret')).toBe(false);
  });

  it('derives one ETag per ingest run and matches If-None-Match weakly, in lists and with *', () => {
    const etag = graphEtag('run-1', '1');
    expect(graphEtag('run-1', '1')).toBe(etag);
    expect(graphEtag('run-2', '1')).not.toBe(etag);
    expect(graphEtag(null, '1')).not.toBe(etag);
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(etag.replace('W/', ''), etag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", ${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
  });

  it('splits evidence at the last two colons (document ids may hold colons)', () => {
    expect(parseEvidence('seeds/a.txt:10:25')).toEqual({ document: 'seeds/a.txt', start: 10, end: 25 });
    expect(parseEvidence('c:/docs/a:b.txt:0:5')).toEqual({ document: 'c:/docs/a:b.txt', start: 0, end: 5 });
    expect(parseEvidence('no-span')).toBeUndefined();
  });

  it('escapes Lucene syntax so typed text searches for its words', () => {
    expect(toFulltextQuery('  radio   spectrum ')).toBe('radio spectrum');
    expect(toFulltextQuery('AND (Radio')).toBe('and \\(radio');
    expect(toFulltextQuery('a:b "c" d*')).toBe('a\\:b \\"c\\" d\\*');
    expect(toFulltextQuery('   ')).toBe('');
  });

  it('keeps answers per ingest run, drops the least recently used, and never keeps a large one', () => {
    const cache = new ResultCache(2, 10);
    cache.set('/a', 'run-1', 'application/json', '{"a":1}');
    expect(cache.get('/a', 'run-1')?.body).toBe('{"a":1}');
    expect(cache.get('/a', 'run-2')).toBeUndefined();
    expect(cache.get('/a', null)).toBeUndefined();
    cache.set('/b', 'run-1', 'text/csv', 'b');
    expect(cache.get('/a', 'run-1')).toBeDefined(); // /a is now the most recently used
    cache.set('/c', 'run-1', 'text/csv', 'c');
    expect(cache.get('/b', 'run-1')).toBeUndefined();
    expect(cache.get('/a', 'run-1')).toBeDefined();
    cache.set('/big', 'run-1', 'text/csv', 'x'.repeat(11));
    expect(cache.get('/big', 'run-1')).toBeUndefined();
  });
});
