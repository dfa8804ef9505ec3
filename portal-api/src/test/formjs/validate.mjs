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
// jsdom has no DataTransfer; form-js's file picker only hands its files to the input
globalThis.DataTransfer ??= class {
  items = { add() {} };
  files = null;
};
const { Form } = createRequire(import.meta.url)('@bpmn-io/form-js-viewer');

const fixtures = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const results = {};

// The key the server gives a value's errors: names joined by dots, list items as [index].
function keyOf(valuePath) {
  return valuePath.reduce((key, segment) => (typeof segment === 'number' ? `${key}[${segment}]` : key ? `${key}.${segment}` : `${segment}`), '');
}

function valueAt(data, path) {
  return path.reduce((node, segment) => (node == null ? undefined : node[segment]), data);
}

// effects (computed fields, options from expressions) run after rendering
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

for (const fixture of fixtures) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const form = new Form({ container });
  // what the form was opened with, and what was entered in it
  await form.importSchema(fixture.schema, { ...(fixture.initialData || {}), ...fixture.data });
  await settled();
  await settled();
  const errors = form.validate();
  const imported = form._getState().data;
  const fields = form.get('formFieldRegistry');
  const rejected = new Set();
  for (const instance of form.get('formFieldInstanceRegistry').getAllKeyed()) {
    const key = keyOf(instance.valuePath);
    const messages = valueAt(errors, [instance.id, ...Object.values(instance.indexes || {})]);
    if (messages && messages.length) {
      rejected.add(key);
    }
    // a value form-js refuses on import (not an option, not a date) it drops or replaces;
    // an expression field's value is form-js's own, whatever was given
    const given = valueAt(fixture.data, instance.valuePath);
    const computed = fields.get(instance.id)?.type === 'expression';
    if (!computed && given !== undefined && given !== null && JSON.stringify(valueAt(imported, instance.valuePath)) !== JSON.stringify(given)) {
      rejected.add(key);
    }
  }
  results[fixture.name] = [...rejected].sort();
  form.destroy();
  container.remove();
}

process.stdout.write(JSON.stringify(results));
process.exit(0);
