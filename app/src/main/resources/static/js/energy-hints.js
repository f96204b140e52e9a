// Evidence charts of the energy suggestions: data-evidence holds
// {"unit": "kWh", "series": [{"name": "...", "points": [[epochMs, value or null], ...]}]};
// a null value is missing data and leaves a gap in the line.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-evidence]').forEach(function (element) {
    if (typeof echarts === 'undefined') {
      return;
    }
    var evidence = JSON.parse(element.getAttribute('data-evidence') || '{"unit":"","series":[]}');
    var colours = ['#2563eb', '#c2410c', '#15803d'];
    var chart = echarts.init(element);
    chart.setOption({
      grid: { left: 50, right: 20, top: 30, bottom: 30 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: evidence.unit },
      series: evidence.series.map(function (s, i) {
        return { type: 'line', name: s.name, data: s.points, showSymbol: false, connectNulls: false,
          step: evidence.unit === 'kWh' ? false : 'start', itemStyle: { color: colours[i % colours.length] } };
      })
    });
    element.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
