// `kg extract`: documents -> extraction JSON (no database). `--out FILE` writes a file;
// without --out (or with `--out -`) the JSON goes to stdout. Same input, same bytes.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { KgError } from '../errors.ts';
import { runExtraction } from '../extract.ts';

/** Adds `extract` to the program. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('extract entities and relations from documents into JSON (no database needed)')
    .argument('[paths...]', 'files or folders of .txt/.md/.markdown documents', ['seeds'])
    .option('-o, --out <file>', 'output file, or - for stdout (the default)', '-')
    .action(async (paths: string[], options: { out: string }) => {
      const extraction = await runExtraction({ paths });
      const json = `${JSON.stringify(extraction, null, 2)}\n`;
      if (options.out === '-') {
        process.stdout.write(json);
      } else {
        try {
          await writeFile(options.out, json);
        } catch (error) {
          throw new KgError('KG_DOCUMENT_READ', `cannot write "${options.out}": ${(error as Error).message}. Check the folder exists and is writable.`, { cause: error });
        }
      }
      for (const d of extraction.diagnostics) console.error(`kg extract: ${d.path ?? d.document ?? ''}: ${d.message} [${d.code}]`);
    });
}
