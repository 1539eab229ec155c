/* Search page: query box with autocomplete, facets (category, kind, year, species, study type)
 * as toggles kept in the URL, highlighted snippets, entity chips and "More results" through the
 * server's nextCursor. Works without facets/nextCursor too (older servers omit them). */
'use strict';

const SEARCH_LIMIT = 20;
/* Facet name in the response -> query parameter it filters by. Years filter by from/to. */
const FACETS = [
  { key: 'category', label: 'Entity category', param: 'category' },
  { key: 'kind', label: 'Source kind', param: 'kind' },
  { key: 'year', label: 'Year', param: 'year' },
  { key: 'species', label: 'Species', param: 'species' },
  { key: 'studyType', label: 'Study type', param: 'studyType' },
];
const FILTER_PARAMS = ['category', 'kind', 'year', 'species', 'studyType', 'source'];

function searchHash(q, filters) {
  const params = new URLSearchParams({ q });
  for (const name of FILTER_PARAMS) if (filters[name]) params.set(name, filters[name]);
  return '#/search?' + params.toString();
}

function submitSearch(raw, filters = {}) {
  const q = raw.trim();
  const target = q ? searchHash(q, filters) : '#/';
  if (location.hash === target) route(); // same hash fires no hashchange; re-run explicitly
  else location.hash = target;
}

/** The API query for a search: filters as the contract names them (year -> from/to). */
function searchUrl(q, filters, cursor) {
  const params = new URLSearchParams({ q, limit: String(SEARCH_LIMIT) });
  for (const name of FILTER_PARAMS) {
    if (!filters[name]) continue;
    if (name === 'year') { params.set('from', filters.year + '-01-01'); params.set('to', filters.year + '-12-31'); }
    else params.set(name, filters[name]);
  }
  if (cursor) params.set('cursor', cursor);
  return '/api/search?' + params.toString();
}

async function renderSearch(main, ctx) {
  const q = (ctx.params.get('q') || '').trim();
  const filters = {};
  for (const name of FILTER_PARAMS) if (ctx.params.get(name)) filters[name] = ctx.params.get(name);
  document.title = q ? `${q} · LitGraph search` : 'LitGraph';
  const input = el('input', {
    id: 'search-input', type: 'search', name: 'q', value: q, autocomplete: 'off', spellcheck: 'false',
    autofocus: true, placeholder: 'e.g. sepsis, MSC, MESH:D018805', 'aria-describedby': 'search-help',
  });
  const form = el('form', {
    id: 'search-form', role: 'search', novalidate: true,
    onsubmit: (event) => { event.preventDefault(); submitSearch(input.value); },
  },
  el('label', { for: 'search-input', class: 'search-label' }, 'Search documents and sentences'),
  el('div', { class: 'search-row' }, el('div', { class: 'combo' }, input), el('button', { type: 'submit' }, 'Search')),
  el('p', { id: 'search-help', class: 'hint' },
    'Type to see matching entities (arrow keys to choose, Enter to open, Escape to close). ',
    'Supports AND, OR, NOT, "quoted phrases" and entity ids.'));
  main.append(form);
  attachAutocomplete(input);
  input.focus();
  try { input.setSelectionRange(q.length, q.length); } catch (_) { /* not supported everywhere */ }

  if (!q) {
    main.append(empty('Enter a disease, drug, gene or any phrase to search the literature.'));
    return;
  }
  const results = el('div', { id: 'results', 'aria-live': 'polite' }, loading(`Searching for “${q}”…`));
  main.append(results);
  const data = await api(searchUrl(q, filters));
  if (!ctx.isCurrent()) return;
  results.replaceChildren(...searchResults(data, q, filters));
}

