// Quality pages (defects, NCRs, supplier quality): the Pareto chart of defects with its
// cumulative line and the 80 % line, and the pad on which a tap marks where on the
// part's drawing a defect is. Drawn from data attributes (the CSP allows no inline scripts).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-defect-pareto]').forEach(function (element) {
    if (typeof echarts === 'undefined') {
      return;
    }
    var bars = JSON.parse(element.getAttribute('data-defect-pareto') || '[]');
    var unassigned = element.getAttribute('data-unassigned');
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 50, right: 50, bottom: 90, top: 30 },
      xAxis: { type: 'category', axisLabel: { interval: 0, rotate: 30 },
        data: bars.map(function (b) { return b.label || unassigned; }) },
      yAxis: [{ type: 'value', name: element.getAttribute('data-count') },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } }],
      series: [
        { type: 'bar', name: element.getAttribute('data-count'),
          data: bars.map(function (b) {
            return { value: b.count, itemStyle: { color: b.vitalFew ? '#c0392b' : '#7f8c8d' } };
          }) },
        { type: 'line', name: element.getAttribute('data-cumulative'), yAxisIndex: 1,
          data: bars.map(function (b) { return Math.round(b.cumulativePercent * 10) / 10; }),
          markLine: { silent: true, symbol: 'none', data: [{ yAxis: 80 }], label: { formatter: '80 %' } } }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });

  var pad = document.getElementById('drawing-pad');
  if (pad) {
    var x = document.getElementById('drawingX');
    var y = document.getElementById('drawingY');
    var mark = pad.querySelector('.drawing-mark');
    var place = function () {
      if (x.value === '' || y.value === '') {
        mark.hidden = true;
        return;
      }
      mark.hidden = false;
      mark.style.left = (parseFloat(x.value) * 100) + '%';
      mark.style.top = (parseFloat(y.value) * 100) + '%';
    };
    pad.addEventListener('click', function (event) {
      var box = pad.getBoundingClientRect();
      x.value = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)).toFixed(2);
      y.value = Math.min(1, Math.max(0, (event.clientY - box.top) / box.height)).toFixed(2);
      place();
    });
    x.addEventListener('input', place);
    y.addEventListener('input', place);
  }
});
