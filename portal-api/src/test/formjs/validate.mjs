// Validates each fixture with form-js itself (in jsdom) and prints, per fixture, the keys of
// the fields form-js rejects: those with validation errors, and those whose value form-js
// refuses on import (it drops, for example, a select value that is not an option).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
for (const name of ['window', 'document', 'navigator', 'Node', 'HTMLElement', 'Element', 'Event', 'KeyboardEvent',
  'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'DOMParser', 'CustomEvent',
  'SVGElement']) {
  if (!(name in globalThis)) {
    globalThis[name] = dom.window[name];
  }
}
const { Form } = createRequire(import.meta.url)('@bpmn-io/form-js-viewer');

const fixtures = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const results = {};

function keyPaths(components, prefix = []) {
  const paths = {};
  for (const component of components || []) {
    const nested = component.path ? [...prefix, ...component.path.split('.')] : prefix;
    if (component.components) {
      Object.assign(paths, keyPaths(component.components, nested));
    }
    if (component.key) {
      paths[component.id] = [...nested, ...component.key.split('.')].join('.');
    }
  }
  return paths;
}

function valueAt(data, path) {
  return path.split('.').reduce((node, segment) => (node == null ? undefined : node[segment]), data);
}

for (const fixture of fixtures) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const form = new Form({ container });
  await form.importSchema(fixture.schema, fixture.data);
  const paths = keyPaths(fixture.schema.components);
  const rejected = new Set(Object.keys(form.validate()).map((id) => paths[id]));
  const imported = form._getState().data;
  const shown = form.get('formFieldInstanceRegistry').getAllKeyed().filter((instance) => !instance.hidden);
  for (const path of shown.map((instance) => paths[instance.id])) {
    const given = valueAt(fixture.data, path);
    if (given !== undefined && given !== null && JSON.stringify(valueAt(imported, path)) !== JSON.stringify(given)) {
      rejected.add(path);
    }
  }
  results[fixture.name] = [...rejected].sort();
  form.destroy();
  container.remove();
}

process.stdout.write(JSON.stringify(results));
process.exit(0);
