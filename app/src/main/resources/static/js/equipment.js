// Equipment pages: the Pareto chart of stop time by downtime reason, drawn from data
// attributes (the CSP allows no inline scripts).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-pareto]').forEach(function (element) {
    if (typeof echarts === 'undefined') {
      return;
    }
    var bars = JSON.parse(element.getAttribute('data-pareto') || '[]');
    var total = bars.reduce(function (sum, b) { return sum + b.minutes; }, 0);
    var running = 0;
    var cumulative = bars.map(function (b) {
      running += b.minutes;
      return total > 0 ? Math.round(running / total * 1000) / 10 : 0;
    });
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 50, right: 50, bottom: 80, top: 30 },
      xAxis: { type: 'category', axisLabel: { interval: 0, rotate: 30 },
        data: bars.map(function (b) { return b.reason || element.getAttribute('data-unassigned'); }) },
      yAxis: [{ type: 'value', name: element.getAttribute('data-minutes') },
        { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } }],
      series: [
        { type: 'bar', name: element.getAttribute('data-minutes'), data: bars.map(function (b) { return b.minutes; }) },
        { type: 'line', name: element.getAttribute('data-cumulative'), yAxisIndex: 1, data: cumulative }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
