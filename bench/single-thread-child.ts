// One process of the parallel ceiling (bench/parallel-ceiling.ts): loads a corpus, warms
// up, says "ready", waits for "go" on stdin so that every process measures at the same
// time, then prints its single-thread throughput as JSON.
import { createInterface } from 'node:readline';
import { loadCorpus, measureSingleThread } from './extraction-throughput.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: single-thread-child.ts <corpus folder>');
const corpus = loadCorpus(dir);
measureSingleThread({ sources: corpus.sources.slice(0, 20), bytes: 0 });
console.log('ready');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line.trim() !== 'go') continue;
  console.log(JSON.stringify(measureSingleThread(corpus).throughput));
  break;
}
lines.close();
