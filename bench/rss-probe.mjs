// Preloaded into a benchmarked child process (`node --import bench/rss-probe.mjs ...`):
// at exit, writes the process's peak resident set size to the file KG_BENCH_RSS_FILE names.
// getrusage's maxRSS covers every thread of the process, worker threads included.
import { writeFileSync } from 'node:fs';

const file = process.env.KG_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
  });
}
