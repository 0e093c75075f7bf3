// The one statement `kg query` wraps around a user's Cypher: EXPLAIN, whose plan tells
// whether the statement reads only (graph/read-query.ts refuses any other query type).
// The user's text is the statement itself, never data: its values travel as parameters.

/** The statement that asks the planner about `cypher` without running it. */
export function explainText(cypher: string): string {
  return `EXPLAIN ${cypher}`;
}
