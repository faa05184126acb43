// The 检查 button of the document form: the title and the body as the editor holds them now are
// checked by the guard (POST /admin/guard/check/editor), each finding is marked in the editor's
// text and listed below it with its kind and the right form. Marks are TinyMCE-bogus elements, so
// they are never saved with the body. When the page opens on a draft whose check found something
// (a refused submission), the check runs by itself.
(function () {
  var panel = document.getElementById('guard-editor');
  if (!panel || !window.tinymce) {
    return;
  }
  var button = document.getElementById('guard-check');
  var status = document.getElementById('guard-editor-status');
  var list = document.getElementById('guard-editor-findings');
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');

  function editor() {
    return window.tinymce.get('body');
  }

  function unmark(ed) {
    ed.dom.select('mark.gs-guard').forEach(function (mark) {
      ed.dom.remove(mark, true);
    });
    ed.getBody().normalize();
  }

  // the occurrence-th time the text occurs inside one text node of the body; null if the text
  // runs across nodes (it is still listed, only not marked)
  function mark(ed, finding) {
    var walker = ed.getDoc().createTreeWalker(ed.getBody(), NodeFilter.SHOW_TEXT);
    var seen = 0;
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var at = node.data.indexOf(finding.found);
      while (at >= 0) {
        if (seen === finding.occurrence) {
          var hit = node.splitText(at);
          hit.splitText(finding.found.length);
          var wrap = ed.dom.create('mark', {
            'class': 'gs-guard' + (finding.blocking ? ' gs-guard-block' : ''),
            'data-mce-bogus': '1',
            title: finding.category + '：' + finding.message
          });
          hit.parentNode.replaceChild(wrap, hit);
          wrap.appendChild(hit);
          return wrap;
        }
        seen++;
        at = node.data.indexOf(finding.found, at + 1);
      }
    }
    return null;
  }

  function show(result) {
    var ed = editor();
    list.textContent = '';
    if (ed) {
      unmark(ed);
    }
    if (result.findings.length === 0) {
      status.textContent = panel.getAttribute('data-clean');
      return;
    }
    status.textContent = panel.getAttribute('data-found').replace('{0}', result.findings.length);
    result.findings.forEach(function (finding) {
      var marked = ed && finding.field === 'body' ? mark(ed, finding) : null;
      var item = document.createElement('li');
      item.className = 'guard-finding' + (finding.blocking ? ' blocking' : '');
      var badge = document.createElement('span');
      badge.className = 'badge ' + (finding.blocking ? 'danger' : 'warning');
      badge.textContent = finding.level;
      var kind = document.createElement('strong');
      kind.textContent = ' ' + finding.category + (finding.field === 'title' ? panel.getAttribute('data-in-title') : '') + '：';
      var message = document.createElement('span');
      message.textContent = finding.message;
      item.append(badge, kind, message);
      if (finding.suggestion) {
        var suggestion = document.createElement('span');
        suggestion.className = 'guard-suggestion';
        suggestion.textContent = ' ' + panel.getAttribute('data-suggestion') + finding.suggestion;
        item.append(suggestion);
      }
      if (marked) {
        item.tabIndex = 0;
        item.addEventListener('click', function () {
          // its text selected, so that typing the right form replaces it
          ed.focus();
          ed.selection.select(marked, true);
          marked.scrollIntoView({ block: 'center' });
        });
      }
      list.append(item);
    });
  }

  function check() {
    var ed = editor();
    var title = document.getElementById('title');
    var data = new URLSearchParams();
    data.append('title', title ? title.value : '');
    data.append('body', ed ? ed.getContent() : '');
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', Accept: 'application/json' };
    if (token && header) {
      headers[header.content] = token.content;
    }
    button.disabled = true;
    fetch(panel.getAttribute('data-check-url'), { method: 'POST', body: data, headers: headers, credentials: 'same-origin' })
      .then(function (response) {
        return response.ok ? response.json() : Promise.reject(response.status);
      })
      .then(show, function () {
        status.textContent = panel.getAttribute('data-failed');
      })
      .finally(function () {
        button.disabled = false;
      });
  }

  button.addEventListener('click', check);
  if (panel.getAttribute('data-auto') === 'true') {
    var ed = editor();
    if (ed && ed.initialized) {
      check();
    }
    else {
      window.tinymce.on('AddEditor', function (event) {
        event.editor.on('init', check);
      });
      if (ed) {
        ed.on('init', check);
      }
    }
  }
}());
