/* Entity page: names, synonyms, identifiers linked to their source databases, top claims grouped
 * by predicate (each linking to the evidence page for the pair), the neighbourhood graph
 * (graph.js), co-mentioned entities and documents. */
'use strict';

const OBO_PREFIXES = new Set(['CL', 'GO', 'DOID', 'UBERON', 'NCBITaxon', 'MONDO', 'HP', 'CHEBI', 'PR', 'SO', 'OBI']);

/** The page of an identifier in its source database, or null when we know none. */
function xrefUrl(curie) {
  const colon = String(curie).indexOf(':');
  if (colon < 1) return null;
  const prefix = curie.slice(0, colon);
  const local = curie.slice(colon + 1);
  const enc = encodeURIComponent(local);
  switch (prefix.toUpperCase()) {
    case 'MESH': return 'https://meshb.nlm.nih.gov/record/ui?ui=' + enc;
    case 'NCBIGENE': case 'GENE': return 'https://www.ncbi.nlm.nih.gov/gene/' + enc;
    case 'UMLS': return 'https://uts.nlm.nih.gov/uts/umls/concept/' + enc;
    case 'NCT': case 'CLINICALTRIALS': return 'https://clinicaltrials.gov/study/' + enc;
    case 'OMIM': case 'MIM': return 'https://omim.org/entry/' + enc;
    default:
      for (const p of OBO_PREFIXES) {
        if (p.toUpperCase() === prefix.toUpperCase()) {
          return `https://purl.obolibrary.org/obo/${p}_${enc}`;
        }
      }
      return null;
  }
}

function xrefLink(curie) {
  const url = xrefUrl(curie);
  return url
    ? el('a', { class: 'xref', href: url, target: '_blank', rel: 'noopener noreferrer', title: 'Open in the source database' }, el('code', null, curie))
    : el('code', null, curie);
}

/** Claim neighbours grouped by predicate and direction, most claimed first within each. */
function claimsByPredicate(e) {
  const groups = new Map();
  for (const r of e.relations || []) {
    const key = `${r.direction} ${r.predicate}`;
    if (!groups.has(key)) groups.set(key, { predicate: r.predicate, direction: r.direction, rows: [] });
    groups.get(key).rows.push(r);
  }
  if (!groups.size) return empty('No claims name this entity yet.');
  return el('div', { class: 'predicate-groups' }, [...groups.values()].map((g) => el('section', { class: 'predicate-group' },
    el('h3', null, g.direction === 'out'
      ? `${e.name} ${predicateLabel(g.predicate)} …`
      : `… ${predicateLabel(g.predicate)} ${e.name}`),
    el('ul', { class: 'claim-list' }, g.rows.slice(0, 8).map((r) => el('li', { class: 'claim' },
      entityChip(r.other),
      el('span', { class: 'muted' }, ` ${plural(r.claims, 'claim')} in ${plural(r.documents, 'document')} · `),
      el('a', { class: 'evidence-link', href: evidenceHref(e.id, r.other.id) }, 'evidence')))))));
}

async function renderEntity(main, ctx) {
  if (!ctx.arg) return renderNotFound(main);
  main.append(loading('Loading entity…'));
  const e = await api('/api/entities/' + encodeURIComponent(ctx.arg));
  if (!ctx.isCurrent()) return;
  document.title = `${e.name || e.id} · LitGraph`;
  const synonyms = e.synonyms || [];
  const xrefs = e.xrefs || [];
  const docs = e.documents || [];
  const graphSection = el('section', { class: 'card-section', id: 'entity-graph' },
    el('h2', null, 'Neighbourhood ', el('a', { class: 'small-link', href: graphHref(e.id) }, 'open full view')));
  const card = el('article', { id: 'entity-card', class: `card ${catClass(e.category)}`, 'data-entity-id': e.id },
    el('p', { class: 'eyebrow' }, el('span', { class: `category-badge ${catClass(e.category)}` }, e.category || 'Other')),
    el('h1', { tabindex: '-1' }, e.name || e.id),
    el('dl', { class: 'facts' },
      fact('ID', xrefLink(e.id)),
      fact('Category', e.category || 'Other'),
      fact('Mentions', String(e.mentionCount ?? 0)),
      fact('Documents', String(e.documentCount ?? 0)),
      fact('Synonyms', synonyms.length ? el('ul', { class: 'tags', id: 'synonyms' }, synonyms.map((s) => el('li', null, s))) : 'None'),
      fact('Cross-references', xrefs.length ? el('ul', { class: 'tags', id: 'xrefs' }, xrefs.map((x) => el('li', null, xrefLink(x)))) : 'None'),
      ...Object.entries(e.attributes || {}).map(([k, v]) => fact(attributeLabel(k), v))),
    el('section', { class: 'card-section', id: 'entity-relations' }, el('h2', null, 'Top claims by predicate'), claimsByPredicate(e)),
    graphSection,
    el('section', { class: 'card-section' },
      el('h2', null, 'Often mentioned with'),
      chipList(e.coMentions, true) || empty('No co-mentioned entities.')),
    el('section', { class: 'card-section', id: 'entity-documents' },
      el('h2', null, 'Documents mentioning ', e.name || e.id),
      docs.length
        ? el('ul', { class: 'doc-list' }, docs.map((d) => el('li', null,
          el('a', { href: documentHref(d.id) }, d.title || d.id),
          d.mentions != null ? el('span', { class: 'muted' }, ` · ${plural(d.mentions, 'mention')}`) : null)))
        : empty('No documents mention this entity.')));
  main.replaceChildren(card);
  focusHeading(card);
  await mountGraph(graphSection, e, ctx, { height: 420 });
}
