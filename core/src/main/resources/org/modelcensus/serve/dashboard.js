'use strict';
// The dashboard: reads the filters, asks the REST API, and redraws the charts without reloading the page. Every group
// keeps the colour /assets/palette.json gives it, as in the HTML report and the PNGs; time runs on a date axis.
(function () {
  const shown = 8;
  const svg = { renderer: 'svg' };
  const seriesChart = echarts.init(document.getElementById('series-chart'), null, svg);
  const sharesChart = echarts.init(document.getElementById('shares-chart'), null, svg);
  const lineageElement = document.getElementById('lineage-chart');
  const lineageChart = echarts.init(lineageElement, null, svg);
  const rangeChart = echarts.init(document.getElementById('robust-range-chart'), null, svg);
  const gapChart = echarts.init(document.getElementById('robust-gap-chart'), null, svg);
  const arenaBestChart = echarts.init(document.getElementById('arena-best-chart'), null, svg);
  const arenaScatterChart = echarts.init(document.getElementById('arena-scatter-chart'), null, svg);
  const hubsChart = echarts.init(document.getElementById('hubs-chart'), null, svg);
  const filters = document.getElementById('filters');
  const error = document.getElementById('error');
  const state = { arena: null, lastAdoption: null, requests: 0, palette: null, lastSeries: null, lastCrossings: null, lastShares: null, lastLineage: null, lastSensitivity: null };
  window.censusDashboard = state;

  const retries = 3;

  async function getJson(path, parameters) {
    const query = new URLSearchParams();
    Object.entries(parameters).forEach(([name, value]) => { if (value) { query.set(name, value); } });
    let response = await fetch(path + (query.toString() ? '?' + query : ''));
    // a busy server answers 503 with Retry-After: ask again a few times, then say so
    for (let retry = 0; response.status === 503 && retry < retries; retry++) {
      const seconds = Math.min(10, Math.max(1, Number(response.headers.get('Retry-After')) || 2));
      await new Promise(resolve => setTimeout(resolve, 1000 * seconds));
      response = await fetch(path + (query.toString() ? '?' + query : ''));
    }
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.message + (body.field ? ' (parameter ' + body.field + ')' : ''));
    }
    return body;
  }

  // 32-bit FNV-1a over UTF-16 code units: how report.Palette picks a cycle colour for a key the palette does not name.
  function hash(key) {
    let value = 0x811c9dc5;
    for (let index = 0; index < key.length; index++) {
      value ^= key.charCodeAt(index);
      value = Math.imul(value, 0x01000193);
    }
    return value >>> 0;
  }

  function colour(key) {
    const palette = state.palette;
    return palette.fixed[key] || palette.cycle[hash(key) % palette.cycle.length];
  }
  state.colour = colour;

  function values() {
    const data = new FormData(filters);
    return Object.fromEntries(Array.from(data.entries()).map(([name, value]) => [name, String(value).trim()]));
  }

  function percent(share) { return (100 * share).toFixed(2) + ' %'; }

  function showError(problem) {
    error.textContent = problem.message;
    error.style.display = 'block';
  }

  // A line of text across an empty chart, saying why it is empty.
  function emptyText(text) {
    return text ? [{ type: 'text', left: 'center', top: 'middle',
      style: { text: text, width: 560, overflow: 'break', fontSize: 14, lineHeight: 20, fill: '#8a1f11', align: 'center' } }] : [];
  }

  function largestKeys(series) {
    const totals = {};
    series.points.forEach(point => point.rows.forEach(row => { totals[row.key] = (totals[row.key] || 0) + row.downloads; }));
    return Object.keys(totals).sort((a, b) => totals[b] - totals[a] || a.localeCompare(b)).slice(0, shown);
  }

  // The two groups whose crossings the chart marks: China and the USA by country, as the report marks them, else the
  // largest two that are not UNKNOWN.
  function leadingPair(series) {
    const keys = largestKeys(series).filter(key => key !== 'UNKNOWN');
    return series.by === 'country' && keys.includes('CN') && keys.includes('US') ? ['CN', 'US'] : keys.slice(0, 2);
  }

  function drawSeries(series, crossings, mode) {
    const keys = largestKeys(series);
    const stacked = mode === 'stacked';
    const lineOf = (name, shareAt) => ({
      name: name, type: 'line', color: colour(name), stack: stacked ? 'shares' : null, areaStyle: stacked ? {} : null,
      showSymbol: !stacked && series.points.length <= 40, symbolSize: 5, lineStyle: { width: stacked ? 1 : 2.5 },
      data: series.points.map(point => [point.date, +(100 * shareAt(point)).toFixed(3)])
    });
    const lines = keys.map(key => lineOf(key, point => { const row = point.rows.find(r => r.key === key); return row ? row.share : 0; }));
    if (stacked) {
      lines.push(lineOf('other', point => point.rows.filter(r => !keys.includes(r.key)).reduce((sum, r) => sum + r.share, 0)));
    }
    if (lines.length > 0 && crossings.length > 0) {
      lines[0].markLine = { symbol: 'none', silent: true, animation: false,
        lineStyle: { type: 'dashed', color: '#1d2433', width: 1.5 },
        label: { formatter: '{b}', position: 'insideEndTop', color: '#1d2433', fontSize: 12 },
        data: crossings.map(crossing => ({ name: crossing.label, xAxis: crossing.date })) };
    }
    const empty = series.points.length === 0;
    seriesChart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: value => value.toFixed(2) + ' %' },
      legend: { top: 0 },
      grid: { left: 16, right: 40, top: 44, bottom: 12, containLabel: true },
      xAxis: { type: 'time', axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', min: 0, max: stacked ? 100 : null, axisLabel: { formatter: '{value} %' } },
      graphic: emptyText(empty ? 'No point to draw: ' + (series.skippedReason || 'the source has no snapshot in the range') + '.' : null),
      series: lines
    }, true);
    document.getElementById('series-title').textContent = 'Shares by ' + series.by + ' over time';
    document.getElementById('series-note').textContent = 'Source ' + series.source + ', measure ' + series.measure
      + (series.window ? ' (' + series.window + ' windows)' : '') + ', ' + series.view + ' view, a point every '
      + series.every + '; ' + series.points.length + ' points'
      + (series.skippedPoints ? ', ' + series.skippedPoints + ' left out: ' + series.skippedReason : '')
      + (crossings.length ? '; crossings: ' + crossings.map(crossing => crossing.label).join(', ') : '') + '.';
  }

  // As ShareRow.chartName names a group: a country by code and name, anything else by its label, never a name twice.
  function chartName(by, row) {
    const length = row.key.length;
    const repeats = row.label.slice(0, length).toUpperCase() === row.key.toUpperCase()
      && (row.label.length === length || !/[\p{L}\p{N}]/u.test(row.label[length]));
    return by === 'country' && !repeats ? row.key + ' ' + row.label : row.label;
  }

  function drawShares(shares) {
    const rows = shares.rows.slice(0, 15).reverse();
    sharesChart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: value => value.toFixed(2) + ' %' },
      grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', splitNumber: 4, axisLabel: { formatter: '{value} %', hideOverlap: true } },
      yAxis: { type: 'category', axisTick: { show: false }, axisLabel: { interval: 0, width: 220, overflow: 'break', lineHeight: 13 },
        data: rows.map(row => chartName(shares.by, row)) },
      series: [{ type: 'bar', barMaxWidth: 22,
        data: rows.map(row => ({ value: +(100 * row.share).toFixed(3), itemStyle: { color: colour(row.key) } })),
        label: { show: true, position: 'right', formatter: info => info.value.toFixed(info.value < 1 ? 2 : 1) + ' %' } }]
    }, true);
    document.getElementById('shares-title').textContent = 'Shares by ' + shares.by + ', snapshot ' + shares.snapshot;
    const concentration = shares.concentration;
    document.getElementById('shares-note').textContent = 'Source ' + shares.source + ', measure ' + shares.measure
      + ', ' + shares.view + ' view; coverage ' + percent(shares.coverage)
      + (concentration ? '; HHI ' + Math.round(concentration.hhi) + ', top-1 ' + percent(concentration.top1) + ', Gini ' + concentration.gini.toFixed(3) : '')
      + '; registry ' + shares.registry.rows + ' rows.';
    const covered = shares.sourceCoverage;
    const caveat = document.getElementById('source-coverage');
    caveat.textContent = covered && covered.census !== 'yes'
      ? 'Source ' + shares.source + (covered.census === 'no' ? ' is no census of the Hub: ' : ' may not be a census of the Hub: ')
        + covered.statement + '. These are shares of its models, not of the Hub.'
      : '';
    caveat.hidden = caveat.textContent === '';
  }

  function sharesUnavailable(problem) {
    state.lastShares = null;
    sharesChart.setOption({ graphic: emptyText(problem.message), series: [] }, true);
    document.getElementById('shares-title').textContent = 'Shares at the end';
    document.getElementById('shares-note').textContent = '';
    document.getElementById('source-coverage').hidden = true;
  }

  function points(difference) { return (difference >= 0 ? '+' : '') + (100 * difference).toFixed(2); }

  // The sensitivity of the shares panel: each leading group's range over the counting choices, and the gap's moves.
  function drawSensitivity(sensitivity) {
    const ranges = sensitivity.range.filter(range => range.key !== 'UNKNOWN').slice(0, 6).reverse();
    rangeChart.setOption({
      animation: false, graphic: [],
      tooltip: { trigger: 'item', formatter: info => {
        const range = ranges[info.dataIndex];
        return range.label + ': ' + percent(range.baseline) + ' (' + percent(range.min) + ' to ' + percent(range.max) + ')'
          + (range.mostSensitiveTo ? ', moved most by ' + range.mostSensitiveTo : '');
      } },
      grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value} %', hideOverlap: true } },
      yAxis: { type: 'category', data: ranges.map(range => range.key), axisTick: { show: false } },
      series: [
        { type: 'bar', stack: 'range', silent: true, itemStyle: { color: 'transparent' }, data: ranges.map(range => +(100 * range.min).toFixed(3)) },
        { name: 'range', type: 'bar', stack: 'range', barMaxWidth: 16,
          data: ranges.map(range => ({ value: +(100 * (range.max - range.min)).toFixed(3), itemStyle: { color: colour(range.key), opacity: 0.45 } })),
          label: { show: true, position: 'right', distance: 12, color: '#1d2433', opacity: 1, formatter: info => percent(ranges[info.dataIndex].baseline) } },
        { name: 'baseline', type: 'scatter', symbolSize: 11,
          data: ranges.map((range, index) => ({ value: [+(100 * range.baseline).toFixed(3), index],
            itemStyle: { color: colour(range.key), borderColor: '#1d2433', borderWidth: 1.5 } })) }
      ]
    }, true);
    const gap = sensitivity.gap;
    if (!gap) {
      gapChart.setOption({ graphic: emptyText('fewer than two attributed groups: no gap to follow'), series: [] }, true);
    } else {
      document.getElementById('robust-gap-title').textContent = 'Gap ' + gap.a + ' - ' + gap.b
        + ': each variant\'s move from the baseline\'s ' + points(gap.baseline) + ' points';
      const share = (variant, key) => (variant.rows.find(row => row.key === key) || { share: 0 }).share;
      const moves = sensitivity.variants.map(variant => ({ name: variant.name, move: 100 * (share(variant, gap.a) - share(variant, gap.b) - gap.baseline) }))
        .sort((left, right) => Math.abs(left.move) - Math.abs(right.move));
      gapChart.setOption({
        animation: false, graphic: [],
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: value => (value >= 0 ? '+' : '') + value.toFixed(2) + ' points' },
        grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', axisLabel: { formatter: value => (value > 0 ? '+' : '') + value, hideOverlap: true } },
        yAxis: { type: 'category', data: moves.map(move => move.name), axisTick: { show: false } },
        series: [{ type: 'bar', barMaxWidth: 14,
          data: moves.map(move => ({ value: +move.move.toFixed(3), itemStyle: { color: move.move >= 0 ? colour(gap.a) : colour(gap.b) } })),
          label: { show: true, position: 'right', formatter: info => (info.value >= 0 ? '+' : '') + info.value.toFixed(2) } }]
      }, true);
    }
    const skipped = sensitivity.notApplicable.map(item => item.name);
    document.getElementById('robust-note').textContent = (gap
      ? 'Gap ' + gap.a + ' - ' + gap.b + ' ' + points(gap.baseline) + ' points, from ' + points(gap.min) + ' to ' + points(gap.max)
        + (gap.signChanges.length ? '; its sign changes under ' + gap.signChanges.join(', ') : '; its sign never changes') + '. '
      : '') + (skipped.length ? 'Not applicable to these data: ' + skipped.join(', ') + '.' : '');
  }

  function sensitivityUnavailable(problem) {
    state.lastSensitivity = null;
    rangeChart.setOption({ graphic: emptyText(problem.message), series: [] }, true);
    gapChart.setOption({ graphic: emptyText(''), series: [] }, true);
    document.getElementById('robust-note').textContent = '';
  }

  async function crossingsOf(series, query) {
    const pair = leadingPair(series);
    if (pair.length < 2 || series.points.length < 2) { return []; }
    const crossover = await getJson('/api/crossover', Object.assign({ a: pair[0], b: pair[1] }, query));
    return crossover.crossings.map(crossing => ({ date: crossing.date,
      label: (crossing.direction === 'up' ? pair[0] + ' passes ' + pair[1] : pair[1] + ' passes ' + pair[0]) + ' ' + crossing.date }));
  }

  async function refresh() {
    const filter = values();
    const cohort = { 'created-within': filter['created-within'] };
    const asked = Object.assign({ source: filter.source, measure: filter.measure, view: filter.view, window: filter.window }, cohort);
    // filters changed quickly answer out of order: only the latest request draws
    const request = ++state.requests;
    const latest = () => request === state.requests;
    try {
      const seriesQuery = Object.assign({ by: filter.by, from: filter.from, to: filter.to, every: filter.every }, asked);
      const series = await getJson('/api/series', seriesQuery);
      // the shares panel counts what the curve counts: the measure, window and source the series resolved to
      const resolved = Object.assign({ source: series.source, measure: series.measure, view: series.view, window: series.window }, cohort);
      const [crossings, shares] = await Promise.all([
        crossingsOf(series, Object.assign({}, seriesQuery, resolved)),
        getJson('/api/shares', Object.assign({ by: filter.by, to: filter.to }, resolved)).catch(problem => problem)
      ]);
      if (!latest()) { return; }
      if (shares instanceof Error) {
        sharesUnavailable(shares);
      } else {
        state.lastShares = shares;
        drawShares(shares);
      }
      state.lastSeries = series;
      state.lastCrossings = crossings;
      drawSeries(series, crossings, filter.chart);
      error.style.display = 'none';
      if (state.hasArena) { await refreshAdoption(Object.assign({ to: filter.to }, resolved), request); }
      // the robustness panel recomputes the table under every counting choice: asked last, so that it never keeps a
      // worker from the panels above
      if (latest()) {
        const sensitivity = await getJson('/api/sensitivity', Object.assign({ by: filter.by, to: filter.to }, resolved))
          .catch(problem => problem);
        if (latest()) {
          if (sensitivity instanceof Error) {
            sensitivityUnavailable(sensitivity);
          } else {
            state.lastSensitivity = sensitivity;
            drawSensitivity(sensitivity);
          }
        }
      }
    } catch (problem) {
      if (latest()) { showError(problem); }
    }
    if (latest()) { state.done = state.requests; }
  }

  function lineageTree(lineage, model) {
    const byId = Object.fromEntries(lineage.models.map(entry => [entry.id, entry]));
    const children = {};
    lineage.models.forEach(entry => entry.parents.forEach(parent => { (children[parent.id] = children[parent.id] || []).push({ id: entry.id, relation: parent.relation }); }));
    const roots = (byId[model] ? byId[model].roots : [model]);
    const seen = new Set();
    let leaves = 0;
    function node(id, relation) {
      const first = !seen.has(id);
      seen.add(id);
      const label = (relation ? relation + ': ' : '') + id + (id === model ? '  ◀' : '');
      const below = first ? (children[id] || []).slice(0, 200).map(child => node(child.id, child.relation)) : [];
      if (below.length === 0) { leaves++; }
      return { name: label, children: below };
    }
    const trees = roots.map(root => node(root, null));
    return { tree: trees.length === 1 ? trees[0] : { name: 'roots', children: trees }, leaves: leaves };
  }

  async function showModel(model) {
    const parts = model.split('/');
    if (parts.length !== 2) { return; }
    try {
      const lineage = await getJson('/api/lineage/' + encodeURIComponent(parts[0]) + '/' + encodeURIComponent(parts[1]), {});
      state.lastLineage = lineage;
      const attribution = lineage.attribution;
      const describe = organization => (organization.organization || organization.namespace + ' (not in the registry)') + ', ' + organization.country + ', ' + organization.type;
      const drawn = lineageTree(lineage, model);
      document.getElementById('model-attribution').textContent = model + ' in snapshot ' + lineage.snapshot
        + ' (' + lineage.source + '): uploaded by ' + describe(attribution.uploader) + '; roots: '
        + attribution.roots.map(root => root.id + ' (' + describe(root.organization) + ')').join('; ')
        + '; ' + lineage.models.length + ' models in its lineage' + (lineage.truncated ? ' (truncated)' : '') + '.';
      lineageElement.style.height = Math.max(380, Math.min(4000, 16 * drawn.leaves + 40)) + 'px';
      lineageChart.resize();
      lineageChart.setOption({
        animation: false,
        tooltip: { trigger: 'item' },
        series: [{ type: 'tree', data: [drawn.tree], top: 10, left: 140, bottom: 10, right: 260,
          symbolSize: 7, label: { position: 'left', fontSize: 11 }, leaves: { label: { position: 'right' } }, initialTreeDepth: 3 }]
      }, true);
      error.style.display = 'none';
    } catch (problem) {
      showError(problem);
    }
  }

  // The leaderboard: each country's best open-weights rating by month, drawn once; the countries most often among
  // the three best get a line each, in their palette colours.
  async function showArena() {
    const note = document.getElementById('arena-note');
    try {
      state.arena = await getJson('/api/arena', { by: 'country', 'open-only': 'true', every: 'month' });
    } catch (problem) {
      note.textContent = 'No leaderboard to show: ' + problem.message;
      arenaBestChart.setOption({ graphic: emptyText('no leaderboard standings in the store') }, true);
      arenaScatterChart.setOption({ graphic: emptyText('no leaderboard standings in the store') }, true);
      return false;
    }
    const nearTop = new Map();
    state.arena.points.forEach(point => point.rows.slice(0, 3)
      .forEach(row => nearTop.set(row.key, (nearTop.get(row.key) || 0) + 1)));
    const keys = [...nearTop.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 6).map(entry => entry[0]);
    arenaBestChart.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: info => info.seriesName + ' ' + info.value[0] + ': ' + info.data.model
        + ' (' + info.value[1].toFixed(0) + ')' },
      legend: { top: 0 },
      grid: { left: 16, right: 32, top: 40, bottom: 12, containLabel: true },
      xAxis: { type: 'time', axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', scale: true, name: 'rating' },
      series: keys.map(key => ({ name: key, type: 'line', color: colour(key), symbolSize: 5, lineStyle: { width: 2.5 },
        data: state.arena.points.filter(point => point.rows.some(row => row.key === key)).map(point => {
          const row = point.rows.find(candidate => candidate.key === key);
          return { value: [point.date, row.rating], model: row.displayName };
        }) }))
    }, true);
    return true;
  }

  // Hugging Face beside ModelScope, drawn once: each leading country's share of Hugging Face's downloads and of both
  // hubs' downloads over the latest two ModelScope snapshots, with the caveat the API gives.
  async function showHubs() {
    const note = document.getElementById('hubs-note');
    let hubs;
    try {
      hubs = await getJson('/api/hubs', { by: 'country' });
    } catch (problem) {
      note.textContent = 'No second hub to compare: ' + problem.message;
      hubsChart.setOption({ graphic: emptyText('no ModelScope snapshots in the store') }, true);
      return;
    }
    const rows = hubs.rows.filter(row => row.key !== 'UNKNOWN').slice(0, 8).reverse();
    note.textContent = 'Window ' + hubs.window.from + ' to ' + hubs.window.to + ': Hugging Face ' + hubs.measures.huggingface
      + ' (source ' + hubs.sources.huggingface.source + '), ModelScope ' + hubs.measures.modelscope + ' (source '
      + hubs.sources.modelscope.source + ').';
    document.getElementById('hubs-caveat').textContent = hubs.caveat;
    hubsChart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: value => value.toFixed(2) + ' %' },
      legend: { top: 0 },
      grid: { left: 8, right: 56, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value} %', hideOverlap: true } },
      yAxis: { type: 'category', data: rows.map(row => row.key === row.label ? row.key : row.key + ' ' + row.label),
        axisTick: { show: false } },
      series: [
        { name: 'Hugging Face alone', type: 'bar', barMaxWidth: 12, color: '#8a93a3', itemStyle: { opacity: 0.45 },
          data: rows.map(row => ({ value: +(100 * row.share.huggingface).toFixed(3),
            itemStyle: { color: colour(row.key), opacity: 0.45 } })),
          label: { show: true, position: 'right', color: '#1d2433', opacity: 1,
            formatter: info => info.value.toFixed(2) + ' %' } },
        { name: 'Hugging Face and ModelScope', type: 'bar', barMaxWidth: 12, color: '#4a5263',
          data: rows.map(row => ({ value: +(100 * row.share.combined).toFixed(3), itemStyle: { color: colour(row.key) } })),
          label: { show: true, position: 'right', formatter: info => info.value.toFixed(2) + ' %' } }
      ]
    }, true);
  }

  async function refreshAdoption(query, sequence) {
    const parameters = { source: query.source, measure: query.measure, view: query.view, window: query.window,
      'created-within': query['created-within'], to: query.to };
    let adoption;
    try {
      adoption = await getJson('/api/arena/adoption', parameters);
    } catch (problem) {
      if (sequence === state.requests) {
        document.getElementById('arena-note').textContent = 'Rating against downloads: ' + problem.message;
        arenaScatterChart.setOption({ graphic: emptyText('no downloads to compare') }, true);
      }
      return;
    }
    if (sequence !== state.requests) { return; }
    state.lastAdoption = adoption;
    const points = adoption.rows.filter(row => row.downloads > 0);
    const countries = [...new Set(points.map(row => row.country))];
    document.getElementById('arena-scatter-title').textContent = 'Rating (leaderboard of ' + adoption.leaderboardDate
      + ') against ' + adoption.measure + ', ' + adoption.view + ' view';
    document.getElementById('arena-note').textContent = adoption.spearman
      ? 'Spearman\'s rank correlation between rating and downloads: ' + adoption.spearman.rho.toFixed(3)
        + ' (n = ' + adoption.spearman.n + ' distinct repositories).'
      : 'Too few rated repositories in this snapshot for a rank correlation.';
    arenaScatterChart.setOption(points.length === 0 ? { graphic: emptyText('no rated repository in this snapshot') } : {
      animation: false,
      tooltip: { trigger: 'item', formatter: info => info.data.name + ' (' + info.seriesName + '): rating '
        + info.value[1].toFixed(0) + ', ' + Math.round(info.value[0]).toLocaleString('en') + ' downloads' },
      legend: { top: 0 },
      grid: { left: 16, right: 32, top: 40, bottom: 28, containLabel: true },
      xAxis: { type: 'log', name: 'downloads (log scale)', nameLocation: 'middle', nameGap: 26 },
      yAxis: { type: 'value', scale: true, name: 'rating' },
      series: countries.map(country => ({ name: country, type: 'scatter', color: colour(country), symbolSize: 9,
        data: points.filter(row => row.country === country).map(row => ({ name: row.key, value: [row.downloads, row.rating] })) }))
    }, true);
  }

  async function start() {
    try {
      state.palette = await getJson('/assets/palette.json', {});
      const status = await getJson('/api/status', {});
      const sources = [...new Set(status.snapshots.map(snapshot => snapshot.source))];
      const latest = status.snapshots.reduce((a, b) => (a && a.date > b.date ? a : b), null);
      const select = filters.elements.source;
      sources.forEach(source => select.add(new Option(source, source, false, latest && latest.source === source)));
    } catch (problem) {
      showError(problem);
      return;
    }
    // changes made in quick succession (two filters, a typed window) make one request, not one each
    let pending = null;
    filters.addEventListener('change', () => {
      clearTimeout(pending);
      pending = setTimeout(refresh, 250);
    });
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
    window.addEventListener('resize', () => {
      [seriesChart, sharesChart, rangeChart, gapChart, lineageChart, arenaBestChart, arenaScatterChart, hubsChart]
        .forEach(chart => chart.resize());
    });
    state.hasArena = await showArena();
    await showHubs();
    await refresh();
  }

  start();
})();
