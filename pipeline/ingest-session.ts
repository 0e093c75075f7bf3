// What a process that ingests one source again and again (`kg ingest --watch`) keeps between
// its runs: the corpus state its last run saved, so the next run neither reads nor parses
// the file again, and which files the watcher saw change since, so it need not stat the
// others. Only an accelerator, like the file: a run checks it against the graph's Document
// nodes as it checks the file, and a run that does not save a state leaves none behind.
import type { CorpusState } from './corpus-state.ts';
import { keyIndexOf } from './key-index.ts';

/** The memory of one `kg ingest --watch` between its runs. */
export class IngestSession {
  private saved: { stateDir: string; state: CorpusState } | undefined;
  private changed: ReadonlySet<string> | undefined;

  /**
   * Tells the session which files changed (absolute paths) since the previous run, or
   * undefined when that is not known (then every file is looked at).
   */
  setChangedFiles(files: ReadonlySet<string> | undefined): void {
    this.changed = files;
  }

  /**
   * Takes the state the previous run saved in `stateDir`, with the files changed since. A
   * run takes it first thing, and once taken it is gone: a run that fails or does not save
   * a state leaves the next run to read the file and look at every file.
   */
  take(
    stateDir: string | undefined,
  ): { state: CorpusState; changedFiles: ReadonlySet<string> | undefined } | undefined {
    const saved = this.saved;
    const changedFiles = this.changed;
    this.saved = undefined;
    this.changed = undefined;
    return saved && saved.stateDir === stateDir ? { state: saved.state, changedFiles } : undefined;
  }

  /**
   * Keeps the state a run just saved in `stateDir`, for the next run, and indexes its key
   * hashes once the run is over, while the watcher waits for the next save.
   */
  keep(stateDir: string, state: CorpusState): void {
    this.saved = { stateDir, state };
    setTimeout(() => {
      if (this.saved?.state === state) keyIndexOf(state.documents);
    }, 0).unref();
  }
}
