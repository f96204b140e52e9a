// The trace graph: lots and serials laid out in columns by how many genealogy links they
// lie upstream (left) or downstream (right) of the traced lot, suppliers at the far left
// of their lots, deliveries right of theirs. A click on a lot traces from it.
document.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('trace-graph');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  const graph = JSON.parse(el.dataset.graph || '{"nodes":[],"edges":[]}');
  const origin = el.dataset.origin;
  const colours = { LOT: '#2563eb', SERIAL: '#7c3aed', SUPPLIER: '#15803d', DELIVERY: '#c2410c' };
  const edgeNames = { CONSUMED: el.dataset.consumed, SUPPLIED: el.dataset.supplied, DELIVERED: el.dataset.delivered };
  const rows = {};
  const nodes = graph.nodes.map((n) => {
    const row = rows[n.column] || 0;
    rows[n.column] = row + 1;
    const isOrigin = n.id === origin;
    return {
      id: n.id, name: n.label, x: n.column * 240, y: row * 70, unitId: n.unitId,
      symbol: n.kind === 'DELIVERY' ? 'rect' : (n.kind === 'SUPPLIER' ? 'diamond' : 'circle'),
      symbolSize: isOrigin ? 28 : 18,
      itemStyle: { color: colours[n.kind] || '#555', borderColor: isOrigin ? '#000' : '#fff', borderWidth: isOrigin ? 3 : 1 },
      label: { show: true, position: 'bottom', fontSize: 11, fontWeight: isOrigin ? 'bold' : 'normal' }
    };
  });
  const edges = graph.edges.map((e) => ({
    source: e.source, target: e.target,
    value: e.quantity,
    label: { show: !!e.label, formatter: e.label || '', fontSize: 10 },
    tooltip: { formatter: (edgeNames[e.kind] || e.kind) + ': ' + (e.label || '') + (e.quantity != null ? ' × ' + e.quantity : '') },
    lineStyle: { color: e.kind === 'DELIVERED' ? '#c2410c' : (e.kind === 'SUPPLIED' ? '#15803d' : '#64748b'), width: 1.5, curveness: 0.1 }
  }));
  const chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'item' },
    series: [{
      type: 'graph', layout: 'none', roam: true, draggable: true, data: nodes, links: edges,
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8, emphasis: { focus: 'adjacency' }
    }]
  });
  chart.on('click', (p) => {
    if (p.dataType === 'node' && p.data.unitId && p.data.id !== origin) {
      window.location.href = '/quality/trace/' + p.data.unitId;
    }
  });
  window.addEventListener('resize', () => chart.resize());
});
