// History-API routing: the server answers every page address with the portal's
// index.html, and links marked data-link change the page without a reload.
export type Render = (parameters: string[], query: URLSearchParams) => Promise<void>;

interface Route {
  pattern: RegExp;
  render: Render;
}

const routes: Route[] = [];
let notFound: Render = async () => {};

export function route(pattern: RegExp, render: Render): void {
  routes.push({ pattern, render });
}

export function otherwise(render: Render): void {
  notFound = render;
}

export function navigate(path: string, replace = false): void {
  if (replace) {
    history.replaceState(null, '', path);
  } else {
    history.pushState(null, '', path);
  }
  void dispatch();
}

export async function dispatch(): Promise<void> {
  const path = location.pathname;
  const query = new URLSearchParams(location.search);
  for (const { pattern, render } of routes) {
    const match = pattern.exec(path);
    if (match) {
      await render(match.slice(1).map(decodeURIComponent), query);
      return;
    }
  }
  await notFound([], query);
}

export function startRouter(): void {
  window.addEventListener('popstate', () => void dispatch());
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a[data-link]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    navigate(link.getAttribute('href') ?? '/');
  });
  void dispatch();
}
