/* LitGraph web UI: a single-page app driven by the URL hash. This file holds the shared helpers,
 * the document page and the router; search.js, autocomplete.js, entity.js, graph.js and
 * evidence.js hold the other pages and load before it (index.html).
 * Routes: #/ · #/search?q=…&category=…&cursor… · #/entity/<id> · #/graph/<id>
 *         · #/evidence?a=<id>&b=<id> · #/document/<id>[?s=<sentence index>]
 * Safety rule: all server text goes into the DOM as text nodes. The only exception is the
 * search snippet, whose sole markup is <mark> (see snippetNode). */
'use strict';

const CATEGORIES = new Set(['Disease', 'ChemicalEntity', 'GeneOrGeneProduct', 'Cell', 'OrganismTaxon',
  'AnatomicalEntity', 'BiologicalProcess', 'Organization', 'Place', 'ClinicalTrial', 'Other']);
let navSeq = 0; // bumped on every navigation so slow responses for an old route are dropped

/* ---------- DOM helpers ---------- */

/** el('a', {href: '#/'}, 'text', node…): strings become text nodes, never HTML. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** CSS class for a category; unknown categories fall back to "Other" (also keeps class names sane). */
const catClass = (category) => 'cat-' + (CATEGORIES.has(category) ? category : 'Other');
const plural = (n, one, many = one + 's') => `${n ?? 0} ${n === 1 ? one : many}`;
const entityHref = (id) => '#/entity/' + encodeURIComponent(id);
const documentHref = (id, sentence) =>
  '#/document/' + encodeURIComponent(id) + (sentence != null ? '?s=' + encodeURIComponent(sentence) : '');
const evidenceHref = (a, b) => '#/evidence?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b);
const graphHref = (id) => '#/graph/' + encodeURIComponent(id);
const predicateLabel = (p) => String(p || '').replace(/_/g, ' ');
const loading = (text) => el('p', { class: 'loading', role: 'status' }, text);
const empty = (text) => el('p', { class: 'empty' }, text);

/* ---------- API ---------- */

class ApiError extends Error {
  constructor(title, detail, status) {
    super(detail ? `${title}: ${detail}` : title);
    this.title = title;
    this.detail = detail;
    this.status = status;
  }
}

/** GET a JSON endpoint. Non-2xx responses carry RFC 9457 problem JSON, turned into an ApiError. */
async function api(path) {
  let res;
  try {
    res = await fetch(path, { headers: { Accept: 'application/json, application/problem+json' } });
  } catch (_) {
    throw new ApiError('Network error', 'Could not reach the LitGraph server. Check that it is running and try again.');
  }
  let body = null;
  try { body = await res.json(); } catch (_) { /* not JSON; handled below */ }
  if (!res.ok) {
    const title = (body && body.title) || res.statusText || 'Error';
    const detail = (body && body.detail) || `The server responded with HTTP ${res.status}.`;
    throw new ApiError(title, detail, res.status);
  }
  if (body === null) throw new ApiError('Unexpected response', `${path} did not return JSON.`, res.status);
  return body;
}

/** Show (or with no argument, clear) the page-level error box. */
function showError(err) {
  const box = document.getElementById('error');
  box.replaceChildren();
  box.hidden = !err;
  if (!err) return;
  const title = err instanceof ApiError ? err.title : 'Something went wrong';
  const detail = err instanceof ApiError ? err.detail : String((err && err.message) || err);
  box.append(el('strong', null, title), detail ? ': ' + detail : '');
}

/* ---------- Shared components ---------- */

function entityChip(entity, count) {
  const category = entity.category || 'Other';
  return el('a', {
    class: `entity-chip ${catClass(category)}`,
    href: entityHref(entity.id),
    title: `${category} · ${entity.id}` + (count != null ? ` · ${plural(count, 'co-mention')}` : ''),
    'data-entity-id': entity.id,
    'data-category': category,
  }, el('span', { class: 'chip-name' }, entity.name || entity.id),
  count != null ? el('span', { class: 'chip-count' }, String(count)) : null);
}

/** A list of chips, de-duplicated by id. withCount shows each item's `count`. */
function chipList(entities, withCount = false) {
  const seen = new Set();
  const items = (entities || []).filter((e) => e && e.id && !seen.has(e.id) && seen.add(e.id));
  if (!items.length) return null;
  return el('ul', { class: 'chips', 'aria-label': 'Entities' },
    items.map((e) => el('li', null, entityChip(e, withCount ? e.count : null))));
}

/* Snippets are server-escaped HTML whose only markup is <mark>. As defence in depth we parse
 * them in an inert <template> and rebuild them from text plus bare <mark> elements only. */
function snippetNode(html) {
  const tpl = document.createElement('template');
  tpl.innerHTML = html || '';
  const out = el('p', { class: 'snippet' });
  for (const node of tpl.content.childNodes) {
    if (node.nodeName === 'MARK') out.append(el('mark', null, node.textContent));
    else out.append(node.textContent || '');
  }
  return out;
}

