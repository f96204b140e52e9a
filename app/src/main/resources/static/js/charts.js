// Charts drawn from data attributes (the CSP allows no inline scripts).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-tree]').forEach(function (element) {
    if (typeof echarts === 'undefined') {
      return;
    }
    var sites = JSON.parse(element.getAttribute('data-tree') || '[]');
    var root = { name: element.getAttribute('data-root') || '', children: sites };
    var chart = echarts.init(element);
    chart.setOption({
      series: [{
        type: 'tree', data: [root], orient: 'LR', top: 10, left: 90, bottom: 10, right: 190,
        symbolSize: 9, initialTreeDepth: 3, expandAndCollapse: true,
        label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 12 },
        leaves: { label: { position: 'right', align: 'left' } }
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});

// Bar charts: data-bars holds {"labels": [...], "values": [...]}; data-horizontal lays
// the bars on their side (long names, such as the top originators and rules).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-bars]').forEach(function (element) {
    if (typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-bars') || '{"labels":[],"values":[]}');
    var horizontal = element.getAttribute('data-horizontal') === 'true';
    var names = { type: 'category', data: horizontal ? data.labels.slice().reverse() : data.labels };
    var counts = { type: 'value', minInterval: 1 };
    var chart = echarts.init(element);
    chart.setOption({
      grid: { left: horizontal ? 160 : 40, right: 20, top: 10, bottom: 30 },
      tooltip: { trigger: 'axis' },
      xAxis: horizontal ? counts : names,
      yAxis: horizontal ? names : counts,
      series: [{ type: 'bar', data: horizontal ? data.values.slice().reverse() : data.values, itemStyle: { color: '#c2410c' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
