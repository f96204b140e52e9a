// Shop-floor tablet: a numeric keypad that types into the card's quantity field last
// touched, and the operator chosen on a shared tablet, kept on the tablet and sent with
// every report.
(function () {
  var OPERATOR = 'kaiwu.shopfloor.operator';
  var lastField = null;

  function operatorInput() {
    return document.getElementById('sf-operator');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var input = operatorInput();
    if (input) {
      input.value = localStorage.getItem(OPERATOR) || '';
      input.addEventListener('change', function () {
        localStorage.setItem(OPERATOR, input.value.trim());
      });
    }
  });

  document.addEventListener('focusin', function (event) {
    if (event.target.classList && event.target.classList.contains('sf-number-input')) {
      lastField = event.target;
    }
  });

  document.addEventListener('click', function (event) {
    var key = event.target.closest('.sf-keypad button');
    if (!key) {
      return;
    }
    var card = key.closest('.sf-card');
    var field = (lastField && card.contains(lastField)) ? lastField : card.querySelector('input[name="goodQuantity"]');
    var k = key.dataset.key;
    if (k === '⌫') {
      field.value = field.value.slice(0, -1);
    } else if (k !== '.' || field.value.indexOf('.') < 0) {
      field.value += k;
    }
    field.focus();
  });

  function fillOperator(form) {
    var input = operatorInput();
    var field = form.querySelector('.sf-operator-field');
    if (input && field) {
      field.value = input.value.trim();
    }
  }

  // runs before htmx sees the submit: asks first when the button carries data-confirm
  document.addEventListener('submit', function (event) {
    if (!event.target.classList.contains('sf-form')) {
      return;
    }
    var submitter = event.submitter;
    if (submitter && submitter.dataset.confirm && !window.confirm(submitter.dataset.confirm)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    fillOperator(event.target);
  }, true);

  document.addEventListener('htmx:configRequest', function (event) {
    var form = event.detail.elt.closest ? event.detail.elt.closest('.sf-form') : null;
    if (form) {
      var input = operatorInput();
      if (input && input.value.trim()) {
        event.detail.parameters.operator = input.value.trim();
      }
    }
  });

})();