function searchResults(data, q, filters) {
  const docs = data.documents || [];
  const sentences = data.sentences || [];
  const active = activeFilters(q, filters);
  const facets = facetPanel(data.facets, q, filters);
  const expansion = (data.expansion || []).length
    ? el('p', { id: 'expansion', class: 'meta' }, 'Also matching names of: ', chipList(data.expansion)) : null;
  const hits = !docs.length && !sentences.length
    ? [empty(`No matches for “${q}”.`)]
    : [
      resultSection('Documents', 'doc-results', data.documentHits, docs, docHit, 'No matching documents.'),
      resultSection('Sentences', 'sentence-results', data.sentenceHits, sentences, sentenceHit, 'No matching sentences.'),
      moreButton(data, q, filters),
    ];
  return [el('div', { class: facets ? 'search-layout' : '' },
    facets, el('div', { class: 'search-main' }, active, expansion, ...hits))];
}

function activeFilters(q, filters) {
  const names = Object.keys(filters);
  if (!names.length) return null;
  return el('p', { id: 'active-filters', class: 'meta' }, 'Filtered by ',
    names.map((name) => {
      const rest = { ...filters };
      delete rest[name];
      return el('a', { class: 'filter-tag', href: searchHash(q, rest), title: 'Remove this filter' },
        `${name}: ${filters[name]} ✕`);
    }));
}

function facetPanel(facets, q, filters) {
  if (!facets || typeof facets !== 'object') return null;
  const groups = FACETS.filter((f) => Array.isArray(facets[f.key]) && facets[f.key].length);
  if (!groups.length) return null;
  return el('aside', { id: 'facets', class: 'facets', 'aria-label': 'Refine results' },
    el('h2', null, 'Refine'),
    groups.map((f) => el('section', { class: 'facet', 'data-facet': f.key },
      el('h3', null, f.label),
      el('ul', null, facets[f.key].slice(0, 12).map((v) => {
        const value = String(v.value);
        const on = filters[f.param] === value;
        const next = { ...filters };
        if (on) delete next[f.param]; else next[f.param] = value;
        return el('li', null, el('a', {
          class: 'facet-value' + (on ? ' on' : ''), href: searchHash(q, next),
          'aria-pressed': on ? 'true' : 'false', 'data-value': value,
        }, value, ' ', el('span', { class: 'count' }, String(v.count))));
      })))));
}

function moreButton(data, q, filters) {
  if (!data.nextCursor) return null;
  const button = el('button', { id: 'more-results', type: 'button', class: 'secondary' }, 'More results');
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = 'Loading…';
    try {
      const next = await api(searchUrl(q, filters, data.nextCursor));
      const docList = document.querySelector('#doc-results .hits');
      const sentenceList = document.querySelector('#sentence-results .hits');
      if (docList) (next.documents || []).forEach((d) => docList.append(docHit(d)));
      if (sentenceList) (next.sentences || []).forEach((s) => sentenceList.append(sentenceHit(s)));
      data.nextCursor = next.nextCursor;
      if (!next.nextCursor) button.remove();
      else { button.disabled = false; button.textContent = 'More results'; }
    } catch (err) {
      button.disabled = false;
      button.textContent = 'More results';
      showError(err);
    }
  });
  return el('p', { class: 'more' }, button);
}

function resultSection(title, id, total, items, renderItem, emptyText) {
  const shown = items.length;
  const count = total > shown ? `${shown} of ${total}` : String(total ?? shown);
  return el('section', { id, class: 'results', 'aria-labelledby': id + '-heading' },
    el('h2', { id: id + '-heading' }, title, ' ', el('span', { class: 'count' }, count)),
    shown ? el('ol', { class: 'hits' }, items.map(renderItem)) : empty(emptyText));
}

function docHit(d) {
  return el('li', { class: 'hit doc-hit', 'data-document-id': d.id },
    el('h3', { class: 'hit-title' }, el('a', { href: documentHref(d.id) }, d.title || d.id)),
    metaLine(d.kind, d.published),
    snippetNode(d.snippet),
    chipList(d.entities));
}

function sentenceHit(s) {
  return el('li', { class: 'hit sentence-hit', 'data-document-id': s.documentId },
    el('h3', { class: 'hit-title small' },
      el('a', { href: documentHref(s.documentId, s.index) }, s.documentTitle || s.documentId)),
    s.index != null ? el('p', { class: 'meta' }, `Sentence ${s.index + 1}`) : null,
    snippetNode(s.snippet),
    chipList(s.entities));
}
