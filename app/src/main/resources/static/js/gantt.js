// The schedule's Gantt, by resource or by order, drawn from data attributes (the CSP
// allows no inline scripts). data-rows: the operations; data-labels: words in the page's
// language; data-zone: the plant's time zone. On a draft (data-draggable) an operation can
// be dragged to another time or, by resource, to another resource: the move is sent to the
// REST API and the page reloads with the conflicts it made shown in red.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('gantt');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var rows = JSON.parse(el.getAttribute('data-rows') || '[]');
  var labels = JSON.parse(el.getAttribute('data-labels') || '{}');
  var zone = el.getAttribute('data-zone') || 'UTC';
  var draggable = el.getAttribute('data-draggable') === 'true';
  var moveUrl = el.getAttribute('data-move-url');
  var view = 'resource';
  var time = new Intl.DateTimeFormat(undefined, { timeZone: zone, month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hour12: false });
  var palette = ['#2563eb', '#0891b2', '#059669', '#7c3aed', '#ca8a04', '#db2777', '#4b5563', '#ea580c'];
  var chart = echarts.init(el);
  var resourceIds = {};
  rows.forEach(function (r) { resourceIds[r.resourceCode] = r.resourceId; });

  function unique(values) {
    return values.filter(function (v, i) { return values.indexOf(v) === i; });
  }
  function category(r) {
    return view === 'resource' ? r.resourceCode : r.productionOrderNumber;
  }
  function colour(r) {
    var h = 0;
    for (var i = 0; i < r.productionOrderNumber.length; i++) {
      h = (h * 31 + r.productionOrderNumber.charCodeAt(i)) % 997;
    }
    return palette[h % palette.length];
  }
  function conflictText(r) {
    return r.conflicts.map(function (c) { return labels[c.toLowerCase().replace('_', '-')] || c; }).join(', ');
  }
  function renderItem(params, api) {
    var start = api.coord([api.value(1), api.value(0)]);
    var end = api.coord([api.value(2), api.value(0)]);
    var height = api.size([0, 1])[1] * 0.6;
    var shape = echarts.graphic.clipRectByRect(
      { x: start[0], y: start[1] - height / 2, width: Math.max(2, end[0] - start[0]), height: height },
      { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
    return shape && { type: 'rect', transition: ['shape'], shape: shape, style: api.style() };
  }
  function draw() {
    var categories = unique(rows.map(category));
    el.style.height = Math.max(220, 80 + categories.length * 36) + 'px';
    chart.resize();
    var data = rows.map(function (r, i) {
      var bad = r.conflicts.length > 0;
      return { value: [categories.indexOf(category(r)), Date.parse(r.start), Date.parse(r.end), i],
        itemStyle: { color: bad ? '#d92d20' : colour(r), borderColor: r.late ? '#7f1d1d' : '#111827',
          borderWidth: (r.late || r.movedByHand) ? 2 : 0 } };
    });
    chart.setOption({
      tooltip: { formatter: function (p) {
        var r = rows[p.value[3]];
        var lines = [r.workOrderNumber + ' · ' + r.operation, labels.order + ': ' + r.productionOrderNumber,
          labels.resource + ': ' + r.resourceCode, labels.start + ': ' + time.format(new Date(r.start)),
          labels.end + ': ' + time.format(new Date(r.end))];
        if (r.setupMinutes > 0) { lines.push(labels.setup + ': ' + r.setupMinutes + ' min'); }
        if (r.late) { lines.push('<b style="color:#b42318">' + labels.late + '</b>'); }
        if (r.movedByHand) { lines.push(labels.moved); }
        if (r.conflicts.length) { lines.push('<b style="color:#d92d20">' + labels.conflict + ': ' + conflictText(r) + '</b>'); }
        return lines.join('<br>');
      } },
      grid: { left: 120, right: 24, top: 16, bottom: 60 },
      xAxis: { type: 'time', axisLabel: { formatter: function (v) { return time.format(new Date(v)); } } },
      yAxis: { type: 'category', data: categories, inverse: true },
      dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'none', moveOnMouseMove: !draggable },
        { type: 'slider', xAxisIndex: 0, filterMode: 'none' }],
      series: [{ type: 'custom', renderItem: renderItem, encode: { x: [1, 2], y: 0 }, data: data }]
    }, true);
  }

  var dragging = null;
  chart.on('mousedown', function (p) {
    if (draggable && p.seriesType === 'custom') {
      dragging = { row: rows[p.value[3]], x: p.event.offsetX, y: p.event.offsetY };
    }
  });
  chart.getZr().on('mouseup', function (e) {
    if (!dragging) {
      return;
    }
    var drag = dragging;
    dragging = null;
    if (Math.abs(e.offsetX - drag.x) < 4 && Math.abs(e.offsetY - drag.y) < 4) {
      return;
    }
    var from = chart.convertFromPixel({ xAxisIndex: 0 }, drag.x);
    var to = chart.convertFromPixel({ xAxisIndex: 0 }, e.offsetX);
    var fiveMinutes = 5 * 60 * 1000;
    var start = Math.round((Date.parse(drag.row.start) + (to - from)) / fiveMinutes) * fiveMinutes;
    var resourceId = drag.row.resourceId;
    if (view === 'resource') {
      var categories = unique(rows.map(category));
      var index = chart.convertFromPixel({ yAxisIndex: 0 }, e.offsetY);
      if (index >= 0 && index < categories.length) {
        resourceId = resourceIds[categories[index]] || resourceId;
      }
    }
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token && header && token.content) {
      headers[header.content] = token.content;
    }
    fetch(moveUrl + drag.row.workOrderId, { method: 'PUT', headers: headers, credentials: 'same-origin',
      body: JSON.stringify({ resourceId: resourceId, start: new Date(start).toISOString() }) })
      .then(function (response) {
        if (response.ok) {
          window.location.reload();
          return null;
        }
        return response.json().then(function (problem) { window.alert(labels['move-failed'] + ' ' + (problem.detail || '')); });
      });
  });
  document.querySelectorAll('[data-gantt-view]').forEach(function (button) {
    button.addEventListener('click', function () {
      view = button.getAttribute('data-gantt-view');
      draw();
    });
  });
  window.addEventListener('resize', function () { chart.resize(); });
  draw();
});
