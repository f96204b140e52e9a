// Energy charts drawn from data attributes (the CSP allows no inline scripts). A missing
// value is null and stays a gap: ECharts draws no bar and breaks the line there.
(function () {
  var PERIOD_COLOURS = { SHARP_PEAK: '#b91c1c', PEAK: '#ea580c', FLAT: '#2563eb', VALLEY: '#16a34a', DEEP_VALLEY: '#0f766e' };

  function draw(element, option) {
    var chart = echarts.init(element);
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function bars(element) {
    var data = JSON.parse(element.getAttribute('data-energy-bars'));
    draw(element, {
      grid: { left: 60, right: 20, top: 30, bottom: 40 },
      tooltip: { trigger: 'axis' },
      legend: { data: [data.name] },
      xAxis: { type: 'category', data: data.labels },
      yAxis: { type: 'value' },
      series: [{ name: data.name, type: 'bar', data: data.values, itemStyle: { color: '#0369a1' } }]
    });
  }

  function tou(element) {
    var data = JSON.parse(element.getAttribute('data-energy-tou'));
    var kWh = element.getAttribute('data-kwh');
    var cost = element.getAttribute('data-cost');
    draw(element, {
      grid: { left: 70, right: 70, top: 30, bottom: 30 },
      tooltip: { trigger: 'axis' },
      legend: { data: [kWh, cost] },
      xAxis: { type: 'category', data: data.labels },
      yAxis: [{ type: 'value', name: kWh }, { type: 'value', name: cost }],
      series: [
        { name: kWh, type: 'bar', data: data.kWh.map(function (v, i) {
          return { value: v, itemStyle: { color: PERIOD_COLOURS[data.periods[i]] } };
        }) },
        { name: cost, type: 'line', yAxisIndex: 1, data: data.cost, itemStyle: { color: '#374151' } }
      ]
    });
  }

  function curve(element) {
    var data = JSON.parse(element.getAttribute('data-energy-curve'));
    var kW = element.getAttribute('data-kw');
    draw(element, {
      grid: { left: 60, right: 20, top: 30, bottom: 40 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.labels },
      yAxis: { type: 'value', name: kW },
      series: [{ name: kW, type: 'line', step: 'start', connectNulls: false, showSymbol: false, data: data.values,
        areaStyle: { opacity: 0.15 }, itemStyle: { color: '#c2410c' } }]
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('[data-energy-bars]').forEach(bars);
    document.querySelectorAll('[data-energy-tou]').forEach(tou);
    document.querySelectorAll('[data-energy-curve]').forEach(curve);
  });
})();
