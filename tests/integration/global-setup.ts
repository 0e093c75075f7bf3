// Vitest global setup for integration tests: starts the project's local "test" instance
// (its own port and data, apart from the one kg commands use) and stops it afterwards if it
// started it, or uses the server KG_TEST_NEO4J_URI names. Tests wipe the database they are
// given, so an exported NEO4J_URI alone makes the setup refuse to run.
import type { TestProject } from 'vitest/node';
import { resolveDatabaseTarget } from '../../pipeline/config.ts';
import type { ConnectionSettings } from '../../graph/driver.ts';
import { PROJECT_ROOT } from '../../pipeline/project-root.ts';
import { localConnection, localInstance, startLocalNeo4j, stopLocalNeo4j } from '../../pipeline/local-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ConnectionSettings;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The tests wipe the database they run against: an exported NEO4J_URI (the user's own
  // graph, most likely) is never taken as a target; only KG_TEST_NEO4J_URI names another one.
  const explicit = process.env.KG_TEST_NEO4J_URI?.trim();
  if (!explicit && process.env.NEO4J_URI) {
    throw new Error(
      `NEO4J_URI is set (${process.env.NEO4J_URI}), and the integration tests delete everything in the database they use. They run on the project's own test instance instead only when NEO4J_URI is unset: unset it (env -u NEO4J_URI npm test), or, to run them against that server and let them wipe it, set KG_TEST_NEO4J_URI to its URI (with NEO4J_USERNAME / NEO4J_PASSWORD).`,
    );
  }
  const target = resolveDatabaseTarget(PROJECT_ROOT, explicit ? { ...process.env, NEO4J_URI: explicit } : process.env);
  if (target.kind === 'configured' && explicit) {
    project.provide('neo4j', {
      uri: target.uri,
      username: target.username,
      password: target.password,
      database: target.database,
    });
    return async () => {};
  }
  const instance = localInstance('test');
  const started = await startLocalNeo4j(instance, (line) => console.log(`[neo4j] ${line}`));
  console.log(
    `[neo4j] integration tests use Neo4j ${started.server.version} ${started.server.edition} over Bolt at ${started.uri}${started.wasRunning ? ' (already running)' : ` (started in ${started.seconds.toFixed(1)} s)`}`,
  );
  project.provide('neo4j', localConnection(instance));
  return async () => {
    if (!started.wasRunning && !process.env.KG_KEEP_TEST_NEO4J) await stopLocalNeo4j(instance);
  };
}
