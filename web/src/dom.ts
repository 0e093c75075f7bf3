// A small element builder: text always goes in as text nodes, never as HTML, so nothing the
// graph holds can inject markup into the page.

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

/** Creates an element with attributes (`on*` keys become listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(key.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(key, '');
    else element.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
  return element;
}

/** A link to a page of this app. */
export function link(route: string, text: string, attributes: Attributes = {}): HTMLAnchorElement {
  return h('a', { href: `#${route}`, ...attributes }, text);
}

/** The route of an entity's page. */
export function entityRoute(id: string): string {
  return `/entity/${encodeURIComponent(id)}`;
}

/** Formats a count with thousands separators. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : value.toLocaleString('en-GB');
}
