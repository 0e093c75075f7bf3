// A news item on one person moving between posts of two bodies: the predecessor "who was
// serving as" the post, the newcomer's earlier post given by surname alone ("Roe served as
// ..."), and a relative clause after a name ("Tom Hale, who served as Director of X,") that
// is the sentence's reading, not a "Name, Title" line.
import { describe, expect, it } from 'vitest';
import { extract, posts } from './helpers.ts';

const STORY = [
  'In a first for the Lakeland Harbour Board, a woman has been appointed as the Director-General.',
  'Officer Jane Roe will be replacing Tom Hale who was serving as the Director-General of the Lakeland Harbour Board before he moved to the Lakeland Border Force.',
  'Before assuming the post, Roe served as the Joint Secretary of the Ministry of Harbours.',
  'Sam Poe, who served as Director of the Lakeland Pilotage Authority, welcomed the news.',
];

describe('a news item on a move between two bodies', () => {
  it.each([
    ['text', 'news.txt', `Roe takes over the Harbour Board\n\n${STORY.join('\n\n')}\n`],
    ['markdown', 'news.md', `# Roe takes over the Harbour Board\n\n${STORY.join(' ')}\n`],
  ])('%s: each person holds the post the sentence gives them, the surname read as the full name', (_, id, doc) => {
    const held = posts(extract(doc, id));
    expect(held).toContain('Tom Hale|Director-General|Lakeland Harbour Board');
    expect(held).toContain('Jane Roe|Joint Secretary|Ministry of Harbours');
    expect(held).toContain('Sam Poe|Director|Lakeland Pilotage Authority');
    expect(held.some((p) => p.includes('who served'))).toBe(false);
  });

  it('a surname no one on the page carries in full holds nothing', () => {
    const held = posts(
      extract('News\n\nBefore that, Roe served as the Joint Secretary of the Ministry of Harbours.\n'),
    );
    expect(held).toEqual([]);
  });
});
