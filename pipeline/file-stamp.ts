// A file's stat stamp, so a re-run can tell an untouched file without reading it (what git
// does with its index). Taken before the file is read: a write landing between the stat and
// the read leaves a stamp that no longer matches. A file changed in the last second gets no
// stamp at all, since a second write within the same clock tick would keep its times.
import { statSync } from 'node:fs';

const RACY_WINDOW_MS = 1000;

/** size, inode, mtime and ctime (ns) of a file, or '' when it is too fresh to trust or cannot be read. */
export function stampFile(path: string): string {
  try {
    const stat = statSync(path, { bigint: true });
    if (Number(stat.ctimeMs) > Date.now() - RACY_WINDOW_MS || Number(stat.mtimeMs) > Date.now() - RACY_WINDOW_MS)
      return '';
    return `${stat.size}:${stat.ino}:${stat.mtimeNs}:${stat.ctimeNs}`;
  } catch {
    return '';
  }
}
