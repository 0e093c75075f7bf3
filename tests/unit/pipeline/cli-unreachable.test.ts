// A database command against an unreachable server fails fast, names the URI, hides the password.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ERROR_EXIT_CODES } from '../../../pipeline/errors.ts';

describe('kg database commands with an unreachable NEO4J_URI', () => {
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

  // Every database command ends the same way; kg export too.
  it.each([
    ['status', ['status']],
    ['export', ['export', '--format', 'json', '--out', join(mkdtempSync(join(tmpdir(), 'kg-silent-export-')), 'out')]],
  ])(
    'kg %s exits with code 5 within 30 s when the server accepts the connection and never answers',
    async (_name, args) => {
      const sockets: Socket[] = [];
      const silent = createServer((socket) => void sockets.push(socket)); // accepts, never writes a byte
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const { port } = silent.address() as { port: number };
      try {
        const startedAt = Date.now();
        const child = spawn(process.execPath, ['bin/kg.js', ...args], {
          env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'x' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const code = await new Promise<number | null>((resolve) => {
          const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
          child.once('exit', (exitCode) => {
            clearTimeout(killer);
            resolve(exitCode);
          });
        });
        const seconds = (Date.now() - startedAt) / 1000;
        expect(code, stderr).toBe(ERROR_EXIT_CODES.KG_DB_UNAVAILABLE);
        expect(seconds).toBeLessThan(30);
        expect(stderr).toContain(`bolt://127.0.0.1:${port}`);
        expect(sockets.length).toBeGreaterThan(0); // it did connect: the silence, not a refusal, was handled
      } finally {
        for (const socket of sockets) socket.destroy();
        await new Promise((resolve) => silent.close(resolve));
      }
    },
    70_000,
  );

  it('rejects a malformed URI with a configuration error', () => {
    const result = spawnSync(process.execPath, ['bin/kg.js', 'status'], {
      env: { ...process.env, NEO4J_URI: 'htp:/nowhere', NEO4J_PASSWORD: 'x' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(ERROR_EXIT_CODES.KG_CONFIG);
    expect(result.stderr).toMatch(/NEO4J_URI "htp:\/nowhere"/);
  });
});
