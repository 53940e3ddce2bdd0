// Shared by the two benchmark peers: loads the same dataset file as the app (`?data=`), flattens
// initiatives into items, and renders the same markup as the app (cards or table, facets with
// counts, search box). Each peer supplies an engine: `{ build(items), run(state) -> { matches, counts } }`.
// After every render `.results` gets `data-rendered` (the state it shows), which the harness waits for.
'use strict';

const FACETS = [
  ['theme', 'Theme'], ['sector', 'Sector'], ['corridor', 'Corridor'], ['party', 'Party'],
  ['scope', 'Scope'], ['kind', 'Kind'], ['status', 'Status'],
];
const PER_PAGE = 50;

function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Dataset JSON → flat items with facet value ids, plus id → label maps. */
function flatten(d) {
  const labels = { theme: {}, sector: {}, corridor: {}, party: {}, scope: {}, kind: {}, status: {} };
  for (const t of d.themes || []) labels.theme[t.id] = t.name;
  for (const s of d.sectors || []) labels.sector[s.id] = s.name;
  for (const c of d.corridors || []) labels.corridor[c.id] = c.name;
  for (const p of d.parties || []) labels.party[p.id] = p.name;
  const title = (s) => s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ');
  const items = d.initiatives.map((r, i) => {
    const item = {
      id: r.id, index: i, name: r.name, summary: r.summary,
      excerpt: r.provenance.map((p) => p.excerpt).join(' '),
      theme: r.themes || [], sector: r.sectors || [], corridor: r.corridors || [], party: r.parties || [],
      scope: [r.scope || 'none'], kind: [r.kind], status: [r.status || 'none'],
      timeline: r.timeline ? r.timeline.label : '',
    };
    for (const k of ['scope', 'kind', 'status']) labels[k][item[k][0]] = item[k][0] === 'none' ? 'Not stated' : title(item[k][0]);
    return item;
  });
  return { items, labels };
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

function card(item, labels) {
  const chips = el('ul', { class: 'chips', 'aria-label': 'Facets' });
  for (const [k] of FACETS) for (const v of item[k]) chips.append(el('li', { class: `chip chip-${k}` }, labels[k][v] || v));
  return el('li', {}, el('article', { class: 'card' },
    el('h3', {}, el('a', { href: `#${item.id}` }, item.name)),
    el('p', { class: 'summary' }, item.summary),
    chips,
    el('p', { class: 'card-meta' }, el('span', {}, item.timeline ? `Timeline: ${item.timeline}` : ''))));
}

function row(item, labels) {
  const tr = el('tr', {}, el('th', { scope: 'row' }, el('a', { href: `#${item.id}` }, item.name)));
  for (const [k] of FACETS) tr.append(el('td', {}, item[k].map((v) => labels[k][v] || v).join(', ')));
  tr.append(el('td', {}, item.timeline));
  return tr;
}

function key(state) {
  const parts = [];
  if (state.q) parts.push(`q=${encodeURIComponent(state.q)}`);
  for (const [k] of FACETS) if (state.filters[k] && state.filters[k].length) parts.push(`${k}=${state.filters[k].join(',')}`);
  if (state.mode === 'table') parts.push('mode=table');
  return parts.join('&');
}

async function startPeer(engine) {
  const url = new URLSearchParams(location.search).get('data');
  const d = await (await fetch(url)).json();
  const { items, labels } = flatten(d);
  engine.build(items, labels);
  const state = { q: '', filters: {}, mode: 'cards' };
  const facetsEl = document.querySelector('.facet-panel');
  const resultsEl = document.querySelector('.results');
  const listEl = document.querySelector('.list');
  const summary = document.querySelector('.result-summary');

  function render() {
    const { total, page, counts } = engine.run(state);
    summary.textContent = `1–${page.length} of ${total} matching initiatives`;
    facetsEl.replaceChildren(el('h2', { class: 'panel-title' }, 'Filter'), ...FACETS.map(([k, legend]) => {
      const ul = el('ul', { class: 'facet-options' });
      for (const [value, n] of counts[k]) {
        const id = `f-${k}-${value}`;
        const input = el('input', { type: 'checkbox', id });
        input.checked = (state.filters[k] || []).includes(value);
        input.addEventListener('change', () => {
          const sel = new Set(state.filters[k] || []);
          if (sel.has(value)) sel.delete(value); else sel.add(value);
          state.filters[k] = [...sel];
          render();
        });
        ul.append(el('li', { class: 'facet-option' }, input,
          el('label', { for: id }, el('span', { class: 'facet-label' }, labels[k][value] || value), el('span', { class: 'facet-count' }, String(n)))));
      }
      return el('fieldset', { class: 'facet' }, el('legend', {}, legend), ul);
    }));
    if (state.mode === 'table') {
      const head = el('tr', {}, el('th', { scope: 'col' }, 'Name'), ...FACETS.map(([, l]) => el('th', { scope: 'col' }, l)), el('th', { scope: 'col' }, 'Timeline'));
      listEl.replaceChildren(el('div', { class: 'table-wrap' }, el('table', { class: 'results-table' }, el('thead', {}, head), el('tbody', {}, ...page.map((i) => row(items[i], labels))))));
    } else {
      listEl.replaceChildren(el('ul', { class: 'cards' }, ...page.map((i) => card(items[i], labels))));
    }
    resultsEl.dataset.rendered = key(state);
  }

  document.querySelector('input[type=search]').addEventListener('input', (e) => { state.q = e.target.value; render(); });
  for (const a of document.querySelectorAll('.mode-toggle a')) {
    a.addEventListener('click', (e) => { e.preventDefault(); state.mode = a.dataset.mode; render(); });
  }
  render();
}
