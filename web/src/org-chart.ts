// The organisation chart: the body, its departments and the bodies under it, and the posts
// held in each, drawn by cytoscape as a graph you can pan, zoom and click through.
import cytoscape from 'cytoscape';
import { getApi, type Organisation } from './api.ts';
import { entityRoute } from './dom.ts';

declare global {
  interface Window {
    /** The chart on the page, for a person's console and for the browser tests' clicks. */
    kgOrgChart?: cytoscape.Core;
  }
}

/** Below this zoom the boxes' text is too small to read. */
const MIN_READABLE_ZOOM = 0.6;

/** One box of the chart, in reading order: the body, its leadership, then each unit followed by its own posts. */
interface Box {
  id: string;
  label: string;
  kind: 'root' | 'post' | 'department' | 'agency';
  /** The entity a click opens. */
  target: string;
  /** The box it hangs from. */
  parent?: string;
}

function toBoxes(organisation: Organisation): Box[] {
  const root = organisation.root;
  const postsOf = (bodyId: string): Box[] =>
    organisation.posts
      .filter((post) => post.bodyId === bodyId)
      .map((post) => ({
        id: `post:${bodyId}:${post.person.id}:${post.title}`,
        label: post.title ? `${post.person.name}\n${post.title}` : post.person.name,
        kind: 'post',
        target: post.person.id,
        parent: bodyId,
      }));
  const boxes: Box[] = [{ id: root.id, label: root.name, kind: 'root', target: root.id }, ...postsOf(root.id)];
  for (const department of organisation.departments) {
    boxes.push(
      { id: department.id, label: department.name, kind: 'department', target: department.id, parent: root.id },
      ...postsOf(department.id),
    );
  }
  for (const agency of organisation.agencies)
    boxes.push({ id: agency.id, label: agency.name, kind: 'agency', target: agency.id, parent: root.id });
  return boxes;
}

/**
 * Draws the organisation under entity `id` into `container`. A body has dozens of units
 * and few levels, so a one-row tree would be unreadably wide: cytoscape's grid layout
 * wraps the boxes into rows as wide as the container, the body alone on top, and the
 * edges show what hangs from what.
 */
export async function renderOrgChart(container: HTMLElement, id: string): Promise<void> {
  const organisation = await getApi<Organisation>(`entities/${encodeURIComponent(id)}/organisation`);
  const boxes = toBoxes(organisation);
  const columns = Math.max(2, Math.floor(container.clientWidth / 175));
  const cells = new Map<string, { row: number; col: number }>();
  cells.set(boxes[0]!.id, { row: 0, col: Math.floor((columns - 1) / 2) });
  boxes
    .slice(1)
    .forEach((box, index) => cells.set(box.id, { row: 1 + Math.floor(index / columns), col: index % columns }));
  const elements: cytoscape.ElementDefinition[] = boxes.map((box) => ({
    data: { id: box.id, label: box.label, kind: box.kind, target: box.target },
  }));
  for (const box of boxes)
    if (box.parent)
      elements.push({ data: { id: `${box.parent}->${box.id}`, source: box.parent, target: box.id, kind: box.kind } });
  container.dataset.nodeCount = String(boxes.length);
  const chart = cytoscape({
    container,
    elements,
    minZoom: 0.1,
    maxZoom: 3,
    wheelSensitivity: 0.3,
    style: [
      {
        selector: 'node',
        style: {
          shape: 'round-rectangle',
          label: 'data(label)',
          'text-wrap': 'wrap',
          'text-max-width': '140px',
          'text-valign': 'center',
          'font-size': 12,
          width: 155,
          height: 50,
          'background-color': '#e8eef7',
          'border-width': 1,
          'border-color': '#7a8fb3',
          color: '#1b2a41',
        },
      },
      {
        selector: 'node[kind = "root"]',
        style: {
          'background-color': '#1f4e8c',
          color: '#ffffff',
          'font-weight': 'bold',
          width: 200,
          height: 60,
          'text-max-width': '185px',
        },
      },
      { selector: 'node[kind = "agency"]', style: { 'background-color': '#dcefe3', 'border-color': '#4d8a63' } },
      {
        selector: 'node[kind = "post"]',
        style: { 'background-color': '#fff6df', 'border-color': '#b08a2e', shape: 'round-tag' },
      },
      {
        selector: 'edge',
        style: {
          width: 1,
          'line-color': '#9aa9c2',
          opacity: 0.45,
          'curve-style': 'straight',
          'target-arrow-shape': 'triangle',
          'target-arrow-color': '#9aa9c2',
          'arrow-scale': 0.6,
        },
      },
      {
        selector: 'edge[kind = "post"]',
        style: { 'line-color': '#b08a2e', 'target-arrow-color': '#b08a2e', opacity: 0.8, width: 2 },
      },
    ],
    layout: {
      name: 'grid',
      rows: 1 + Math.ceil((boxes.length - 1) / columns),
      cols: columns,
      position: (node) => cells.get(node.id())!,
      avoidOverlap: true,
      padding: 16,
      condense: false,
    },
  });
  // On a narrow screen the whole chart would be too small to read: start readable, at the top.
  if (chart.zoom() < MIN_READABLE_ZOOM) {
    const box = chart.elements().boundingBox();
    chart.zoom(MIN_READABLE_ZOOM);
    chart.pan({
      x: (container.clientWidth - box.w * MIN_READABLE_ZOOM) / 2 - box.x1 * MIN_READABLE_ZOOM,
      y: 12 - box.y1 * MIN_READABLE_ZOOM,
    });
  }
  chart.on('tap', 'node', (event) => {
    const target = String(event.target.data('target'));
    if (target && target !== id) window.location.hash = entityRoute(target);
  });
  window.kgOrgChart = chart;
}
