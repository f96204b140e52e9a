// A live board: the element #board-live names its server-sent event stream (data-stream) and
// the element to refresh (data-target). Each `changed` event on the stream triggers
// `live:changed` on that element, which fetches itself again through htmx
// (hx-trigger="live:changed"). A plain EventSource, as alarm-live.js: the htmx 1 SSE
// extension shipped with the htmx 2 webjar never fires hx-trigger="sse:…".
(function () {
  function init() {
    var live = document.getElementById('board-live');
    if (!live || !window.EventSource || !window.htmx) {
      return;
    }
    var source = new EventSource(live.getAttribute('data-stream'));
    source.addEventListener('open', function () {
      live.setAttribute('data-connected', 'true');
    });
    source.addEventListener('changed', function () {
      var target = document.getElementById(live.getAttribute('data-target'));
      if (target) {
        htmx.trigger(target, 'live:changed');
      }
    });
    window.addEventListener('pagehide', function () { source.close(); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
