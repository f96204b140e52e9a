// Flags a measured value against its spec limits as it is typed: red outside LSL/USL,
// yellow when it is no number. The server checks again on saving.
(function () {
  function limit(input, name) {
    var raw = input.getAttribute('data-' + name);
    return (raw === null || raw === '') ? null : parseFloat(raw);
  }
  function check(input) {
    var form = input.closest('form');
    var flag = input.parentElement.querySelector('.flag');
    var text = input.value.trim().replace('，', '.');
    input.classList.remove('out-of-tolerance', 'not-a-number');
    if (flag) { flag.textContent = ''; }
    if (text === '') { return; }
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) {
      input.classList.add('not-a-number');
      if (flag) { flag.textContent = form.getAttribute('data-nan-label'); }
      return;
    }
    var value = parseFloat(text);
    var lsl = limit(input, 'lsl');
    var usl = limit(input, 'usl');
    if ((lsl !== null && value < lsl) || (usl !== null && value > usl)) {
      input.classList.add('out-of-tolerance');
      if (flag) { flag.textContent = form.getAttribute('data-out-label'); }
    }
  }
  document.addEventListener('input', function (event) {
    if (event.target.matches && event.target.matches('input.value')) { check(event.target); }
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input.value').forEach(check);
  });
})();
