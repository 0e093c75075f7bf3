// A reader that stops early (`kg extract --explain DOC | head -3`) closes the pipe: kg stops
// quietly with exit code 0, as command-line tools do, instead of printing an EPIPE stack trace.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const seed = `seeds/${readdirSync('seeds').sort()[0]!}`;

/** Runs `node bin/kg.js ...args` with its stdout pipe closed before it writes anything. */
async function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['bin/kg.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Closing our end now (Node takes far longer to start than this) makes the first write fail with EPIPE.
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', (exitCode) => resolve(exitCode)));
  return { code, stderr };
}

describe('kg with its stdout closed by the reader', () => {
  it.each([
    ['extract --explain', ['extract', '--explain', seed]],
    ['extract (JSON to stdout)', ['extract', seed]],
    ['--help (commander writes it)', ['--help']],
  ])(
    '%s stops quietly with exit code 0',
    async (_name, args) => {
      const { code, stderr } = await runWithClosedStdout(args);
      expect(stderr).not.toContain('EPIPE');
      expect(stderr).toBe('');
      expect(code).toBe(0);
    },
    30_000,
  );
});
