// Placeholder action for subcommands whose capability has not landed yet: it says so
// plainly and exits non-zero, so nobody mistakes it for a working command.
import { KgError } from '../errors.ts';

/** Throws a KG_USAGE error naming the missing capability. */
export function notAvailableYet(command: string, capability: string): never {
  throw new KgError('KG_USAGE', `"kg ${command}" is not available yet: ${capability} has not been built.`);
}