function metaLine(kind, published, ...extra) {
  return el('p', { class: 'meta' },
    kind ? el('span', { class: 'kind' }, kind) : null,
    published ? el('time', { datetime: published }, published) : el('span', { class: 'muted' }, 'Undated'),
    extra);
}

/** Definition-list row; omitted when there is no value. */
/** "enrolment" -> "Enrolment", "lead_sponsor" -> "Lead sponsor". */
function attributeLabel(key) {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fact(label, value) {
  if (value == null || value === '') return null;
  return el('div', { class: 'fact' }, el('dt', null, label), el('dd', null, value));
}

/** Focus the page heading (for screen readers and keyboard users) without jumping the view. */
function focusHeading(root) {
  const h1 = root.querySelector('h1');
  if (h1) h1.focus({ preventScroll: true });
}

/* ---------- Route: document ---------- */

/* Build text with mention links from character offsets, using text nodes only (never HTML strings).
 * Only mentions lying fully inside [from, to) are used. Mentions are sorted by start; one that starts
 * before the previous one ended (an overlap) is skipped, as is anything with invalid offsets. */
function textWithMentions(text, mentions, from, to) {
  const frag = document.createDocumentFragment();
  let cursor = from;
  for (const m of mentions) {
    const { start, end } = m;
    if (!Number.isInteger(start) || !Number.isInteger(end)) continue;
    if (start < cursor || end > to || end <= start) continue;
    if (start > cursor) frag.append(text.slice(cursor, start));
    frag.append(el('a', {
      class: `mention ${catClass(m.category)}`,
      href: entityHref(m.entityId),
      title: `${m.name || m.entityId} · ${m.category || 'Other'} · ${m.entityId}`,
      'data-entity-id': m.entityId,
    }, text.slice(start, end)));
    cursor = end;
  }
  if (cursor < to) frag.append(text.slice(cursor, to));
  return frag;
}

/** Distinct entities mentioned in a document, most mentioned first, as chip data with counts. */
function documentEntities(mentions) {
  const byId = new Map();
  for (const m of mentions) {
    const item = byId.get(m.entityId) || { id: m.entityId, name: m.name, category: m.category, count: 0 };
    item.count += 1;
    byId.set(m.entityId, item);
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || String(a.name).localeCompare(String(b.name)));
}

/* Links for a document's identifiers; values only ever go into href through encodeURIComponent. */
const ID_LINKS = {
  pmid: (v) => 'https://pubmed.ncbi.nlm.nih.gov/' + encodeURIComponent(v) + '/',
  pmcid: (v) => 'https://www.ncbi.nlm.nih.gov/pmc/articles/' + encodeURIComponent(v) + '/',
  doi: (v) => 'https://doi.org/' + v.split('/').map(encodeURIComponent).join('/'),
  nct: (v) => 'https://clinicaltrials.gov/study/' + encodeURIComponent(v),
};

function idLinks(ids) {
  const entries = Object.entries(ids || {});
  if (!entries.length) return null;
  return el('ul', { class: 'tags' }, entries.map(([scheme, value]) => el('li', null,
    ID_LINKS[scheme]
      ? el('a', { href: ID_LINKS[scheme](String(value)), target: '_blank', rel: 'noopener noreferrer' }, `${scheme}: ${value}`)
      : `${scheme}: ${value}`)));
}

/** The claims a document states: subject, predicate, object, with the extractor. */
function claimList(claims) {
  if (!claims || !claims.length) return null;
  return el('ul', { class: 'claim-list' }, claims.map((c) => el('li', { class: 'claim' },
    entityChip(c.subject),
    el('span', { class: 'predicate' }, ` ${String(c.predicate).replace(/_/g, ' ')} `),
    entityChip(c.object),
    ' ', el('a', { class: 'evidence-link', href: evidenceHref(c.subject.id, c.object.id) }, 'evidence'),
    Object.keys(c.attributes || {}).length
      ? el('span', { class: 'muted' }, ' (' + Object.entries(c.attributes).map(([k, v]) => `${k}: ${v}`).join(', ') + ')') : null)));
}

function citationList(citations) {
  if (!citations || !citations.length) return null;
  return el('ol', { class: 'citation-list' }, citations.map((c) => el('li', null,
    c.label ? el('span', { class: 'muted' }, `[${c.label}] `) : null,
    c.documentId ? el('a', { href: documentHref(c.documentId) }, c.text || c.documentId) : (c.text || ''),
    ' ', idLinks(c.ids))));
}

async function renderDocument(main, ctx) {
  if (!ctx.arg) return renderNotFound(main);
  main.append(loading('Loading document…'));
  const d = await api('/api/documents/' + encodeURIComponent(ctx.arg));
  if (!ctx.isCurrent()) return;
  document.title = `${d.title || d.id} · LitGraph`;
  const text = d.text || '';
  const mentions = [...(d.mentions || [])].filter((m) => m && m.entityId).sort((a, b) => a.start - b.start);
  // Optional ?s=<index> (from a sentence hit) highlights that sentence and scrolls to it.
  const wanted = ctx.params.get('s');
  const focus = wanted == null ? null : (d.sentences || []).find((s) => String(s.index) === wanted
    && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length);
  const body = el('div', { class: 'doc-text' });
  if (focus) {
    body.append(textWithMentions(text, mentions, 0, focus.start),
      el('span', { class: 'sentence-focus', id: 'focus-sentence' }, textWithMentions(text, mentions, focus.start, focus.end)),
      textWithMentions(text, mentions, focus.end, text.length));
  } else {
    body.append(textWithMentions(text, mentions, 0, text.length));
  }
  // Only http(s) sources become links, so a stored "javascript:" URL can never be clicked.
  const source = !d.source ? null : /^https?:\/\//i.test(d.source)
    ? el('a', { href: d.source, target: '_blank', rel: 'noopener noreferrer' }, d.source) : d.source;
  const meta = d.metadata || {};
  const authors = meta.authors || [];
  const view = el('article', { id: 'document-view' },
    el('h1', { tabindex: '-1' }, d.title || d.id),
    el('dl', { class: 'facts' },
      fact('Kind', d.kind ? el('span', { class: 'kind' }, d.kind) : null),
      authors.length ? fact('Authors', authors.length > 12 ? authors.slice(0, 12).join(', ') + ', et al.' : authors.join(', ')) : null,
      meta.venue ? fact('Venue', meta.venue) : null,
      fact('Published', d.published || 'Unknown'),
      fact('Source', source),
      Object.keys(meta.ids || {}).length ? fact('Identifiers', idLinks(meta.ids)) : null,
      (meta.publicationTypes || []).length ? fact('Publication types', meta.publicationTypes.join(', ')) : null,
      (meta.keywords || []).length ? fact('Keywords', el('ul', { class: 'tags' }, meta.keywords.map((k) => el('li', null, k)))) : null,
      fact('ID', el('code', null, d.id))),
    (d.claims || []).length ? el('section', { class: 'card-section', id: 'document-claims' },
      el('h2', null, 'Claims'), claimList(d.claims)) : null,
    mentions.length ? el('section', { class: 'card-section' },
      el('h2', null, 'Entities in this document'), chipList(documentEntities(mentions), true)) : null,
    el('section', { class: 'card-section' },
      el('h2', null, 'Full text'),
      text ? body : empty('This document has no text.')),
    (meta.citations || []).length ? el('section', { class: 'card-section', id: 'document-citations' },
      el('h2', null, `References (${meta.citations.length})`), citationList(meta.citations)) : null);
  main.replaceChildren(view);
  focusHeading(view);
  if (focus) document.getElementById('focus-sentence').scrollIntoView({ block: 'center' });
}

/* ---------- Not found, router, status ---------- */

function renderNotFound(main) {
  document.title = 'Not found · LitGraph';
  main.replaceChildren(el('h1', { tabindex: '-1' }, 'Page not found'),
    el('p', null, 'There is nothing at this address. ', el('a', { href: '#/' }, 'Back to search')));
  focusHeading(main);
}

/** Split "#/entity/MESH%3AD018805?x=1" into { name: 'entity', arg: 'MESH:D018805', params }. */
function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const slash = path.indexOf('/');
  const name = slash < 0 ? path : path.slice(0, slash);
  let arg = slash < 0 ? '' : path.slice(slash + 1);
  try { arg = decodeURIComponent(arg); } catch (_) { /* malformed escape: use as-is */ }
  return { name, arg, params };
}

