// Connection settings from Neo4j's conventional variables, read from the environment or
// the project's .env file, and validated with messages that name the bad value.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { KgError } from './errors.ts';

/** Schemes the JavaScript driver accepts: direct (bolt) and routing (neo4j), with TLS variants. */
export const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

/** Where to connect: a configured server, or the project's local one started on demand. */
export type DatabaseTarget =
  | { kind: 'configured'; uri: string; username: string; password: string; database: string | undefined }
  | { kind: 'local'; username: string; database: string | undefined };

/** Reads KEY=VALUE pairs from `<projectRoot>/.env`; a missing file is no error. */
export function readDotenv(projectRoot: string): Record<string, string> {
  try {
    return parseDotenv(readFileSync(join(projectRoot, '.env')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new KgError('KG_CONFIG', `Cannot read ${join(projectRoot, '.env')}: ${(error as Error).message}`);
  }
}

/** Checks a Neo4j URI and returns it unchanged, or throws a KG_CONFIG error saying what is wrong. */
export function validateNeo4jUri(uri: string): string {
  const match = /^([a-z0-9+]+):\/\/(.*)$/i.exec(uri.trim());
  if (!match) {
    throw new KgError(
      'KG_CONFIG',
      `NEO4J_URI "${uri}" is not a URI: expected scheme://host[:port], e.g. bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io`,
    );
  }
  const scheme = match[1]!.toLowerCase();
  if (!(NEO4J_SCHEMES as readonly string[]).includes(scheme)) {
    throw new KgError(
      'KG_CONFIG',
      `NEO4J_URI "${uri}" has scheme "${scheme}", which the Neo4j driver does not speak: use one of ${NEO4J_SCHEMES.join(', ')}`,
    );
  }
  const portText = /:(\d*)$/.exec(match[2]!.replace(/\/.*$/, ''))?.[1];
  if (portText !== undefined) {
    const port = Number(portText);
    if (portText === '' || !Number.isInteger(port) || port < 1 || port > 65535) {
      throw new KgError('KG_CONFIG', `NEO4J_URI "${uri}" has port "${portText}": a port is a number from 1 to 65535`);
    }
  }
  let parsed: URL;
  try {
    // URL parses host and port uniformly once the scheme is a plain one.
    parsed = new URL(`http://${match[2]}`);
  } catch {
    throw new KgError('KG_CONFIG', `NEO4J_URI "${uri}" has no valid host: expected ${scheme}://host[:port]`);
  }
  if (!parsed.hostname)
    throw new KgError('KG_CONFIG', `NEO4J_URI "${uri}" has no host: expected ${scheme}://host[:port]`);
  if (parsed.username || parsed.password) {
    throw new KgError(
      'KG_CONFIG',
      `NEO4J_URI must not carry credentials; set NEO4J_USERNAME and NEO4J_PASSWORD instead`,
    );
  }
  return uri.trim();
}

const settingsSchema = z.object({
  NEO4J_URI: z.string().trim().min(1).optional(),
  NEO4J_USERNAME: z.string().trim().min(1).optional(),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.\-_]{0,62}$/, 'a database name is letters, digits, dots, dashes and underscores')
    .optional(),
});

/**
 * Resolves where commands connect. The process environment wins over .env; with no
 * NEO4J_URI anywhere, the target is the project's local server.
 */
export function resolveDatabaseTarget(projectRoot: string, env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const fromFile = readDotenv(projectRoot);
  const pick = (key: string): string | undefined => {
    const value = env[key] ?? fromFile[key];
    return value === '' ? undefined : value;
  };
  const parsed = settingsSchema.safeParse({
    NEO4J_URI: pick('NEO4J_URI'),
    NEO4J_USERNAME: pick('NEO4J_USERNAME'),
    NEO4J_PASSWORD: pick('NEO4J_PASSWORD'),
    NEO4J_DATABASE: pick('NEO4J_DATABASE'),
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new KgError('KG_CONFIG', `Invalid Neo4j settings: ${problems.join('; ')}`);
  }
  const settings = parsed.data;
  const username = settings.NEO4J_USERNAME ?? 'neo4j';
  if (!settings.NEO4J_URI) return { kind: 'local', username: 'neo4j', database: settings.NEO4J_DATABASE };
  const uri = validateNeo4jUri(settings.NEO4J_URI);
  if (!settings.NEO4J_PASSWORD) {
    throw new KgError(
      'KG_CONFIG',
      `NEO4J_URI is set to ${uri} but NEO4J_PASSWORD is not: set it in the environment or in .env`,
    );
  }
  return { kind: 'configured', uri, username, password: settings.NEO4J_PASSWORD, database: settings.NEO4J_DATABASE };
}
