// While the subject of a letter is typed, the site's answered questions alike (知识库), from
// /api/public/mailboxes/{id}/alike: shown as links under the subject, before the letter is sent.
(function () {
  var box = document.querySelector('[data-alike]');
  var subject = document.getElementById('subject');
  if (!box || !subject || !window.fetch) { return; }
  var list = box.querySelector('ul');
  var timer = null;
  var asked = '';

  function show(entries) {
    list.textContent = '';
    entries.forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = entry.url;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = entry.question + '（' + entry.category + '）';
      item.appendChild(link);
      list.appendChild(item);
    });
    box.hidden = entries.length === 0;
  }

  function ask() {
    var text = subject.value.trim();
    if (text.length < 2 || text === asked) { return; }
    asked = text;
    fetch(box.getAttribute('data-alike') + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
      .then(function (answer) { return answer.ok ? answer.json() : []; })
      .then(show)
      .catch(function () { show([]); });
  }

  subject.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 400);
  });
  ask();
})();
