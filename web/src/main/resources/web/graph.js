/* Graph view of an entity's neighbourhood with Cytoscape.js (served from its WebJar): claim links
 * drawn as arrows labelled with their predicate (wider = higher belief), co-mentions as dashed
 * lines. Filter by predicate and neighbour category; click (or press Enter on) a node to expand
 * its own neighbours. The list under the canvas offers the same actions to keyboard users.
 * For tests, the live graph is window.litgraphGraph and the canvas carries data-nodes/data-edges. */
'use strict';

const PREDICATES = ['treats', 'prevents', 'causes', 'contributes_to', 'increases', 'decreases', 'regulates',
  'produces', 'located_in', 'derived_from', 'interacts_with', 'associated_with', 'studies', 'tests',
  'sponsored_by', 'co_mentioned'];
const CATEGORY_COLOURS = {
  Disease: '#c62828', ChemicalEntity: '#1565c0', GeneOrGeneProduct: '#2e7d32', Cell: '#7b1fa2',
  OrganismTaxon: '#8d6e00', AnatomicalEntity: '#ad1457', BiologicalProcess: '#00796b', ClinicalTrial: '#bf5000',
  Organization: '#283593', Place: '#6d4c41', Other: '#546e7a',
};
const FIRST_LIMIT = 25;
const EXPAND_LIMIT = 12;

function neighborsUrl(id, filters, limit) {
  const params = new URLSearchParams({ limit: String(limit) });
  if (filters.predicate) params.set('predicate', filters.predicate);
  if (filters.category) params.set('category', filters.category);
  return `/api/entities/${encodeURIComponent(id)}/neighbors?${params}`;
}

