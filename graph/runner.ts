// The narrow interface the loader talks to: run one named statement with parameters inside
// the current transaction. graph/driver.ts implements it over neo4j-driver; unit tests use
// a recording fake.

/** A named Cypher statement; the text never contains data, only $parameters. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

/** Write counters of one statement (or summed over several). */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** One statement's result: plain records (integers as numbers, temporals as ISO strings). */
export interface StatementResult {
  records: Record<string, unknown>[];
  counters: WriteCounters;
}

/** Runs statements: inside one transaction (writeTransaction, readTransaction) or each on its own (statementRunner). */
export interface CypherRunner {
  run(statement: Statement, parameters?: Record<string, unknown>): Promise<StatementResult>;
}

/** A CypherRunner that can also hand a read's records over one at a time, for reads too large to hold (exports). */
export interface StreamingCypherRunner extends CypherRunner {
  /** Calls `visit` with each plain record, pulling the next only once it resolves; returns how many there were. */
  stream(statement: Statement, visit: (record: Record<string, unknown>) => Promise<void>): Promise<number>;
}

/** Counters that are all zero. */
export function zeroCounters(): WriteCounters {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

/** Adds `more` into `total` in place and returns it. */
export function addCounters(total: WriteCounters, more: WriteCounters): WriteCounters {
  total.nodesCreated += more.nodesCreated;
  total.nodesDeleted += more.nodesDeleted;
  total.relationshipsCreated += more.relationshipsCreated;
  total.relationshipsDeleted += more.relationshipsDeleted;
  total.propertiesSet += more.propertiesSet;
  return total;
}
