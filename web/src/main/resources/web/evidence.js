/* Evidence page for a pair of entities (#/evidence?a=<id>&b=<id>): each link between them with its
 * evidence profile drawn as bars (supporting, contradicting and hedged documents, claims, belief)
 * and a table of its claims: sentence with the trigger marked, source, date, species, study type,
 * and negation/hedge markers. */
'use strict';

/** The sentence with the trigger word marked, as text nodes. */
function sentenceWithTrigger(c) {
  const s = c.sentence || '';
  if (!s) return el('span', { class: 'muted' }, c.trigger ? `(from a record field: ${c.trigger})` : '(no sentence)');
  const { triggerStart: a, triggerEnd: b } = c;
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b <= a || b > s.length) return s;
  return el('span', null, s.slice(0, a), el('mark', { class: 'trigger' }, s.slice(a, b)), s.slice(b));
}

function markers(c) {
  const out = [];
  if (c.negated) out.push(el('span', { class: 'marker negated', title: 'Negation cues: ' + (c.negationCues || []).join(', ') }, 'negated'));
  if (c.hedged) out.push(el('span', { class: 'marker hedged', title: 'Hedge cues: ' + (c.hedgeCues || []).join(', ') }, 'hedged'));
  if (!out.length) out.push(el('span', { class: 'marker affirmed' }, 'affirmed'));
  const cues = [...(c.negationCues || []), ...(c.hedgeCues || [])];
  if (cues.length) out.push(el('span', { class: 'muted cues' }, ' ' + cues.map((x) => `“${x}”`).join(' ')));
  return out;
}

/** Plain SVG bars: one row per measure, scaled to the largest count (belief to 1). */
function profileChart(p, title) {
  const rows = [
    ['Supporting documents', p.supportingDocuments, 'bar-support'],
    ['Contradicting documents', p.contradictingDocuments, 'bar-contra'],
    ['Hedged documents', p.hedgedDocuments, 'bar-hedged'],
    ['Claims', p.claims, 'bar-claims'],
  ];
  const max = Math.max(1, ...rows.map((r) => r[1] || 0));
  const width = 420;
  const label = 170;
  const rowH = 22;
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  const height = rowH * (rows.length + 1) + 4;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'profile-chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${title}: ${rows.map((r) => `${r[0]} ${r[1] ?? 0}`).join(', ')}, belief ${(p.belief ?? 0).toFixed(2)}`);
  const add = (tag, attrs, text) => {
    const n = document.createElementNS(svgNs, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
    if (text != null) n.textContent = text;
    svg.append(n);
  };
  const all = [...rows.map((r) => [...r, (r[1] || 0) / max, String(r[1] ?? 0)]),
    ['Belief', p.belief, 'bar-belief', Math.max(0, Math.min(1, p.belief || 0)), (p.belief ?? 0).toFixed(2)]];
  all.forEach(([name, , cls, frac, text], i) => {
    const y = i * rowH + 4;
    add('text', { x: 0, y: y + 14, class: 'chart-label' }, name);
    add('rect', { x: label, y, width: width - label - 40, height: rowH - 6, class: 'bar-track', rx: 3 });
    add('rect', { x: label, y, width: Math.max(0, (width - label - 40) * frac), height: rowH - 6, class: cls, rx: 3 });
    add('text', { x: width - 34, y: y + 14, class: 'chart-value' }, text);
  });
  return svg;
}

function claimsTable(claims) {
  return el('table', { class: 'claims-table' },
    el('caption', { class: 'sr-only' }, 'Claims stating this link'),
    el('thead', null, el('tr', null, ['Sentence', 'Source', 'Date', 'Species', 'Study type', 'Markers']
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', null, claims.map((c) => el('tr', { class: c.negated ? 'claim-row negated' : 'claim-row' },
      el('td', { class: 'sentence-cell' }, sentenceWithTrigger(c)),
      el('td', null, el('a', { href: documentHref(c.documentId, c.sentenceIndex) }, c.documentTitle || c.documentId),
        c.documentKind ? [' ', el('span', { class: 'kind' }, c.documentKind)] : null),
      el('td', null, c.published ? el('time', { datetime: c.published }, c.published) : el('span', { class: 'muted' }, 'undated')),
      el('td', null, (c.species || []).join(', ') || el('span', { class: 'muted' }, '—')),
      el('td', null, c.studyType || el('span', { class: 'muted' }, '—')),
      el('td', null, markers(c))))));
}

async function renderEvidence(main, ctx) {
  const a = ctx.params.get('a') || ctx.params.get('subject');
  const b = ctx.params.get('b') || ctx.params.get('object');
  if (!a || !b) return renderNotFound(main);
  main.append(loading('Loading evidence…'));
  const data = await api(`/api/evidence?subject=${encodeURIComponent(a)}&object=${encodeURIComponent(b)}`);
  if (!ctx.isCurrent()) return;
  const groups = data.groups || [];
  const first = groups[0];
  const nameOf = (id) => (first && (first.subject.id === id ? first.subject.name : first.object.id === id ? first.object.name : null)) || id;
  document.title = `Evidence: ${nameOf(a)} – ${nameOf(b)} · LitGraph`;
  const view = el('article', { id: 'evidence-view', class: 'card' },
    el('h1', { tabindex: '-1' }, 'Evidence linking ', el('a', { href: entityHref(a) }, nameOf(a)), ' and ', el('a', { href: entityHref(b) }, nameOf(b))),
    groups.length ? null : empty('No claims link these two entities.'),
    groups.map((g, i) => el('section', { class: 'card-section evidence-group', 'data-predicate': g.predicate },
      el('h2', null, entityChip(g.subject), ` ${predicateLabel(g.predicate)} `, entityChip(g.object)),
      el('div', { class: 'profile' }, profileChart(g.profile || {}, `Evidence profile ${i + 1}`),
        el('dl', { class: 'facts compact' },
          fact('Study types', (g.profile.studyTypes || []).join(', ') || '—'),
          fact('Species', (g.profile.species || []).join(', ') || '—'),
          fact('Years', (g.profile.years || []).join(', ') || '—'),
          fact('Support / contradiction', `${g.profile.support} / ${g.profile.contradiction}`))),
      claimsTable(g.claims || []))));
  main.replaceChildren(view);
  focusHeading(view);
}
