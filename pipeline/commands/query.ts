// `kg query` and `kg export`: named analyses and whole-graph exports.
import { Option, type Command } from 'commander';
import { formatParamValue } from '../../cypher/params.ts';
import { connectDatabase } from '../database.ts';
import { KgError } from '../errors.ts';
import { EXPORT_FORMATS, runExport, type ExportFormat } from '../export.ts';
import { formatRows, OUTPUT_FORMATS, type OutputFormat } from '../format-rows.ts';
import { describeAnalyses, prepareQuery, runQuery } from '../query.ts';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The text of `kg query --list`: every analysis with its description and parameters. */
export function formatAnalysisList(): string {
  return describeAnalyses()
    .map((analysis) => {
      const params = analysis.params.map((spec) => {
        const type = `${spec.type}${spec.isNullable ? '?' : ''}`;
        return `    --param ${spec.name}=${type}${spec.default === undefined ? ' (required)' : ` (default ${formatParamValue(spec.default)})`}`;
      });
      return [`${analysis.name}`, `    ${analysis.description ?? '(no description)'}`, ...params].join('\n');
    })
    .join('\n\n');
}

/** Adds `query` and `export` to the program. */
export function registerQueryCommands(program: Command): void {
  program
    .command('query')
    .description('run a named analysis or a .cypher file in a read session (writes are refused)')
    .argument('[name]', 'analysis name (see --list) or path to a .cypher file')
    .option('--param <key=value>', 'a parameter; repeat for several', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
    .option('--list', 'list the named analyses with their descriptions and parameters')
    .action(async (name: string | undefined, options: { param: string[]; format: OutputFormat; list?: boolean }) => {
      if (options.list) {
        console.log(formatAnalysisList());
        return;
      }
      if (!name)
        throw new KgError(
          'KG_USAGE',
          'kg query needs an analysis name or a .cypher file (kg query --list shows the names)',
        );
      // Unknown names, bad parameters and write clauses fail before any server is started.
      const prepared = prepareQuery({ analysis: name, params: options.param });
      const database = await connectDatabase({ log: (line) => console.error(line) });
      try {
        const output = await runQuery(
          { driver: database.driver, database: database.settings.database, analysis: name, params: options.param },
          prepared,
        );
        console.log(
          formatRows(options.format, output.columns, output.rows, {
            maxColumnWidth: options.format === 'table' ? 70 : undefined,
          }),
        );
      } finally {
        await database.close();
      }
    });

  program
    .command('export')
    .description('export the whole graph as JSON, CSV (neo4j-admin import format) or GraphML')
    .addOption(new Option('--format <format>', 'export format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <dir>', 'folder to write into (created if missing)')
    .option('--array-delimiter <char>', 'CSV: separator of list elements (neo4j-admin --array-delimiter)', ';')
    .action(async (options: { format: ExportFormat; out: string; arrayDelimiter: string }) => {
      const database = await connectDatabase({ log: (line) => console.error(line) });
      try {
        const summary = await runExport({
          driver: database.driver,
          database: database.settings.database,
          uri: database.settings.uri,
          format: options.format,
          outDir: options.out,
          arrayDelimiter: options.arrayDelimiter,
        });
        console.log(
          `Exported ${summary.nodes} nodes and ${summary.relationships} relationships as ${options.format} to ${options.out}:`,
        );
        for (const file of summary.files) console.log(`  ${file}`);
      } finally {
        await database.close();
      }
    });
}
