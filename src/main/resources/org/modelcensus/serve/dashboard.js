'use strict';
// The dashboard: reads the filters, asks the REST API, and redraws the charts without reloading the page.
(function () {
  const shown = 8;
  const seriesChart = echarts.init(document.getElementById('series-chart'));
  const sharesChart = echarts.init(document.getElementById('shares-chart'));
  const lineageChart = echarts.init(document.getElementById('lineage-chart'));
  const filters = document.getElementById('filters');
  const error = document.getElementById('error');
  const state = { requests: 0, lastSeries: null, lastShares: null, lastLineage: null };
  window.censusDashboard = state;

  async function getJson(path, parameters) {
    const query = new URLSearchParams();
    Object.entries(parameters).forEach(([name, value]) => { if (value) { query.set(name, value); } });
    const response = await fetch(path + (query.toString() ? '?' + query : ''));
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.message + (body.field ? ' (parameter ' + body.field + ')' : ''));
    }
    return body;
  }

  function values() {
    const data = new FormData(filters);
    return Object.fromEntries(Array.from(data.entries()).map(([name, value]) => [name, String(value).trim()]));
  }

  function percent(share) { return (100 * share).toFixed(2) + ' %'; }

  function largestKeys(series) {
    const totals = {};
    series.points.forEach(point => point.rows.forEach(row => { totals[row.key] = (totals[row.key] || 0) + row.downloads; }));
    return Object.keys(totals).sort((a, b) => totals[b] - totals[a] || a.localeCompare(b)).slice(0, shown);
  }

  function drawSeries(series) {
    const keys = largestKeys(series);
    const dates = series.points.map(point => point.date);
    const lines = keys.map(key => ({
      name: key, type: 'line', stack: 'shares', areaStyle: {}, symbol: 'none',
      data: series.points.map(point => { const row = point.rows.find(r => r.key === key); return row ? +(100 * row.share).toFixed(3) : 0; })
    }));
    lines.push({
      name: 'other', type: 'line', stack: 'shares', areaStyle: {}, symbol: 'none',
      data: series.points.map(point => +(100 * point.rows.filter(r => !keys.includes(r.key)).reduce((sum, r) => sum + r.share, 0)).toFixed(3))
    });
    seriesChart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: value => value.toFixed(2) + ' %' },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: dates, boundaryGap: false },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
      series: lines
    }, true);
    document.getElementById('series-title').textContent = 'Shares by ' + series.by + ' over time';
    document.getElementById('series-note').textContent = 'Source ' + series.source + ', measure ' + series.measure
      + (series.window ? ' (' + series.window + ' windows)' : '') + ', ' + series.view + ' view, a point every '
      + series.every + '; ' + series.points.length + ' points' + (series.skippedPoints ? ', ' + series.skippedPoints + ' left out' : '') + '.';
  }

  function drawShares(shares) {
    const rows = shares.rows.slice(0, 15).reverse();
    sharesChart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: value => value.toFixed(2) + ' %' },
      grid: { left: 230, right: 30, top: 10, bottom: 30 },
      xAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
      yAxis: { type: 'category', data: rows.map(row => shares.by === 'country' && row.label !== row.key ? row.key + ' ' + row.label : row.label) },
      series: [{ type: 'bar', data: rows.map(row => +(100 * row.share).toFixed(3)) }]
    }, true);
    document.getElementById('shares-title').textContent = 'Shares by ' + shares.by + ', snapshot ' + shares.snapshot;
    const concentration = shares.concentration;
    document.getElementById('shares-note').textContent = 'Measure ' + shares.measure + ', ' + shares.view
      + ' view; coverage ' + percent(shares.coverage)
      + (concentration ? '; HHI ' + Math.round(concentration.hhi) + ', top-1 ' + percent(concentration.top1) + ', Gini ' + concentration.gini.toFixed(3) : '')
      + '; registry ' + shares.registry.rows + ' rows.';
  }

  async function refresh() {
    const filter = values();
    const common = { source: filter.source, measure: filter.measure, view: filter.view, window: filter.window, 'created-within': filter['created-within'] };
    state.requests++;
    try {
      const [series, shares] = await Promise.all([
        getJson('/api/series', Object.assign({ by: filter.by, from: filter.from, to: filter.to, every: filter.every }, common)),
        getJson('/api/shares', Object.assign({ by: filter.by, to: filter.to }, common))
      ]);
      state.lastSeries = series;
      state.lastShares = shares;
      drawSeries(series);
      drawShares(shares);
      error.style.display = 'none';
    } catch (problem) {
      error.textContent = problem.message;
      error.style.display = 'block';
    }
    state.done = state.requests;
  }

  function lineageTree(lineage, model) {
    const byId = Object.fromEntries(lineage.models.map(entry => [entry.id, entry]));
    const children = {};
    lineage.models.forEach(entry => entry.parents.forEach(parent => { (children[parent.id] = children[parent.id] || []).push({ id: entry.id, relation: parent.relation }); }));
    const roots = (byId[model] ? byId[model].roots : [model]);
    const seen = new Set();
    function node(id, relation) {
      const first = !seen.has(id);
      seen.add(id);
      const label = (relation ? relation + ': ' : '') + id + (id === model ? '  ◀' : '');
      return { name: label, children: first ? (children[id] || []).slice(0, 200).map(child => node(child.id, child.relation)) : [] };
    }
    const trees = roots.map(root => node(root, null));
    return trees.length === 1 ? trees[0] : { name: 'roots', children: trees };
  }

  async function showModel(model) {
    const parts = model.split('/');
    if (parts.length !== 2) { return; }
    try {
      const lineage = await getJson('/api/lineage/' + encodeURIComponent(parts[0]) + '/' + encodeURIComponent(parts[1]), {});
      state.lastLineage = lineage;
      const attribution = lineage.attribution;
      const describe = organization => (organization.organization || organization.namespace + ' (not in the registry)') + ', ' + organization.country + ', ' + organization.type;
      document.getElementById('model-attribution').textContent = model + ' in snapshot ' + lineage.snapshot
        + ': uploaded by ' + describe(attribution.uploader) + '; roots: '
        + attribution.roots.map(root => root.id + ' (' + describe(root.organization) + ')').join('; ') + '.';
      lineageChart.setOption({
        tooltip: { trigger: 'item' },
        series: [{ type: 'tree', data: [lineageTree(lineage, model)], top: 10, left: 120, bottom: 10, right: 200,
          symbolSize: 7, label: { position: 'left', fontSize: 11 }, leaves: { label: { position: 'right' } }, initialTreeDepth: 3 }]
      }, true);
      error.style.display = 'none';
    } catch (problem) {
      error.textContent = problem.message;
      error.style.display = 'block';
    }
  }

  async function start() {
    try {
      const status = await getJson('/api/status', {});
      const sources = [...new Set(status.snapshots.map(snapshot => snapshot.source))];
      const latest = status.snapshots.reduce((a, b) => (a && a.date > b.date ? a : b), null);
      const select = filters.elements.source;
      sources.forEach(source => select.add(new Option(source, source, false, latest && latest.source === source)));
    } catch (problem) {
      error.textContent = problem.message;
      error.style.display = 'block';
    }
    filters.addEventListener('change', refresh);
    const searchForm = document.getElementById('model-search');
    searchForm.addEventListener('submit', event => event.preventDefault());
    const search = searchForm.elements.model;
    search.addEventListener('input', async () => {
      if (search.value.length < 2) { return; }
      const found = await getJson('/api/models', { search: search.value, limit: '20' });
      const list = document.getElementById('model-ids');
      list.replaceChildren(...found.models.map(id => new Option(id)));
      if (found.models.includes(search.value)) { showModel(search.value); }
    });
    search.addEventListener('change', () => showModel(search.value));
    window.addEventListener('resize', () => { seriesChart.resize(); sharesChart.resize(); lineageChart.resize(); });
    await refresh();
  }

  start();
})();