function graphStyle() {
  return [
    { selector: 'node', style: {
      'background-color': (n) => CATEGORY_COLOURS[n.data('category')] || CATEGORY_COLOURS.Other,
      label: 'data(label)', color: '#1c2330', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
      'text-wrap': 'ellipsis', 'text-max-width': 120, width: 22, height: 22,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
    { selector: 'node[?center]', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#f0a500', 'font-weight': 'bold' } },
    { selector: 'node[?expanded]', style: { 'border-width': 2, 'border-color': '#1c2330' } },
    { selector: 'node:selected', style: { 'overlay-color': '#f0a500', 'overlay-opacity': 0.25 } },
    { selector: 'edge', style: {
      width: (e) => 1 + 5 * Math.min(1, e.data('belief') || 0), 'line-color': '#7a8699', 'curve-style': 'bezier',
      'target-arrow-shape': 'triangle', 'target-arrow-color': '#7a8699', label: 'data(label)', 'font-size': 9,
      color: '#3d4756', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8 } },
    { selector: 'edge[predicate = "co_mentioned"]', style: {
      'line-style': 'dashed', 'target-arrow-shape': 'none', label: '', 'line-color': '#b9c1cc', width: 1 } },
  ];
}

/** Cytoscape elements for one entity's neighbours, oriented as the links are. */
function neighbourElements(centerId, neighbors) {
  const out = [];
  for (const n of neighbors) {
    const other = n.entity;
    out.push({ group: 'nodes', data: { id: other.id, label: other.name || other.id, category: other.category } });
    const incoming = n.direction === 'in';
    const source = incoming ? other.id : centerId;
    const target = incoming ? centerId : other.id;
    out.push({ group: 'edges', data: {
      id: `${source}|${n.predicate}|${target}`, source, target, predicate: n.predicate,
      label: n.predicate === 'co_mentioned' ? '' : predicateLabel(n.predicate),
      belief: n.belief, support: n.support } });
  }
  return out;
}

function selectControl(id, label, options, value, onChange) {
  const select = el('select', { id, onchange: () => onChange(select.value) },
    el('option', { value: '' }, 'All'),
    options.map((o) => el('option', { value: o, selected: o === value }, predicateLabel(o))));
  return el('label', { class: 'control', for: id }, label, ' ', select);
}

/** Draws the neighbourhood of entity `e` into `section`; resolves when the first load is drawn. */
async function mountGraph(section, e, ctx, opts = {}) {
  const filters = { predicate: '', category: '' };
  const canvas = el('div', { id: 'graph-canvas', class: 'graph-canvas', role: 'img',
    'aria-label': `Graph of entities linked to ${e.name || e.id}`, style: `height:${opts.height || 520}px` });
  const note = el('p', { id: 'graph-note', class: 'hint', 'aria-live': 'polite' });
  const nodeList = el('ul', { id: 'graph-nodes', class: 'graph-nodes', 'aria-label': 'Entities in the graph' });
  const reload = () => load().catch(showError);
  section.append(
    el('div', { class: 'graph-controls' },
      selectControl('graph-predicate', 'Predicate', PREDICATES, '', (v) => { filters.predicate = v; reload(); }),
      selectControl('graph-category', 'Category', Object.keys(CATEGORY_COLOURS), '', (v) => { filters.category = v; reload(); }),
      el('span', { class: 'legend' }, 'Arrows: claims (wider = stronger belief) · dashed: co-mentioned · click a node to expand it')),
    canvas, note, nodeList);
  if (typeof window.cytoscape !== 'function') {
    note.textContent = 'The graph library (Cytoscape.js) did not load, so the graph cannot be drawn.';
    return;
  }
  const cy = window.cytoscape({ container: canvas, style: graphStyle(), wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3 });
  window.litgraphGraph = cy;
  const counts = () => {
    canvas.dataset.nodes = String(cy.nodes().length);
    canvas.dataset.edges = String(cy.edges().length);
    note.textContent = `${plural(cy.nodes().length, 'entity', 'entities')}, ${plural(cy.edges().length, 'link')}.`;
    nodeList.replaceChildren(...cy.nodes().map((n) => el('li', null,
      el('button', { type: 'button', class: 'linkish', 'data-entity-id': n.id(), disabled: n.data('expanded') || false,
        onclick: () => expand(n.id()).catch(showError) }, n.data('expanded') ? n.data('label') : `Expand ${n.data('label')}`),
      ' ', el('a', { href: entityHref(n.id()) }, 'page'),
      n.id() === e.id ? null : [' · ', el('a', { href: evidenceHref(e.id, n.id()) }, 'evidence')])));
  };
  const layout = () => cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 60000, idealEdgeLength: () => 130, nodeOverlap: 20, componentSpacing: 80, fit: true, padding: 30 }).run();
  const expand = async (id) => {
    const node = cy.getElementById(id);
    if (!node.length || node.data('expanded')) return;
    node.data('expanded', true);
    const data = await api(neighborsUrl(id, filters, EXPAND_LIMIT));
    const before = cy.nodes().length;
    cy.add(neighbourElements(id, data.neighbors || []).filter((x) => !cy.getElementById(x.data.id).length));
    layout();
    counts();
    note.textContent += ` Expanded ${node.data('label')}: ${plural(cy.nodes().length - before, 'new entity', 'new entities')}.`;
  };
  async function load() {
    const data = await api(neighborsUrl(e.id, filters, FIRST_LIMIT));
    if (ctx && !ctx.isCurrent()) return;
    cy.elements().remove();
    cy.add({ group: 'nodes', data: { id: e.id, label: e.name || e.id, category: e.category, center: true, expanded: true } });
    cy.add(neighbourElements(e.id, data.neighbors || []));
    layout();
    counts();
    if (!(data.neighbors || []).length) note.textContent = 'No linked entities match these filters.';
  }
  cy.on('tap', 'node', (event) => { expand(event.target.id()).catch(showError); });
  await load();
}

async function renderGraphPage(main, ctx) {
  if (!ctx.arg) return renderNotFound(main);
  main.append(loading('Loading graph…'));
  const e = await api('/api/entities/' + encodeURIComponent(ctx.arg));
  if (!ctx.isCurrent()) return;
  document.title = `Graph of ${e.name || e.id} · LitGraph`;
  const section = el('article', { id: 'graph-view', class: 'card' },
    el('h1', { tabindex: '-1' }, 'Neighbourhood of ', el('a', { href: entityHref(e.id) }, e.name || e.id)));
  main.replaceChildren(section);
  focusHeading(section);
  await mountGraph(section, e, ctx, { height: 620 });
}
