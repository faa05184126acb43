// The interview's transcript, live: new lines come as server-sent events and are added as text
// (never as HTML). Without JavaScript the page shows the transcript as it was when loaded.
(function () {
  var list = document.getElementById('transcript');
  if (!list || !window.EventSource || !list.getAttribute('data-live')) { return; }
  var source = new EventSource(list.getAttribute('data-live') + '?after=' + list.getAttribute('data-last'));
  source.addEventListener('entry', function (event) {
    var entry = JSON.parse(event.data);
    if (document.getElementById('entry-' + entry.id)) { return; }
    var item = document.createElement('li');
    item.id = 'entry-' + entry.id;
    item.className = 'entry ' + String(entry.kind).toLowerCase();
    var who = document.createElement('strong');
    who.textContent = entry.speaker + '：';
    var text = document.createElement('span');
    text.className = 'text';
    text.textContent = entry.text;
    item.appendChild(who);
    item.appendChild(text);
    if (entry.pictureUrl) {
      var picture = document.createElement('img');
      picture.src = entry.pictureUrl;
      picture.alt = entry.speaker + ' 的图片';
      item.appendChild(picture);
    }
    list.appendChild(item);
    var empty = document.getElementById('transcript-empty');
    if (empty) { empty.remove(); }
  });
}());
