// Service desk intake (SVC-1): Ctrl+Enter in a text area submits its form (Enter alone submits from any
// other field); a form marked data-once disables its submit button once sent. A second submit that gets
// through anyway carries the same one-time token, and the server answers it with the first matter.
document.addEventListener('keydown', function (e) {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.target.tagName === 'TEXTAREA' && e.target.form) {
    e.preventDefault();
    e.target.form.requestSubmit();
  }
});
document.addEventListener('submit', function (e) {
  var form = e.target;
  if (form.getAttribute('data-once') === 'true' && !e.defaultPrevented) {
    setTimeout(function () {
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
    }, 0);
  }
});
// Handling guides (SVC-7): "use as answer" copies a standard answer into the intake's answer box and marks the
// matter answered on the spot; the clerk may still edit it before submitting.
document.addEventListener('click', function (e) {
  var b = e.target.closest('[data-use-answer]');
  if (!b) {
    return;
  }
  e.preventDefault();
  var box = document.getElementById('intake-answer');
  if (box) {
    box.value = b.getAttribute('data-use-answer');
    var done = document.getElementById('intake-answered');
    if (done) {
      done.checked = true;
    }
    box.focus();
  }
});
