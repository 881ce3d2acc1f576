/** Builds elements from text only: article text never goes through innerHTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K, props: { className?: string; text?: string; title?: string; attrs?: Record<string, string> } = {}, children: (Node | null)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title) node.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`viewer: missing element #${id}`);
  return node as T;
}
