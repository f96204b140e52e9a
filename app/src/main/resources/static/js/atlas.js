// The scenario atlas graph (场景图谱): data-graph holds {categories, nodes, links} from
// AtlasPagesController; nodes are coloured by coverage state and grouped by category,
// ringed by category colour, links drawn by kind (data solid, tool dashed, model dotted). A click opens the scenario.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('atlas-graph');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var graph = JSON.parse(element.getAttribute('data-graph') || '{"categories":[],"nodes":[],"links":[]}');
  var colours = { NOT_STARTED: '#9aa5b1', CONFIGURED: '#f0b429', LIVE: '#2f9e44' };
  var lines = { DATA: { type: 'solid', color: '#486581' }, TOOL: { type: 'dashed', color: '#c2410c' },
    MODEL: { type: 'dotted', color: '#7c3aed' } };
  // category colours ring the nodes (and fill the legend); the fill is the coverage state
  var palette = ['#1f6feb', '#c2410c', '#0f766e', '#7c3aed', '#a21caf', '#334155'];
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: {
      formatter: function (p) {
        return p.dataType === 'node' ? p.data.name + '<br>' + p.data.stateLabel
          : p.data.source + ' → ' + p.data.target + '<br>' + p.data.kindLabel;
      }
    },
    legend: [{ data: graph.categories.map(function (c) { return c.name; }), bottom: 0 }],
    series: [{
      // circular: the nodes come in the pack's order, so each category forms an arc
      type: 'graph', layout: 'circular', circular: { rotateLabel: true }, roam: true,
      categories: graph.categories.map(function (c, i) {
        return { name: c.name, itemStyle: { color: palette[i % palette.length] } };
      }),
      label: { show: true, position: 'right', fontSize: 11, formatter: function (p) { return p.data.id; } },
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
      data: graph.nodes.map(function (n) {
        return { id: n.id, name: n.name, category: n.category, symbolSize: 22, state: n.state,
          stateLabel: n.stateLabel, href: n.href,
          itemStyle: { color: colours[n.state], borderColor: palette[n.category % palette.length], borderWidth: 4 } };
      }),
      links: graph.links.map(function (l) {
        return { source: l.source, target: l.target, kindLabel: l.kindLabel,
          lineStyle: { type: lines[l.kind].type, color: lines[l.kind].color, width: 1.5, curveness: 0.15 } };
      })
    }]
  });
  chart.on('click', function (p) {
    if (p.dataType === 'node' && p.data.href) {
      window.location.href = p.data.href;
    }
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
