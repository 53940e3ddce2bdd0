// The speed ceiling: plain loops over plain arrays, no library. Search: every term must start a word
// of the record's folded text (the app's semantics), found with String.includes on " " + term.
'use strict';

const vanilla = {
  build(items) {
    this.items = items;
    this.text = items.map((it) => ' ' + fold(`${it.name} ${it.summary} ${it.excerpt}`).replace(/[^\p{L}\p{N}]+/gu, ' '));
  },
  run(state) {
    const terms = fold(state.q).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((t) => ' ' + t);
    const active = FACETS.map(([k]) => [k, state.filters[k] || []]).filter(([, v]) => v.length);
    const counts = {};
    for (const [k] of FACETS) counts[k] = new Map();
    const matches = [];
    for (let i = 0; i < this.items.length; i++) {
      const it = this.items[i];
      const text = this.text[i];
      let ok = true;
      for (const t of terms) if (!text.includes(t)) { ok = false; break; }
      if (!ok) continue;
      // Which active facets this record fails (at most one may fail for it to count elsewhere).
      let failed = null;
      let failures = 0;
      for (const [k, sel] of active) {
        if (!it[k].some((v) => sel.includes(v))) { failures++; failed = k; if (failures > 1) break; }
      }
      if (failures === 0) matches.push(i);
      if (failures > 1) continue;
      for (const [k] of FACETS) {
        if (failures === 1 && failed !== k) continue;
        const m = counts[k];
        for (const v of it[k]) m.set(v, (m.get(v) || 0) + 1);
      }
    }
    const sorted = {};
    for (const [k] of FACETS) sorted[k] = [...counts[k]].sort((a, b) => b[1] - a[1]).slice(0, 50);
    return { total: matches.length, page: matches.slice(0, PER_PAGE), counts: sorted };
  },
};
startPeer(vanilla);
