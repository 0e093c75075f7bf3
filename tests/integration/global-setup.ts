// Vitest global setup for integration tests: uses the server NEO4J_URI names, or starts the
// project's local "test" instance (its own port and data, apart from the one kg commands
// use) and stops it afterwards if it started it. Tests wipe the database they are given.
import type { TestProject } from 'vitest/node';
import { resolveDatabaseTarget } from '../../pipeline/config.ts';
import type { ConnectionSettings } from '../../graph/driver.ts';
import { localConnection, localInstance, PROJECT_ROOT, startLocalNeo4j, stopLocalNeo4j } from '../../scripts/neo4j/local-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ConnectionSettings;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const target = resolveDatabaseTarget(PROJECT_ROOT, { ...process.env, ...{} });
  if (target.kind === 'configured' && process.env.NEO4J_URI) {
    project.provide('neo4j', { uri: target.uri, username: target.username, password: target.password, database: target.database });
    return async () => {};
  }
  const instance = localInstance('test');
  const started = await startLocalNeo4j(instance, (line) => console.log(`[neo4j] ${line}`));
  console.log(`[neo4j] integration tests use Neo4j ${started.server.version} ${started.server.edition} over Bolt at ${started.uri}${started.wasRunning ? ' (already running)' : ` (started in ${started.seconds.toFixed(1)} s)`}`);
  project.provide('neo4j', localConnection(instance));
  return async () => {
    if (!started.wasRunning && !process.env.KG_KEEP_TEST_NEO4J) await stopLocalNeo4j(instance);
  };
}
