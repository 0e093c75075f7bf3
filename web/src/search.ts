// Search results: the full-text index over names and aliases, best match first.
import { getApi, type EntityRef } from './api.ts';
import { entityRoute, h, link } from './dom.ts';

/** Renders the results for `query` into `main`. */
export async function renderSearch(main: HTMLElement, query: string): Promise<void> {
  const { hits } = await getApi<{ hits: (EntityRef & { score: number })[] }>(
    `search?q=${encodeURIComponent(query)}&limit=30`,
  );
  main.replaceChildren(
    h('h1', {}, `Search: “${query}”`),
    hits.length === 0
      ? h('p', {}, 'Nothing in the graph has that name. Try fewer or other words.')
      : h(
          'ol',
          { class: 'results', 'data-testid': 'search-results' },
          hits.map((hit) =>
            h(
              'li',
              {},
              h('span', { class: `badge ${hit.type.toLowerCase()}` }, hit.type),
              ' ',
              link(entityRoute(hit.id), hit.name, { class: 'result-link' }),
            ),
          ),
        ),
  );
}
