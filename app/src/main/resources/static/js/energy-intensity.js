// 能效分析: kWh per period as bars and kWh per good part as a line. A missing figure is a
// gap in the chart (null), never a zero.
(function () {
  document.querySelectorAll('[data-energy-intensity]').forEach(function (element) {
    if (typeof echarts === 'undefined') {
      return;
    }
    var points = JSON.parse(element.getAttribute('data-energy-intensity') || '[]');
    var kWh = element.getAttribute('data-kwh');
    var perPart = element.getAttribute('data-kwh-per-part');
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: [kWh, perPart] },
      grid: { left: 60, right: 60, bottom: 40, top: 40 },
      xAxis: { type: 'category', data: points.map(function (p) { return p.period; }) },
      yAxis: [{ type: 'value', name: kWh }, { type: 'value', name: perPart }],
      series: [
        { type: 'bar', name: kWh, data: points.map(function (p) { return p.kWh; }) },
        { type: 'line', name: perPart, yAxisIndex: 1, connectNulls: false,
          data: points.map(function (p) { return p.kWhPerPart; }) }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
