// The live safety board: /ehs/board/live pushes `changed` when a device of the board's points
// stored values or one of its EHS alarms changed; the tiles are then fetched again through
// htmx (hx-trigger="ehs:changed" on #ehs-board). A plain EventSource, as alarm-live.js: the
// htmx 1 SSE extension shipped with htmx 2 does not fire hx-trigger="sse:…".
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
      var tiles = document.getElementById('ehs-board');
      if (tiles) {
        htmx.trigger(tiles, 'ehs:changed');
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
