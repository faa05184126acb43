// Autosave of the document form: what is typed is kept in this browser (localStorage) every few
// seconds, so that a closed tab or a crash loses nothing. When the form opens and a kept copy
// differs from what the server has, a notice offers to restore it or to discard it. The copy is
// dropped when the form is submitted. Nothing leaves the browser; the texts come from the form's
// data attributes.
(function () {
  var form = document.getElementById('document-form');
  if (!form || !window.localStorage || form.querySelector('fieldset:disabled')) {
    return;
  }
  var key = 'govsite.draft:' + form.getAttribute('action');
  var INTERVAL = 3000;

  function editor() {
    return window.tinymce && window.tinymce.activeEditor;
  }

  function values() {
    if (editor()) {
      editor().save();
    }
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.name === '_csrf' || field.type === 'submit' || field.type === 'search') {
        return;
      }
      fields[field.name] = field.type === 'checkbox' ? field.checked : field.value;
    });
    return fields;
  }

  function apply(fields) {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || !(field.name in fields)) {
        return;
      }
      if (field.type === 'checkbox') {
        field.checked = fields[field.name];
      } else {
        field.value = fields[field.name];
      }
      if (field.name === 'body' && editor()) {
        editor().setContent(fields[field.name]);
      }
    });
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function read() {
    try {
      return JSON.parse(window.localStorage.getItem(key));
    } catch (e) {
      return null;
    }
  }

  function start() {
    var original = values();
    var kept = read();
    if (kept && kept.fields && !same(kept.fields, original)) {
      offer(kept);
    }
    var last = JSON.stringify(original);
    var submitting = false;
    function keep() {
      var now = values();
      var text = JSON.stringify(now);
      if (!submitting && text !== last) {
        last = text;
        window.localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), fields: now }));
      }
    }
    window.setInterval(keep, INTERVAL);
    window.addEventListener('pagehide', keep);
    form.addEventListener('submit', function () {
      submitting = true;
      window.localStorage.removeItem(key);
    });
  }

  function offer(kept) {
    var notice = document.createElement('div');
    notice.className = 'flash warning';
    notice.id = 'autosave-notice';
    notice.setAttribute('role', 'status');
    var text = document.createElement('span');
    var when = new Date(kept.savedAt);
    text.textContent = (form.getAttribute('data-autosave-found') || '') + ' '
      + (isNaN(when) ? '' : when.toLocaleString('zh-CN', { hour12: false }));
    var restore = document.createElement('button');
    restore.type = 'button';
    restore.className = 'secondary';
    restore.id = 'autosave-restore';
    restore.textContent = form.getAttribute('data-autosave-restore') || 'OK';
    restore.addEventListener('click', function () {
      apply(kept.fields);
      notice.remove();
    });
    var discard = document.createElement('button');
    discard.type = 'button';
    discard.className = 'link';
    discard.textContent = form.getAttribute('data-autosave-discard') || 'X';
    discard.addEventListener('click', function () {
      window.localStorage.removeItem(key);
      notice.remove();
    });
    notice.append(text, ' ', restore, ' ', discard);
    form.parentNode.insertBefore(notice, form);
  }

  // after the editor has taken the body, so that both compare alike
  if (window.tinymce && document.querySelector('textarea.rich-text')) {
    var wait = window.setInterval(function () {
      if (editor() && editor().initialized) {
        window.clearInterval(wait);
        start();
      }
    }, 100);
  } else {
    start();
  }
}());
