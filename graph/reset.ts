// `kg reset`: removes the nodes carrying this tool's labels and its kg_ constraints and
// indexes, and nothing else.
import { writeTransaction, type Driver } from './driver.ts';
import { dropSchema } from './schema.ts';
import { DELETE_LABEL_BATCH, RESET_LABELS } from './statements/reset.ts';

const BATCH = 5000;

/** Deletes this tool's nodes (in batches) and schema; returns how many nodes and which names went. */
export async function resetGraph(
  driver: Driver,
  database: string | undefined,
): Promise<{ nodesDeleted: number; schemaDropped: string[] }> {
  let nodesDeleted = 0;
  for (const label of RESET_LABELS) {
    for (;;) {
      const deleted = await writeTransaction(driver, database, async (runner) =>
        Number((await runner.run(DELETE_LABEL_BATCH[label], { batch: BATCH })).records[0]?.deleted ?? 0),
      );
      nodesDeleted += deleted;
      if (deleted < BATCH) break;
    }
  }
  return { nodesDeleted, schemaDropped: await dropSchema(driver, database) };
}
