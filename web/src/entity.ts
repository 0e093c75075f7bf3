// An entity's page: its facts grouped the way a person asks about a body (departments,
// people and posts, duties, laws, parent), each with the evidence behind it on demand.
import { getApi, type Entity, type Relationship, type Span } from './api.ts';
import { entityRoute, h, link } from './dom.ts';
import { renderOrgChart } from './org-chart.ts';

/** How each kind of fact is headed, seen from this entity: [relationship type, direction, heading]. */
const SECTIONS: [string, 'out' | 'in', string][] = [
  ['SUBORDINATE_TO', 'out', 'Parent body'],
  ['HAS_DEPARTMENT', 'in', 'Part of'],
  ['HAS_DEPARTMENT', 'out', 'Departments'],
  ['SUBORDINATE_TO', 'in', 'Bodies under it'],
  ['HOLDS_POSITION', 'in', 'People and posts'],
  ['HOLDS_POSITION', 'out', 'Posts held'],
  ['HAS_RESPONSIBILITY', 'out', 'Responsibilities'],
  ['HAS_RESPONSIBILITY', 'in', 'Held by'],
  ['GOVERNED_BY', 'out', 'Governed by laws'],
  ['GOVERNED_BY', 'in', 'Bodies governed by this law'],
];

function spanItem(span: Span): HTMLElement {
  return h(
    'li',
    { class: 'span' },
    h(
      'div',
      { class: 'where' },
      h('span', { class: 'doc' }, span.path ?? span.document),
      h('span', { class: 'muted' }, ` characters ${span.start}–${span.end}`),
    ),
    span.quote !== null
      ? h('blockquote', { class: 'quote' }, span.quote)
      : h('p', { class: 'muted' }, `No quote: ${span.quoteStatus}`),
  );
}

/** A button that shows and hides `target`, saying so to assistive technology. */
function toggleButton(target: HTMLElement, label: string): HTMLElement {
  const button = h(
    'button',
    {
      type: 'button',
      class: 'evidence-toggle',
      'aria-expanded': 'false',
      onclick: () => {
        target.hidden = !target.hidden;
        button.setAttribute('aria-expanded', String(!target.hidden));
      },
    },
    label,
  );
  return button;
}

/** A list item for one fact, with a button that shows its evidence. */
function factItem(relationship: Relationship): HTMLElement {
  const more = relationship.evidenceTotal - relationship.evidence.length;
  const evidence = h(
    'ul',
    { class: 'evidence', hidden: true },
    relationship.evidence.map(spanItem),
    more > 0 ? h('li', { class: 'muted' }, `and ${more} more passage${more === 1 ? '' : 's'}`) : null,
  );
  const count = relationship.evidenceTotal;
  const button = toggleButton(evidence, count === 1 ? 'evidence' : `evidence (${count})`);
  const title = relationship.title ? h('span', { class: 'title' }, relationship.title) : null;
  return h(
    'li',
    { class: 'fact', 'data-type': relationship.type },
    h(
      'div',
      { class: 'fact-line' },
      link(entityRoute(relationship.other.id), relationship.other.name),
      title ? ' — ' : null,
      title,
      ' ',
      button,
    ),
    evidence,
  );
}

function mentionsSection(entity: Entity): HTMLElement {
  const list = h('ul', { class: 'evidence', hidden: true }, entity.mentions.map(spanItem));
  const button = toggleButton(
    list,
    entity.mentionsTotal > entity.mentions.length
      ? `show the first ${entity.mentions.length} of ${entity.mentionsTotal} mentions`
      : `show ${entity.mentionsTotal} mention${entity.mentionsTotal === 1 ? '' : 's'}`,
  );
  return h('section', { class: 'card' }, h('h2', {}, 'Where the documents name it'), button, list);
}

/** Renders the page of entity `id` into `main`. */
export async function renderEntity(main: HTMLElement, id: string): Promise<void> {
  const entity = await getApi<Entity>(`entities/${encodeURIComponent(id)}`);
  document.title = `${entity.name} · public bodies graph`;
  const sections = SECTIONS.map(([type, direction, heading]) => {
    const facts = entity.relationships.filter(
      (relationship) => relationship.type === type && relationship.direction === direction,
    );
    if (facts.length === 0) return null;
    return h(
      'section',
      { class: 'card facts', 'data-section': heading },
      h('h2', {}, heading, h('span', { class: 'muted' }, ` (${facts.length})`)),
      h('ul', {}, facts.map(factItem)),
    );
  });
  const chart =
    entity.type === 'Agency' || entity.type === 'Department'
      ? h(
          'section',
          { class: 'card' },
          h('h2', {}, 'Organisation chart'),
          h('p', { class: 'muted' }, 'Drag to pan, scroll or pinch to zoom, click a box to open it.'),
          h('div', { class: 'org-chart', 'data-testid': 'org-chart' }),
        )
      : null;
  main.replaceChildren(
    h(
      'header',
      { class: 'entity-head' },
      h('span', { class: `badge ${entity.type.toLowerCase()}` }, entity.type),
      h('h1', {}, entity.name),
      entity.aliases.length > 0 ? h('p', { class: 'muted' }, `Also called: ${entity.aliases.join(', ')}`) : null,
    ),
    ...(chart ? [chart] : []),
    h('div', { class: 'grid' }, sections),
    mentionsSection(entity),
  );
  if (chart) await renderOrgChart(chart.querySelector('.org-chart') as HTMLElement, entity.id);
}
