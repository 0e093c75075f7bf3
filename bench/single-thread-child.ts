// One process of the parallel ceiling (bench/parallel-ceiling.ts): loads a corpus and the
// warm-up corpus, says "ready", waits for "go" on stdin so that every process measures at the same
// time, then prints its single-thread throughput as JSON.
import { createInterface } from 'node:readline';
import { loadCorpus, measureSingleThread } from './extraction-throughput.ts';

const [dir, warmUpDir] = process.argv.slice(2);
if (!dir || !warmUpDir) throw new Error('usage: single-thread-child.ts <corpus folder> <warm-up corpus folder>');
const corpus = loadCorpus(dir);
measureSingleThread(loadCorpus(warmUpDir), []);
console.log('ready');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line.trim() !== 'go') continue;
  console.log(JSON.stringify(measureSingleThread(corpus, []).throughput));
  break;
}
lines.close();
