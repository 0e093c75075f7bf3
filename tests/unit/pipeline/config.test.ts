import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDatabaseTarget, validateNeo4jUri } from '../../../pipeline/config.ts';
import { isKgError } from '../../../pipeline/errors.ts';

const emptyRoot = () => mkdtempSync(join(tmpdir(), 'kg-config-'));

describe('validateNeo4jUri', () => {
  it.each([
    'bolt://127.0.0.1:7687',
    'bolt://localhost',
    'neo4j://cluster.example.org:7687',
    'neo4j+s://abcd1234.databases.neo4j.io',
    'bolt+ssc://10.0.0.1:7687',
  ])('accepts %s', (uri) => {
    expect(validateNeo4jUri(uri)).toBe(uri);
  });

  it.each([
    ['http://127.0.0.1:7474', /scheme "http"/],
    ['127.0.0.1:7687', /not a URI/],
    ['bolt://', /no (valid )?host/],
    ['bolt://127.0.0.1:99999', /port "99999"/],
    ['bolt://127.0.0.1:', /port ""/],
    ['bolt://user:pw@127.0.0.1', /must not carry credentials/],
  ])('rejects %s with a message saying what is wrong', (uri, message) => {
    let failure: unknown;
    try {
      validateNeo4jUri(uri);
    } catch (error) {
      failure = error;
    }
    expect(isKgError(failure, 'KG_CONFIG')).toBe(true);
    expect((failure as Error).message).toMatch(message);
  });
});

describe('resolveDatabaseTarget', () => {
  it('targets the local server when no NEO4J_URI is configured', () => {
    expect(resolveDatabaseTarget(emptyRoot(), {})).toEqual({ kind: 'local', username: 'neo4j', database: undefined });
  });

  it('reads .env, and the environment wins over it', () => {
    const root = emptyRoot();
    writeFileSync(
      join(root, '.env'),
      'NEO4J_URI=bolt://file-host:7687\nNEO4J_PASSWORD=from-file\nNEO4J_DATABASE=graph\n',
    );
    expect(resolveDatabaseTarget(root, {})).toEqual({
      kind: 'configured',
      uri: 'bolt://file-host:7687',
      username: 'neo4j',
      password: 'from-file',
      database: 'graph',
    });
    expect(resolveDatabaseTarget(root, { NEO4J_URI: 'neo4j+s://env-host', NEO4J_USERNAME: 'reader' })).toMatchObject({
      uri: 'neo4j+s://env-host',
      username: 'reader',
      password: 'from-file',
    });
  });

  it('requires a password with a configured URI, without echoing secrets', () => {
    expect(() => resolveDatabaseTarget(emptyRoot(), { NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD is not/);
  });

  it('rejects a malformed database name', () => {
    expect(() => resolveDatabaseTarget(emptyRoot(), { NEO4J_DATABASE: 'bad name;' })).toThrow(/NEO4J_DATABASE/);
  });
});
