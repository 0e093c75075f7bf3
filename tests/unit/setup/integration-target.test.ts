// The integration tests wipe the database they run on: their global setup must refuse an
// exported NEO4J_URI unless KG_TEST_NEO4J_URI names a server explicitly.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestProject } from 'vitest/node';
import setup from '../../integration/global-setup.ts';

describe('integration global setup', () => {
  const saved = {
    NEO4J_URI: process.env.NEO4J_URI,
    KG_TEST_NEO4J_URI: process.env.KG_TEST_NEO4J_URI,
    NEO4J_PASSWORD: process.env.NEO4J_PASSWORD,
  };
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('refuses to run against the database an exported NEO4J_URI names', async () => {
    process.env.NEO4J_URI = 'bolt://127.0.0.1:1';
    delete process.env.KG_TEST_NEO4J_URI;
    const provided: unknown[] = [];
    const project = { provide: (_key: string, value: unknown) => provided.push(value) } as unknown as TestProject;
    await expect(setup(project)).rejects.toThrow(/NEO4J_URI is set \(bolt:\/\/127\.0\.0\.1:1\).*KG_TEST_NEO4J_URI/s);
    expect(provided).toEqual([]);
  });

  it('uses the server KG_TEST_NEO4J_URI names, on purpose', async () => {
    process.env.NEO4J_URI = 'bolt://127.0.0.1:1';
    process.env.KG_TEST_NEO4J_URI = 'bolt://127.0.0.1:2';
    process.env.NEO4J_PASSWORD = 'x';
    const provided: { uri: string }[] = [];
    const project = {
      provide: (_key: string, value: { uri: string }) => provided.push(value),
    } as unknown as TestProject;
    const teardown = await setup(project);
    await teardown();
    expect(provided.map((settings) => settings.uri)).toEqual(['bolt://127.0.0.1:2']);
  });
});
