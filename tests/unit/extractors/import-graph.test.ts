// The extractors' import graph: no module imports itself through others (a circle makes
// load order matter and hides which module owns a type), and nothing in extractors/ reaches
// up into the layers built on it. Imports are read with TypeScript's own pre-processor, type
// imports included.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXTRACTORS = join(ROOT, 'extractors');

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Each module's relative imports, as absolute paths. */
function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    graph.set(
      file,
      importedFiles.filter((i) => i.fileName.startsWith('.')).map((i) => resolve(dirname(file), i.fileName)),
    );
  }
  return graph;
}

/** Every circle of the graph, once each, as a list of paths relative to the repository. */
function findCircles(graph: Map<string, string[]>): string[][] {
  const circles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  // Iterative depth-first search: each frame is a module and the index of its next import.
  for (const start of [...graph.keys()].sort()) {
    if (state.has(start)) continue;
    const frames: Array<{ file: string; next: number }> = [{ file: start, next: 0 }];
    state.set(start, 'open');
    path.push(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { file: string; next: number };
      const target = (graph.get(frame.file) ?? [])[frame.next++];
      if (target === undefined) {
        state.set(frame.file, 'done');
        frames.pop();
        path.pop();
      } else if (state.get(target) === 'open') {
        circles.push([...path.slice(path.indexOf(target)), target].map((f) => relative(ROOT, f)));
      } else if (!state.has(target) && graph.has(target)) {
        state.set(target, 'open');
        path.push(target);
        frames.push({ file: target, next: 0 });
      }
    }
  }
  return circles;
}

describe('extractors import graph', () => {
  const graph = importGraph(sourcesUnder(EXTRACTORS));

  it('reads the imports of every module (type imports too)', () => {
    expect(graph.size).toBeGreaterThan(40);
    const context = graph.get(join(EXTRACTORS, 'relations-sentences.ts')) ?? [];
    expect(context).toContain(join(EXTRACTORS, 'document-context.ts'));
  });

  it('has no circle', () => {
    expect(findCircles(graph)).toEqual([]);
  });

  it('imports nothing from the layers above (graph, pipeline, scripts, bench, tests)', () => {
    const outside = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((i) => !i.startsWith(`${EXTRACTORS}/`))
        .map((i) => `${relative(ROOT, file)} -> ${relative(ROOT, i)}`),
    );
    expect(outside).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const a = join(EXTRACTORS, 'a.ts');
    const b = join(EXTRACTORS, 'b.ts');
    const c = join(EXTRACTORS, 'c.ts');
    expect(
      findCircles(
        new Map([
          [a, [b]],
          [b, [c]],
          [c, [a]],
        ]),
      ),
    ).toEqual([['extractors/a.ts', 'extractors/b.ts', 'extractors/c.ts', 'extractors/a.ts']]);
    expect(
      findCircles(
        new Map([
          [a, [b, c]],
          [b, [c]],
          [c, []],
        ]),
      ),
    ).toEqual([]);
  });
});
