// `kg ingest --watch` keeps the corpus state in memory between its runs and stats only the
// files the watcher reported (pipeline/ingest-session.ts): on the real extractors and the real
// Neo4j, an edit, a removal and a new file each leave the graph a clean ingest gives, and so
// does a run of a new process (a restart), which starts from the state file.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestSession } from '../../pipeline/ingest-session.ts';
import { runIngest } from '../../pipeline/ingest.ts';
import { tempCorpus } from './helpers/cli.ts';
import { testConnection, useEmptyDatabase } from './helpers/database.ts';
import { cleanFingerprint, fingerprint } from './helpers/fingerprint.ts';

const EVAL_DEV = join('tests', 'fixtures', 'eval-dev');
/** Longer than pipeline/file-stamp.ts's racy window, so files get stamps a run can trust. */
const settle = () => new Promise((done) => setTimeout(done, 1100));

describe('kg ingest --watch: the state kept between runs', () => {
  const db = useEmptyDatabase();
  const cacheDir = mkdtempSync(join(tmpdir(), 'kg-session-cache-'));
  const ingest = (corpus: string, session?: IngestSession, cache: string | null = cacheDir) =>
    runIngest({
      database: { driver: db.driver, settings: testConnection() },
      paths: [corpus],
      cacheDir: cache,
      workers: 1,
      ...(session ? { session } : {}),
    });
  const cleanFingerprintOf = (corpus: string) => cleanFingerprint(db.driver, () => ingest(corpus, undefined, null));

  it('follows an edit, a removal and a new file reported by the watcher, and a restart', async () => {
    const corpus = tempCorpus();
    for (const name of readdirSync(EVAL_DEV).slice(0, 6)) cpSync(join(EVAL_DEV, name), join(corpus, name));
    const names = readdirSync(corpus).sort();
    await settle();
    const session = new IngestSession();
    session.setChangedFiles(undefined); // the first run of a watch looks at every file
    expect(await ingest(corpus, session)).toMatchObject({ path: 'full' });

    // An edit, reported.
    const edited = join(corpus, names[2]!);
    writeFileSync(edited, readFileSync(edited, 'utf8').slice(0, 400));
    session.setChangedFiles(new Set([resolve(edited)]));
    expect(await ingest(corpus, session)).toMatchObject({ path: 'incremental', documents: { changed: 1 } });
    expect(await fingerprint(db.driver)).toEqual(await cleanFingerprintOf(corpus));
    // The clean ingest above rebuilt the graph to the same facts: the kept state still matches it.

    // A removal and a new file in one run, reported.
    const removed = join(corpus, names[0]!);
    rmSync(removed);
    const added = join(corpus, 'added.txt');
    cpSync(join(EVAL_DEV, readdirSync(EVAL_DEV)[8]!), added);
    session.setChangedFiles(new Set([resolve(removed), resolve(added)]));
    expect(await ingest(corpus, session)).toMatchObject({
      path: 'incremental',
      documents: { new: 1, removed: 1, changed: 0 },
    });
    expect(await fingerprint(db.driver)).toEqual(await cleanFingerprintOf(corpus));

    // A file the watcher did not report is not looked at (that is the saving) ...
    await settle();
    session.setChangedFiles(new Set());
    expect(await ingest(corpus, session)).toMatchObject({ path: 'incremental', documents: { changed: 0 } });
    const unreported = join(corpus, names[3]!);
    writeFileSync(
      unreported,
      `${readFileSync(unreported, 'utf8')}\nThe Bureau of Late Notes is under the Ministry of Watching.\n`,
    );
    session.setChangedFiles(new Set());
    expect(await ingest(corpus, session)).toMatchObject({ path: 'incremental', documents: { changed: 0 } });

    // ... while a restart (a new process: no session) starts from the state file and looks at every file.
    expect(await ingest(corpus, new IngestSession())).toMatchObject({
      path: 'incremental',
      documents: { changed: 1 },
    });
    expect(await fingerprint(db.driver)).toEqual(await cleanFingerprintOf(corpus));
  });

  it('after another process wrote to the same source, a watched run still ends with the graph a clean ingest gives', async () => {
    const corpus = tempCorpus();
    for (const name of readdirSync(EVAL_DEV).slice(0, 6)) cpSync(join(EVAL_DEV, name), join(corpus, name));
    const names = readdirSync(corpus).sort();
    await settle();
    const session = new IngestSession();
    await ingest(corpus, session);
    const otherCache = mkdtempSync(join(tmpdir(), 'kg-session-other-'));

    // Another process (its own cache, no session) ingests an edit; the watcher then reports
    // that file and one more: its kept state (and key index) no longer describe the graph.
    const first = join(corpus, names[1]!);
    const original = readFileSync(first, 'utf8');
    writeFileSync(
      first,
      `${readFileSync(first, 'utf8')}\nThe Office of Second Writers is under the Ministry of Watching.\n`,
    );
    await ingest(corpus, undefined, otherCache);
    const second = join(corpus, names[4]!);
    writeFileSync(second, readFileSync(second, 'utf8').slice(0, 300));
    session.setChangedFiles(new Set([resolve(first), resolve(second)]));
    await ingest(corpus, session);
    expect(await fingerprint(db.driver)).toEqual(await cleanFingerprintOf(corpus));

    // And the run after it goes on from what that run kept.
    writeFileSync(first, original);
    session.setChangedFiles(new Set([resolve(first)]));
    expect(await ingest(corpus, session)).toMatchObject({ documents: { changed: 1 } });
    expect(await fingerprint(db.driver)).toEqual(await cleanFingerprintOf(corpus));
  });

  it('after a run that did not save a state, the next one reads the file and looks at every file', async () => {
    const corpus = tempCorpus();
    await settle();
    const session = new IngestSession();
    await ingest(corpus, session);
    const name = join(corpus, readdirSync(corpus).sort()[1]!);
    const original = readFileSync(name);
    // A file that cannot be read fails its run's document: that run saves no state ...
    writeFileSync(name, Buffer.from([0x47, 0x00, 0xff, 0xfe, 0x00]));
    session.setChangedFiles(new Set([resolve(name)]));
    expect(await ingest(corpus, session)).toMatchObject({ documents: { failed: 1 } });
    // ... so the fix is found even when the watcher reports nothing.
    writeFileSync(name, `${original.toString('utf8')}\nThe Office of Second Chances is under the State Council.\n`);
    session.setChangedFiles(new Set());
    expect(await ingest(corpus, session)).toMatchObject({ path: 'incremental', documents: { changed: 1 } });
    expect(await fingerprint(db.driver)).toEqual(await cleanFingerprintOf(corpus));
  });
});