const ROUTES = {
  '': renderSearch, search: renderSearch, entity: renderEntity, graph: renderGraphPage,
  evidence: renderEvidence, document: renderDocument,
};

async function route() {
  const seq = ++navSeq;
  const { name, arg, params } = parseHash();
  const main = document.getElementById('app');
  showError(null);
  main.replaceChildren();
  main.setAttribute('aria-busy', 'true');
  window.scrollTo(0, 0); // hash navigation keeps the old scroll position otherwise
  const view = ROUTES[name] || renderNotFound;
  try {
    await view(main, { arg, params, isCurrent: () => seq === navSeq });
  } catch (err) {
    if (seq !== navSeq) return;
    main.querySelectorAll('.loading').forEach((n) => n.remove());
    showError(err);
  } finally {
    if (seq === navSeq) main.removeAttribute('aria-busy');
  }
}

async function loadStatus() {
  const status = document.getElementById('status');
  try {
    const h = await api('/api/health');
    status.textContent = [plural(h.documents, 'document'), plural(h.sentences, 'sentence'),
      plural(h.entities, 'entity', 'entities')].join(' · ');
    status.classList.remove('status-down');
  } catch (err) {
    status.textContent = 'Server unavailable' + (err && err.title ? ` (${err.title})` : '');
    status.classList.add('status-down');
  }
}

window.addEventListener('hashchange', route);
document.addEventListener('DOMContentLoaded', () => { route(); loadStatus(); });
