// The live alarm indicator in the top bar: the count of unacknowledged alarms, and a toast
// for a new critical or major alarm, pushed as server-sent events by /alarms/live. Texts come
// from data-* attributes (the CSP allows no inline scripts).
(function () {
  function init() {
    var indicator = document.getElementById('live-alarms');
    if (!indicator || !window.EventSource) {
      return;
    }
    var count = indicator.querySelector('.live-alarms-count');
    var toasts = document.getElementById('live-alarms-toasts');
    var source = new EventSource(indicator.getAttribute('data-stream'));
    source.addEventListener('count', function (e) {
      var n = parseInt(e.data, 10);
      count.textContent = String(n);
      indicator.classList.toggle('has-alarms', n > 0);
    });
    source.addEventListener('alarm', function (e) {
      var alarm = JSON.parse(e.data);
      var toast = document.createElement('a');
      toast.className = 'toast severity-' + alarm.severity.toLowerCase();
      toast.href = indicator.getAttribute('href');
      toast.setAttribute('role', 'alert');
      var title = document.createElement('strong');
      title.textContent = alarm.severityLabel + ' · ' + indicator.getAttribute('data-new-label');
      var text = document.createElement('span');
      text.textContent = alarm.message;
      toast.appendChild(title);
      toast.appendChild(text);
      toasts.appendChild(toast);
      setTimeout(function () { toast.remove(); }, 15000);
    });
    window.addEventListener('pagehide', function () { source.close(); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
