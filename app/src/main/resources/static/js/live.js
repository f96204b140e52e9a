// The live panel of the device page (loaded by htmx): latest values pushed by server-sent
// events, a chart of the last ten minutes and a history chart. Data comes from data-*
// attributes and same-origin requests only (the CSP allows no inline scripts).
(function () {
  var WINDOW_MS = 10 * 60 * 1000;

  // Chart times are wall-clock times of the site ("yyyy-MM-dd HH:mm:ss.SSS"), so the
  // axes show the site's time whatever the browser's zone.
  function millis(time) {
    return new Date(time.replace(' ', 'T')).getTime();
  }

  function init(panel) {
    if (panel.getAttribute('data-live-ready')) {
      return;
    }
    panel.setAttribute('data-live-ready', 'true');
    var names = JSON.parse(panel.getAttribute('data-names') || '{}');
    var status = panel.querySelector('#live-status');
    var liveChart = null;
    var series = {};
    var liveElement = panel.querySelector('#live-chart');
    if (liveElement && typeof echarts !== 'undefined') {
      liveChart = echarts.init(liveElement);
      liveChart.setOption({
        tooltip: { trigger: 'axis' }, legend: { type: 'scroll' },
        grid: { left: 50, right: 20, top: 40, bottom: 30 },
        xAxis: { type: 'time' }, yAxis: { type: 'value', scale: true },
        series: Object.keys(names).map(function (id) {
          series[id] = [];
          return { id: id, name: names[id], type: 'line', showSymbol: false, data: [] };
        })
      });
      window.addEventListener('resize', function () { liveChart.resize(); });
    }

    function update(values) {
      var newest = 0;
      values.forEach(function (v) {
        var row = panel.querySelector('tr[data-property="' + CSS.escape(v.property) + '"]');
        if (row) {
          var cell = row.querySelector('.live-value');
          var time = row.querySelector('.live-time');
          if (!time.getAttribute('data-chart-time') || time.getAttribute('data-chart-time') <= v.chartTime) {
            cell.textContent = v.value;
            cell.classList.remove('muted');
            var badge = row.querySelector('.live-quality');
            badge.textContent = v.qualityLabel;
            badge.className = 'badge live-quality quality-' + v.quality.toLowerCase();
            badge.hidden = false;
            time.textContent = v.time;
            time.setAttribute('data-chart-time', v.chartTime);
          }
        }
        if (series[v.property] && v.number !== null) {
          series[v.property].push([v.chartTime, v.number]);
          newest = Math.max(newest, millis(v.chartTime));
        }
      });
      if (liveChart && newest > 0) {
        Object.keys(series).forEach(function (id) {
          series[id] = series[id]
            .filter(function (p) { return millis(p[0]) > newest - WINDOW_MS; })
            .sort(function (a, b) { return a[0] < b[0] ? -1 : 1; });
        });
        liveChart.setOption({
          series: Object.keys(series).map(function (id) { return { id: id, data: series[id] }; })
        });
      }
    }

    var source = new EventSource(panel.getAttribute('data-stream'));
    source.addEventListener('open', function () {
      status.textContent = panel.getAttribute('data-connected');
    });
    source.addEventListener('values', function (event) {
      update(JSON.parse(event.data));
    });
    source.addEventListener('error', function () {
      status.textContent = panel.getAttribute('data-disconnected');
    });
    window.addEventListener('pagehide', function () { source.close(); });

    initHistory(panel);
  }

  function initHistory(panel) {
    var form = panel.querySelector('#history-controls');
    var element = panel.querySelector('#history-chart');
    var message = panel.querySelector('#history-message');
    if (!form || !element || typeof echarts === 'undefined') {
      return;
    }
    var chart = echarts.init(element);
    window.addEventListener('resize', function () { chart.resize(); });

    function load() {
      var params = new URLSearchParams(new FormData(form));
      fetch(panel.getAttribute('data-history') + '?' + params.toString(), {
        headers: { 'Accept': 'application/json' }, credentials: 'same-origin'
      }).then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      }).then(function (history) {
        message.hidden = history.points.length > 0;
        message.textContent = panel.getAttribute('data-history-empty');
        var option = form.querySelector('#history-property').selectedOptions[0];
        chart.setOption({
          tooltip: { trigger: 'axis' },
          grid: { left: 50, right: 20, top: 30, bottom: 70 },
          xAxis: { type: 'time' }, yAxis: { type: 'value', scale: true },
          dataZoom: [{ type: 'inside' }, { type: 'slider' }],
          series: [{
            name: option ? option.textContent : history.property, type: 'line',
            showSymbol: false, step: false, data: history.points
          }]
        }, true);
      }).catch(function () {
        message.hidden = false;
        message.textContent = panel.getAttribute('data-history-failed');
      });
    }

    form.addEventListener('change', load);
    form.addEventListener('submit', function (event) { event.preventDefault(); load(); });
    load();
  }

  function scan(root) {
    if (!root || !root.querySelectorAll) {
      return;
    }
    if (root.matches && root.matches('[data-stream]')) {
      init(root);
    }
    root.querySelectorAll('[data-stream]').forEach(init);
  }

  document.addEventListener('htmx:load', function (event) { scan(event.detail.elt); });
  document.addEventListener('DOMContentLoaded', function () { scan(document); });
})();
