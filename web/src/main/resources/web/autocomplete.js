/* Autocomplete for the search box over entity names and synonyms (GET /api/entities?q=), as an
 * ARIA 1.2 combobox: ArrowDown/ArrowUp move through the suggestions, Enter opens the chosen
 * entity's page (or searches when none is chosen), Escape closes the list. Failures of the
 * suggestion request are silent: the search box keeps working without suggestions. */
'use strict';

const SUGGEST_LIMIT = 8;
const SUGGEST_DELAY_MS = 120;

function attachAutocomplete(input) {
  const list = el('ul', { id: 'suggestions', role: 'listbox', class: 'suggestions', 'aria-label': 'Matching entities', hidden: true });
  input.parentElement.append(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', 'suggestions');
  input.setAttribute('aria-expanded', 'false');
  let items = [];
  let active = -1;
  let timer = null;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    items = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const highlight = (index) => {
    active = index;
    list.querySelectorAll('[role=option]').forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `suggestion-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const open = (suggestion) => { close(); location.hash = entityHref(suggestion.id); };
  const show = (suggestions) => {
    items = suggestions;
    active = -1;
    list.replaceChildren(...suggestions.map((s, i) => el('li', {
      id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', class: 'suggestion',
      'data-entity-id': s.id,
      onmousedown: (event) => { event.preventDefault(); open(s); },
    },
    el('span', { class: `category-badge ${catClass(s.category)}` }, s.category || 'Other'), ' ',
    el('span', { class: 'suggestion-name' }, s.name || s.id),
    s.matched && s.matched !== s.name ? el('span', { class: 'muted' }, ` (${s.matched})`) : null,
    el('span', { class: 'muted suggestion-meta' }, ` ${s.id} · ${plural(s.mentions, 'mention')}`))));
    list.hidden = !suggestions.length;
    input.setAttribute('aria-expanded', String(suggestions.length > 0));
  };
  const fetchSuggestions = async () => {
    const prefix = input.value.trim();
    const mine = ++seq;
    if (prefix.length < 2) { close(); return; }
    try {
      const data = await api(`/api/entities?q=${encodeURIComponent(prefix)}&limit=${SUGGEST_LIMIT}`);
      if (mine === seq && document.activeElement === input) show(data.suggestions || []);
    } catch (_) {
      if (mine === seq) close(); // suggestions are a convenience; the search itself reports errors
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, SUGGEST_DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && items.length) {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === 'ArrowUp' && items.length) {
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && active >= 0 && items[active]) {
      event.preventDefault();
      open(items[active]);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
