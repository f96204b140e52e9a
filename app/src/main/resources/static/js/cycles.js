// The PDCA timeline: each cycle one turn of a spiral of four stages (plan, do, check, act),
// drawn on polar axes; a stage the cycle has completed is filled.
document.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('cycle-spiral');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  const points = JSON.parse(el.dataset.spiral || '[]');
  const stages = (el.dataset.stages || 'P,D,C,A').split(',');
  const chart = echarts.init(el);
  const data = points.map((p) => ({
    value: [p.radius, p.angle],
    name: '#' + p.cycle + ' ' + stages[p.stage],
    itemStyle: { color: p.done ? '#2f7d32' : '#ffffff', borderColor: '#2f7d32', borderWidth: 2 }
  }));
  chart.setOption({
    polar: {},
    angleAxis: { type: 'value', min: 0, max: 360, startAngle: 90, clockwise: true, show: false },
    radiusAxis: { min: 0, max: Math.max(1, ...points.map((p) => Math.ceil(p.radius))), axisLabel: { show: false } },
    tooltip: { trigger: 'item', formatter: (p) => p.name },
    series: [{
      type: 'line', coordinateSystem: 'polar', smooth: true, symbolSize: 12, data: data,
      label: { show: true, formatter: (p) => p.name, fontSize: 11 },
      lineStyle: { color: '#2f7d32' }
    }]
  });
  window.addEventListener('resize', () => chart.resize());
});
