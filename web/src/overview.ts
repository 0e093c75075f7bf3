// The overview: what the graph holds, what the last ingest runs changed, what looks doubtful,
// and the most connected agencies as a way in.
import { getApi, type AnalysisResult, type Run, type Status } from './api.ts';
import { entityRoute, formatCount, h, link } from './dom.ts';

const ENTITY_TYPES = ['Agency', 'Department', 'Person', 'Law', 'Responsibility'];

const CHECK_HELP: Record<string, string> = {
  'mentioned once': 'entities (other than duties) that only one passage mentions',
  'agency without responsibilities': 'agencies for which no duty was extracted',
  'department without parent': 'departments not attached to any agency',
  'person without post': 'people with no extracted post',
};

/** A bar `percent` wide (set through the CSSOM: the page's CSP allows no inline style attributes). */
function bar(percent: number): HTMLElement {
  const element = h('span', { class: 'bar' });
  element.style.width = `${Math.round(percent)}%`;
  return element;
}

function countTable(caption: string, counts: [string, number][], testId: string): HTMLElement {
  const max = Math.max(1, ...counts.map(([, count]) => count));
  return h(
    'table',
    { class: 'counts', 'data-testid': testId },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'type'),
        h('th', { scope: 'col', class: 'num' }, 'count'),
        h('th', { scope: 'col', class: 'bar-cell', 'aria-hidden': 'true' }, ''),
      ),
    ),
    h(
      'tbody',
      {},
      counts.map(([name, count]) =>
        h(
          'tr',
          { 'data-name': name },
          h('th', { scope: 'row' }, name),
          h('td', { class: 'num' }, formatCount(count)),
          h('td', { class: 'bar-cell', 'aria-hidden': 'true' }, bar((100 * count) / max)),
        ),
      ),
    ),
  );
}

const delta = (plus: number | null, minus: number | null): string =>
  `+${formatCount(plus ?? 0)} / −${formatCount(minus ?? 0)}`;

function runsTable(runs: Run[]): HTMLElement {
  if (runs.length === 0) return h('p', {}, 'No ingest run yet: run ', h('code', {}, 'npx kg ingest'), '.');
  return h(
    'div',
    { class: 'scroll' },
    h(
      'table',
      { 'data-testid': 'runs' },
      h('caption', {}, 'Last ingest runs'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [
            'started',
            'documents new / changed / removed / failed',
            'nodes + / −',
            'relationships + / −',
            'seconds',
          ].map((label) => h('th', { scope: 'col' }, label)),
        ),
      ),
      h(
        'tbody',
        {},
        runs.map((run) =>
          h(
            'tr',
            {},
            h('td', {}, run.startedAt ? new Date(run.startedAt).toLocaleString('en-GB') : '–'),
            h(
              'td',
              {},
              [run.documentsNew, run.documentsChanged, run.documentsRemoved, run.documentsFailed]
                .map((n) => formatCount(n ?? 0))
                .join(' / '),
            ),
            h('td', {}, delta(run.nodesCreated, run.nodesDeleted)),
            h('td', {}, delta(run.relationshipsCreated, run.relationshipsDeleted)),
            h('td', { class: 'num' }, run.seconds === null ? '–' : run.seconds.toFixed(1)),
          ),
        ),
      ),
    ),
  );
}

/** Renders the overview into `main`. */
export async function renderOverview(main: HTMLElement): Promise<void> {
  const [status, runs, connected] = await Promise.all([
    getApi<Status>('status'),
    getApi<Run[]>('runs?limit=5'),
    getApi<AnalysisResult>('analyses/most-connected?type=Agency&limit=8'),
  ]);
  const nodeCounts = ENTITY_TYPES.map((type): [string, number] => [type, status.nodes[type] ?? 0]);
  nodeCounts.push(['Document', status.nodes.Document ?? 0]);
  const relationshipCounts = Object.entries(status.relationships);
  const agencies = await Promise.all(
    connected.rows.map(async (row) => {
      const name = String(row.entity);
      const hits = await getApi<{ hits: { id: string; name: string; type: string }[] }>(
        `search?q=${encodeURIComponent(name)}&limit=5`,
      );
      const hit = hits.hits.find((candidate) => candidate.name === name && candidate.type === 'Agency');
      return { name, degree: Number(row.degree), id: hit?.id };
    }),
  );
  main.replaceChildren(
    h('h1', {}, 'Overview'),
    h(
      'p',
      { class: 'lead' },
      'What the graph holds: public bodies, their departments, the people in their posts, their duties and the laws behind them, each fact traced to the document that says it. Search above, or start from an agency.',
    ),
    h(
      'section',
      { class: 'grid' },
      h('div', { class: 'card' }, countTable('Nodes per type', nodeCounts, 'node-counts')),
      h('div', { class: 'card' }, countTable('Relationships per type', relationshipCounts, 'relationship-counts')),
      h(
        'div',
        { class: 'card' },
        h('h2', {}, 'Most connected agencies'),
        h(
          'ol',
          { class: 'agencies' },
          agencies.map((agency) =>
            h(
              'li',
              {},
              agency.id ? link(entityRoute(agency.id), agency.name) : agency.name,
              h('span', { class: 'muted' }, ` · ${agency.degree} facts`),
            ),
          ),
        ),
      ),
      h(
        'div',
        { class: 'card' },
        h('h2', {}, 'Data quality'),
        h(
          'ul',
          { class: 'quality', 'data-testid': 'data-quality' },
          Object.keys(CHECK_HELP).map((check) =>
            h(
              'li',
              {},
              h('strong', {}, formatCount(status.dataQuality[check] ?? 0)),
              ' ',
              check,
              h('span', { class: 'muted' }, ` — ${CHECK_HELP[check]}`),
            ),
          ),
        ),
      ),
    ),
    h('section', { class: 'card' }, runsTable(runs)),
  );
}
