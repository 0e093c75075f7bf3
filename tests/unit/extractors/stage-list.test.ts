// stage-list.ts: the list is the composition. Stages run in the order listed, each on what
// the input and the stages before it wrote; the compiler rejects a stage that reads a field
// nothing before it writes.
import { describe, expect, it } from 'vitest';
import { StageList, type Stage } from '../../../extractors/stage-list.ts';

const words: Stage<{ text: string }, { words: string[] }> = {
  name: 'words',
  does: 'splits the text into words',
  modules: ['words.ts'],
  run: ({ text }) => ({ words: text.split(' ') }),
};
const count: Stage<{ words: string[] }, { count: number }> = {
  name: 'count',
  does: 'counts the words',
  modules: ['count.ts'],
  run: ({ words: list }) => ({ count: list.length }),
};
const longest: Stage<{ words: string[] }, { words: string[] }> = {
  name: 'longest',
  does: 'keeps the longest word',
  modules: ['longest.ts'],
  run: ({ words: list }) => ({ words: [[...list].sort((a, b) => b.length - a.length)[0] ?? ''] }),
};

const list = StageList.from<{ text: string }>().then(words).then(count).then(longest);

describe('StageList', () => {
  it('runs the stages in order, each adding its fields to the state', () => {
    expect(list.run({ text: 'the quick brown fox' })).toEqual({
      text: 'the quick brown fox',
      words: ['quick'],
      count: 4,
    });
  });

  it('lets a later stage refine a field an earlier one wrote', () => {
    const before = StageList.from<{ text: string }>().then(words).then(longest).then(count);
    expect(before.run({ text: 'a bb ccc' }).count).toBe(1);
  });

  it('lists the stages it runs, in that order, with what each does', () => {
    expect(list.stages.map((s) => s.name)).toEqual(['words', 'count', 'longest']);
    expect(list.stages[1]).toEqual({ name: 'count', does: 'counts the words', modules: ['count.ts'] });
  });

  it('gives the state a stage receives, running only the stages before it', () => {
    expect(list.stateBefore(count, { text: 'a b' })).toEqual({ text: 'a b', words: ['a', 'b'] });
    expect(list.stateBefore(words, { text: 'a b' })).toEqual({ text: 'a b' });
  });

  it('refuses a stage that is not in the list, or one listed twice', () => {
    const other: Stage<{ text: string }, object> = { name: 'other', does: 'nothing', modules: [], run: () => ({}) };
    expect(() => list.stateBefore(other, { text: '' })).toThrow(
      /"other" is not in this list \(words, count, longest\)/,
    );
    expect(() => list.then(count)).toThrow(/"count" is listed twice/);
  });

  it('does not compile a stage whose input no earlier stage wrote (checked by npm run typecheck)', () => {
    // @ts-expect-error `count` reads `words`, which nothing before it writes
    const miswired = StageList.from<{ text: string }>().then(count);
    expect(miswired.stages).toHaveLength(1);
  });
});
