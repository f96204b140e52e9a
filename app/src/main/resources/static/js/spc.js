// Control charts and the capability histogram, drawn from data attributes (the CSP allows
// no inline scripts). data-points: the chart's points with their limits and violations;
// data-series: which series (0 location, 1 spread); data-capability: the histogram with
// LSL and USL.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('[data-points]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-points') || '{}');
    var labels = JSON.parse(element.getAttribute('data-labels') || '{}');
    var series = (data.series || [])[Number(element.getAttribute('data-series'))];
    if (!series) {
      element.style.display = 'none';
      return;
    }
    var x = series.points.map(function (p) { return p.takenAt.replace('T', ' ').substring(0, 19); });
    var line = function (name, key, color) {
      return { name: name, type: 'line', step: 'middle', symbol: 'none', data: series.points.map(function (p) { return p[key]; }),
        lineStyle: { type: key === 'cl' ? 'solid' : 'dashed', color: color, width: 1 } };
    };
    var values = series.points.map(function (p) {
      var bad = p.violations.length > 0;
      return { value: p.value, itemStyle: { color: bad ? '#d92d20' : '#1d4ed8' }, symbolSize: bad ? 10 : 5,
        violations: p.violations.map(function (v) { return v.family + ' ' + v.number + ' ' + v.side; }).join(', ') };
    });
    var chart = echarts.init(element);
    chart.setOption({
      title: { text: labels[series.statistic] || series.statistic, left: 'center', textStyle: { fontSize: 13 } },
      grid: { left: 70, right: 60, top: 35, bottom: 30 },
      tooltip: { trigger: 'axis', formatter: function (items) {
        var point = items.filter(function (i) { return i.seriesIndex === 0; })[0];
        var text = items[0].axisValue + '<br>' + items.map(function (i) { return i.seriesName + ': ' + Number(i.value).toPrecision(6); }).join('<br>');
        return point && point.data.violations ? text + '<br><b style="color:#d92d20">' + labels.violation + ': ' + point.data.violations + '</b>' : text;
      } },
      xAxis: { type: 'category', data: x, axisLabel: { show: false } },
      yAxis: { type: 'value', scale: true },
      series: [
        { name: labels[series.statistic] || series.statistic, type: 'line', data: values, symbol: 'circle', lineStyle: { color: '#1d4ed8' } },
        line('UCL', 'ucl', '#d92d20'), line('CL', 'cl', '#15803d'), line('LCL', 'lcl', '#d92d20')
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
  document.querySelectorAll('[data-capability]').forEach(function (element) {
    var capability = JSON.parse(element.getAttribute('data-capability') || 'null');
    var labels = JSON.parse(element.getAttribute('data-labels') || '{}');
    if (!capability) {
      return;
    }
    var h = capability.histogram;
    var bars = h.counts.map(function (count, i) { return [h.start + (i + 0.5) * h.width, count]; });
    var marks = [];
    if (h.lsl !== null) { marks.push({ name: 'LSL', xAxis: h.lsl }); }
    if (h.usl !== null) { marks.push({ name: 'USL', xAxis: h.usl }); }
    var low = Math.min(h.start, h.lsl === null ? h.start : h.lsl);
    var high = Math.max(h.start + h.width * h.counts.length, h.usl === null ? h.start : h.usl);
    var margin = (high - low) * 0.05;
    var chart = echarts.init(element);
    chart.setOption({
      grid: { left: 50, right: 30, top: 30, bottom: 30 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', min: low - margin, max: high + margin, axisLabel: { formatter: function (v) { return Number(v).toPrecision(5); } } },
      yAxis: { type: 'value', name: labels.count, minInterval: 1 },
      series: [{ type: 'bar', data: bars, barWidth: '90%', itemStyle: { color: '#1d4ed8' },
        markLine: { symbol: 'none', lineStyle: { color: '#d92d20', width: 2 }, label: { formatter: '{b}' }, data: marks } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
