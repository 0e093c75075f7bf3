// A database command against an unreachable server fails fast, names the URI, hides the password.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ERROR_EXIT_CODES } from '../../../pipeline/errors.ts';

describe('kg status with an unreachable NEO4J_URI', () => {
  it('exits non-zero within 30 s with a message naming the URI and not the password', () => {
    const password = 'not-to-be-printed-7731';
    const startedAt = Date.now();
    const result = spawnSync(process.execPath, ['bin/kg.js', 'status'], {
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: password },
      encoding: 'utf8',
      timeout: 40_000,
    });
    const seconds = (Date.now() - startedAt) / 1000;
    const output = `${result.stdout}${result.stderr}`;
    expect(seconds).toBeLessThan(30);
    expect(result.status).toBe(ERROR_EXIT_CODES.KG_DB_UNAVAILABLE);
    expect(output).toContain('bolt://127.0.0.1:1');
    expect(output).not.toContain(password);
  }, 45_000);

  it('rejects a malformed URI with a configuration error', () => {
    const result = spawnSync(process.execPath, ['bin/kg.js', 'status'], {
      env: { ...process.env, NEO4J_URI: 'htp:/nowhere', NEO4J_PASSWORD: 'x' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(ERROR_EXIT_CODES.KG_CONFIG);
    expect(result.stderr).toMatch(/NEO4J_URI "htp:\/nowhere"/);
  });
});
