// No surprise deletions: a run that would retract a large share of a source's documents
// (an empty or wrong folder, a mount that is not there) stops before writing anything and
// says what it would remove, until the user confirms with --allow-removals.
import type { DocumentAction } from '../graph/plan.ts';
import { KgError } from './errors.ts';

/** Options of checkRemovals. */
export interface RemovalLimits {
  /** Confirmed: remove whatever the folder no longer has. */
  allowRemovals?: boolean;
  /**
   * Largest share (0 to 1) of the source's documents a run may remove unconfirmed. Default:
   * anything but all of them, and no more than half once the source has more than 10.
   */
  maxRemovalShare?: number;
}

/** True when removing `removed` of `stored` documents needs a confirmation. */
export function needsRemovalConfirmation(
  removed: number,
  stored: number,
  maxRemovalShare: number | undefined,
): boolean {
  if (removed === 0) return false;
  if (maxRemovalShare !== undefined) return removed > maxRemovalShare * stored;
  return removed >= stored || (stored > 10 && removed > stored / 2);
}

/** How many ids a refusal names before "and N more". */
const LISTED = 10;

/** Throws KG_REMOVALS_REFUSED when a plan removes more of `source` than the limits allow. */
export function checkRemovals(
  actions: readonly DocumentAction[],
  storedCount: number,
  source: string,
  limits: RemovalLimits,
): void {
  if (limits.allowRemovals) return;
  const removed = actions.filter((action) => action.kind === 'retract').map((action) => action.id);
  if (!needsRemovalConfirmation(removed.length, storedCount, limits.maxRemovalShare)) return;
  const listed =
    removed.slice(0, LISTED).join(', ') + (removed.length > LISTED ? ` and ${removed.length - LISTED} more` : '');
  throw new KgError(
    'KG_REMOVALS_REFUSED',
    `this run would remove ${removed.length} of the ${storedCount} document(s) of source "${source}" because the given folder no longer has them (${listed}). Nothing was written. If they are really gone, run again with --allow-removals (or --yes); if not, check the path (or use another --source).`,
  );
}
