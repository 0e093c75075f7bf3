// Moving the local Neo4j's port must not move its data: a user who sets KG_LOCAL_NEO4J_PORT
// still sees the graph they built.
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cachePaths, localInstance } from '../../../pipeline/local-neo4j.ts';
import { PROJECT_ROOT } from '../../../pipeline/project-root.ts';

describe('localInstance', () => {
  const saved = { dev: process.env.KG_LOCAL_NEO4J_PORT, test: process.env.KG_TEST_NEO4J_PORT };
  afterEach(() => {
    for (const [key, value] of [
      ['KG_LOCAL_NEO4J_PORT', saved.dev],
      ['KG_TEST_NEO4J_PORT', saved.test],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('keeps the dev data folder whatever port KG_LOCAL_NEO4J_PORT names', () => {
    delete process.env.KG_LOCAL_NEO4J_PORT;
    const usual = localInstance('dev', '/project');
    process.env.KG_LOCAL_NEO4J_PORT = '7999';
    const moved = localInstance('dev', '/project');
    expect(moved.boltPort).toBe(7999);
    expect(moved.uri).toBe('bolt://127.0.0.1:7999');
    expect(moved.home).toBe(usual.home);
    expect(moved.home).toBe('/project/.neo4j/dev');
  });

  it('gives a moved test port its own folder, so parallel test runs never share a store', () => {
    process.env.KG_TEST_NEO4J_PORT = '7998';
    expect(localInstance('test', '/project').home).toBe('/project/.neo4j/test-7998');
  });
});

describe('cachePaths', () => {
  it('points at the Maven and Java assets that scripts/neo4j/ holds', () => {
    const paths = cachePaths(PROJECT_ROOT);
    expect(paths.pom.endsWith('scripts/neo4j/pom.xml') && existsSync(paths.pom)).toBe(true);
    expect(paths.launcherSource.endsWith('scripts/neo4j/Launcher.java') && existsSync(paths.launcherSource)).toBe(true);
  });
});
