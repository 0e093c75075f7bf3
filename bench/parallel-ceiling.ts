// What this machine allows in parallel for extraction, whatever the worker pool does: the
// summed throughput of N independent processes, each extracting the same corpus on one
// thread, started together. Cores that share caches, memory bandwidth or a hypervisor's
// time give less than N times one; the worker pool cannot beat this figure.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../pipeline/project-root.ts';
import type { Throughput } from './extraction-throughput.ts';

/** Throughput summed over `processes` simultaneous single-thread extractions of `dir`. */
export async function measureParallelCeiling(
  dir: string,
  warmUpDir: string,
  processes: number,
): Promise<{ processes: number; mbPerSecond: number }> {
  const children = Array.from({ length: processes }, () =>
    spawn(
      process.execPath,
      ['--import', 'tsx', join(PROJECT_ROOT, 'bench', 'single-thread-child.ts'), dir, warmUpDir],
      {
        cwd: PROJECT_ROOT,
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    ),
  );
  const outputs = children.map((child) => createInterface({ input: child.stdout })[Symbol.asyncIterator]());
  const nextLine = async (index: number): Promise<string> => {
    const line = await outputs[index]!.next();
    if (line.done) throw new Error(`parallel ceiling: process ${index} exited early`);
    return line.value;
  };
  try {
    for (let i = 0; i < processes; i++)
      if ((await nextLine(i)).trim() !== 'ready') throw new Error(`parallel ceiling: process ${i} did not get ready`);
    for (const child of children) child.stdin.write('go\n');
    let mbPerSecond = 0;
    for (let i = 0; i < processes; i++) mbPerSecond += (JSON.parse(await nextLine(i)) as Throughput).mbPerSecond;
    return { processes, mbPerSecond };
  } finally {
    for (const child of children) child.kill();
  }
}
