// The established library: itemsjs (npm), with its own full-text search and facet counts
// (OR within a facet, AND across facets — the app's semantics).
'use strict';

const peer = {
  build(items) {
    const aggregations = {};
    for (const [k, title] of FACETS) aggregations[k] = { title, size: 50, conjunction: false };
    this.engine = itemsjs(items, { searchableFields: ['name', 'summary', 'excerpt'], aggregations });
  },
  run(state) {
    const filters = {};
    for (const [k] of FACETS) if (state.filters[k] && state.filters[k].length) filters[k] = state.filters[k];
    const r = this.engine.search({ query: state.q, filters, per_page: 50, page: 1 });
    const counts = {};
    for (const [k] of FACETS) counts[k] = r.data.aggregations[k].buckets.map((b) => [b.key, b.doc_count]);
    return { total: r.pagination.total, page: r.data.items.map((it) => it.index), counts };
  },
};
startPeer(peer);
