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
