// The dashboard page: a hash router over the overview, search results and entity pages.
// Everything it shows comes from this server's /api; it loads nothing from anywhere else.
import { ApiError, setToken } from './api.ts';
import { h } from './dom.ts';
import { renderEntity } from './entity.ts';
import { renderOverview } from './overview.ts';
import { renderSearch } from './search.ts';

const main = document.querySelector('main') as HTMLElement;
const searchInput = document.querySelector('#search-input') as HTMLInputElement;

function showError(page: HTMLElement, error: unknown): void {
  if (error instanceof ApiError && error.status === 401) {
    const input = h('input', { type: 'password', name: 'token', autocomplete: 'off', 'aria-label': 'token' });
    page.replaceChildren(
      h('h1', {}, 'This server needs a token'),
      h('p', {}, 'It was started with KG_SERVE_TOKEN. Enter that token (kept for this tab only):'),
      h(
        'form',
        {
          class: 'token-form',
          onsubmit: (event: Event) => {
            event.preventDefault();
            setToken(input.value);
            void route();
          },
        },
        input,
        h('button', { type: 'submit' }, 'Use token'),
      ),
    );
    return;
  }
  page.replaceChildren(
    h('h1', {}, 'Something went wrong'),
    h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)),
  );
}

async function route(): Promise<void> {
  // Each route renders into its own element: a slow page that finishes after the person has
  // moved on writes into a detached element instead of over the newer page.
  const page = h('div', { class: 'page' });
  main.replaceChildren(page);
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path = '/', queryText = ''] = hash.split('?');
  document.title = 'Public bodies graph';
  main.setAttribute('aria-busy', 'true');
  try {
    if (path.startsWith('/entity/')) {
      await renderEntity(page, decodeURIComponent(path.slice('/entity/'.length)));
    } else if (path === '/search') {
      const query = new URLSearchParams(queryText).get('q') ?? '';
      searchInput.value = query;
      await renderSearch(page, query);
    } else {
      await renderOverview(page);
    }
    main.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  } catch (error) {
    showError(page, error);
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
}

(document.querySelector('#search-form') as HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  const query = searchInput.value.trim();
  if (query) window.location.hash = `/search?q=${encodeURIComponent(query)}`;
});
window.addEventListener('hashchange', () => void route());
void route();
