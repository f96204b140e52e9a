// The assessment result's radar chart, drawn from data-radar (the CSP allows no inline
// scripts): {"indicators": [{"name", "max"}], "series": [{"name", "values"}]}, one
// series per run compared, this run last.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-radar]').forEach(function (element) {
    if (typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-radar') || '{"indicators":[],"series":[]}');
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: {},
      legend: { bottom: 0, data: data.series.map(function (s) { return s.name; }) },
      radar: { indicator: data.indicators, radius: '62%' },
      series: [{
        type: 'radar',
        data: data.series.map(function (s, i) {
          return { name: s.name, value: s.values, areaStyle: i === data.series.length - 1 ? { opacity: 0.25 } : undefined };
        })
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
