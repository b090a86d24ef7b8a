// The API reference page: reads the server's own OpenAPI document and lays it out, with nothing fetched from
// elsewhere (it works offline, in a room without Internet). Everything the document says goes in as text (dom.js).
import { h, replaceContent } from './dom.js';

const DOCUMENT_URL = document.querySelector('[data-document]').getAttribute('href');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const root = document.getElementById('reference');

function schemaName(ref) {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** A schema as a short type label: a link for a named schema, "T[]" for arrays, "a | b" for unions and enums. */
function typeLabel(schema) {
  if (!schema) return 'any';
  if (schema.$ref) {
    const name = schemaName(schema.$ref);
    return h('a', { href: `#schema-${name}` }, name);
  }
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  const types = [schema.type ?? []].flat().filter((t) => t !== 'null');
  if (types.includes('array')) return h('span', {}, typeLabel(schema.items), '[]');
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return h('span', {}, alternatives.flatMap((s, i) => (i ? [' | ', typeLabel(s)] : [typeLabel(s)])));
  if (schema.additionalProperties) return h('span', {}, 'map of ', typeLabel(schema.additionalProperties));
  const base = types.join(' | ') || 'object';
  return schema.format ? `${base} (${schema.format})` : base;
}

function nullable(schema) {
  return [schema?.type ?? []].flat().includes('null');
}

function table(headings, rows) {
  return h('div', { class: 'table-scroll' },
    h('table', { class: 'data-table' },
      h('thead', {}, h('tr', {}, headings.map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', {}, rows)));
}

/** The media types of a body or response, each with its schema's type. */
function content(body) {
  return Object.entries(body?.content ?? {}).map(([type, media]) =>
    h('div', { class: 'api-media' }, h('code', {}, type), ' ', typeLabel(media.schema)));
}

/** The credentials of an operation: each requirement object is one alternative; an empty one means none is needed. */
function credentials(operation, schemes) {
  if (!operation.security) return h('p', { class: 'muted' }, 'No credential needed.');
  const items = operation.security.map((requirement) => {
    const names = Object.keys(requirement);
    if (names.length === 0) return h('li', {}, 'none (public answer)');
    // Several schemes in one requirement are all needed together.
    return h('li', {}, names.flatMap((name, i) =>
      [i ? ' and ' : '', h('a', { href: `#scheme-${name}` }, name), ` (${describeScheme(schemes[name])})`]));
  });
  return h('div', {}, h('p', {}, 'Any one of:'), h('ul', {}, items));
}

function describeScheme(scheme) {
  if (!scheme) return '';
  if (scheme.type === 'http') return `Authorization: ${scheme.scheme === 'bearer' ? 'Bearer <token>' : scheme.scheme}`;
  return scheme.in === 'query' ? `?${scheme.name}=…` : `${scheme.name} header`;
}

function parameters(operation) {
  const list = operation.parameters ?? [];
  if (list.length === 0) return null;
  return table(['Name', 'In', 'Type', 'Description'], list.map((p) => h('tr', {},
    h('th', { scope: 'row' }, h('code', {}, p.name), p.required ? '' : ' (optional)'),
    h('td', {}, p.in), h('td', {}, typeLabel(p.schema)), h('td', {}, p.description ?? ''))));
}

function responses(operation) {
  const entries = Object.entries(operation.responses ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return table(['Status', 'Meaning', 'Body'], entries.map(([status, response]) => h('tr', { 'data-status': status },
    h('th', { scope: 'row' }, status), h('td', {}, response.description ?? ''), h('td', {}, content(response)))));
}

function operationCard(method, path, operation, schemes) {
  return h('details', { class: 'card api-operation', id: operation.operationId ?? `${method}-${path}` },
    h('summary', {},
      h('span', { class: 'api-method', 'data-method': method }, method.toUpperCase()), ' ',
      h('code', { class: 'api-path' }, path), ' ',
      h('span', { class: 'api-summary' }, operation.summary ?? '')),
    operation.description ? h('p', {}, operation.description) : null,
    h('h4', {}, 'Credentials'), credentials(operation, schemes),
    parameters(operation) ? [h('h4', {}, 'Parameters'), parameters(operation)] : null,
    operation.requestBody ? [h('h4', {}, 'Request body'), content(operation.requestBody)] : null,
    h('h4', {}, 'Responses'), responses(operation));
}

function schemaSection(name, schema) {
  const required = new Set(schema.required ?? []);
  const properties = Object.entries(schema.properties ?? {});
  return h('section', { class: 'card', id: `schema-${name}` },
    h('h3', {}, name),
    schema.description ? h('p', {}, schema.description) : null,
    properties.length === 0
      ? h('p', {}, typeLabel({ ...schema, $ref: undefined }))
      : table(['Property', 'Type', 'Description'], properties.map(([property, value]) => h('tr', {},
        h('th', { scope: 'row' }, h('code', {}, property), required.has(property) ? '' : ' (optional)'),
        h('td', {}, typeLabel(value), nullable(value) ? ' or null' : ''),
        h('td', {}, value.description ?? '')))));
}

function render(api) {
  const schemes = api.components?.securitySchemes ?? {};
  const byTag = new Map();
  for (const [path, item] of Object.entries(api.paths ?? {})) {
    for (const method of METHODS.filter((m) => item[m])) {
      const tag = item[method].tags?.[0] ?? 'Other';
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push(operationCard(method, path, item[method], schemes));
    }
  }
  const tags = [...byTag.keys()].sort();
  replaceContent(root,
    h('nav', { class: 'card api-contents', 'aria-label': 'Contents' },
      h('p', {}, h('strong', {}, api.info?.title ?? 'API'), ' ', api.info?.version ?? ''),
      api.info?.description ? h('p', {}, api.info.description) : null,
      h('ul', {}, tags.map((tag) => h('li', {}, h('a', { href: `#tag-${tag}` }, tag))),
        h('li', {}, h('a', { href: '#credentials' }, 'Credentials')), h('li', {}, h('a', { href: '#schemas' }, 'Schemas')))),
    tags.map((tag) => h('section', { id: `tag-${tag}`, class: 'api-tag' }, h('h2', {}, tag), byTag.get(tag))),
    h('section', { id: 'credentials' }, h('h2', {}, 'Credentials'),
      Object.entries(schemes).map(([name, scheme]) => h('div', { class: 'card', id: `scheme-${name}` },
        h('h3', {}, name), h('p', {}, h('code', {}, describeScheme(scheme))), h('p', {}, scheme.description ?? '')))),
    h('section', { id: 'schemas' }, h('h2', {}, 'Schemas'),
      Object.entries(api.components?.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b))
        .map(([name, schema]) => schemaSection(name, schema))));
  // The address may name an operation or a schema (a link someone shared): open it once the page exists.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target instanceof HTMLDetailsElement) target.open = true;
  target?.scrollIntoView();
}

try {
  const response = await fetch(DOCUMENT_URL, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  render(await response.json());
} catch (error) {
  replaceContent(root, h('p', { class: 'field-error', role: 'alert' }, `The OpenAPI document could not be read: ${error.message}`));
}
