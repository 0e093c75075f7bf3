// `kg extract`: documents -> extraction JSON (no database). `--out FILE` writes a file;
// without --out (or with `--out -`) the JSON goes to stdout. Same input, same bytes.
import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { KgError } from '../errors.ts';
import { explainCorpus, runExtraction } from '../extract.ts';
import { defaultWorkerCount, validateWorkerCount } from '../extract-workers.ts';

/** Parses --workers; a bad value is a usage error that echoes it. */
function parseWorkers(value: string): number {
  try {
    return validateWorkerCount(Number(value));
  } catch {
    throw new InvalidArgumentError(`expected an integer from 1 to 256, got "${value}"`);
  }
}

/** Adds `extract` to the program. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('extract entities and relations from documents into JSON (no database needed)')
    .argument('[paths...]', 'files or folders of .txt/.md/.markdown documents', ['seeds'])
    .option('-o, --out <file>', 'output file, or - for stdout (the default)', '-')
    .option(
      '--workers <n>',
      'extraction worker threads, used when the corpus is large enough (default: number of cores)',
      parseWorkers,
      defaultWorkerCount(),
    )
    .option(
      '--explain',
      "print each document's outline with node roles, the subject at each node and the rule behind each fact, instead of JSON",
    )
    .action(async (paths: string[], options: { out: string; workers: number; explain?: boolean }) => {
      if (options.explain) {
        for (const line of await explainCorpus(paths)) process.stdout.write(`${line}\n`);
        return;
      }
      const extraction = await runExtraction({ paths, workers: options.workers });
      const json = `${JSON.stringify(extraction, null, 2)}\n`;
      if (options.out === '-') {
        process.stdout.write(json);
      } else {
        try {
          await writeFile(options.out, json);
        } catch (error) {
          throw new KgError(
            'KG_DOCUMENT_READ',
            `cannot write "${options.out}": ${(error as Error).message}. Check the folder exists and is writable.`,
            { cause: error },
          );
        }
      }
      for (const d of extraction.diagnostics)
        console.error(`kg extract: ${d.path ?? d.document ?? ''}: ${d.message} [${d.code}]`);
    });
}
