/* GovSite default theme: the elderly-friendly mode, the font-size switch, print and the phone menu. Loaded in
   <head> so a remembered mode applies before the page is drawn. The page reads fine without it. */
(function () {
  'use strict';
  var root = document.documentElement;
  var MODE = 'gs-elderly';
  var SIZE = 'gs-size';
  function stored(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function store(key, value) {
    try { if (value) { window.localStorage.setItem(key, value); } else { window.localStorage.removeItem(key); } } catch (e) { /* private mode */ }
  }
  if (stored(MODE) === 'on') { root.classList.add(MODE); }
  var size = stored(SIZE);
  if (size) { root.classList.add('gs-size-' + size); }

  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.querySelector('.gs-elderly-toggle');
    if (toggle) {
      toggle.hidden = false;
      toggle.setAttribute('aria-pressed', String(root.classList.contains(MODE)));
      toggle.addEventListener('click', function () {
        var on = root.classList.toggle(MODE);
        toggle.setAttribute('aria-pressed', String(on));
        store(MODE, on ? 'on' : null);
      });
    }
    var sizes = document.querySelector('.gs-size-switch');
    if (sizes) {
      sizes.hidden = false;
      sizes.addEventListener('click', function (event) {
        var chosen = event.target.closest('button[data-size]');
        if (!chosen) { return; }
        ['small', 'medium', 'large'].forEach(function (s) { root.classList.remove('gs-size-' + s); });
        var value = chosen.getAttribute('data-size');
        if (value !== 'medium') { root.classList.add('gs-size-' + value); }
        store(SIZE, value === 'medium' ? null : value);
        pressed(value);
      });
      // the switch shows which size is on
      var pressed = function (value) {
        sizes.querySelectorAll('button[data-size]').forEach(function (button) {
          button.setAttribute('aria-pressed', String(button.getAttribute('data-size') === value));
        });
      };
      pressed(stored(SIZE) || 'medium');
    }
    readAloud(document.querySelector('.gs-read'), document.querySelector('.gs-read-stop'));
    // phones: the navigation folds behind its button, open on the desktop
    var menu = document.querySelector('.gs-menu-toggle');
    if (menu && window.matchMedia) {
      var phone = window.matchMedia('(max-width: 767px)');
      var fold = function () { menu.setAttribute('aria-expanded', String(!phone.matches)); };
      menu.hidden = false;
      fold();
      if (phone.addEventListener) { phone.addEventListener('change', fold); }
      menu.addEventListener('click', function () {
        menu.setAttribute('aria-expanded', String(menu.getAttribute('aria-expanded') !== 'true'));
      });
    }
    document.querySelectorAll('.gs-carousel').forEach(carousel);
    document.querySelectorAll('.gs-tabs').forEach(tabs);
    var print = document.querySelector('.gs-print');
    if (print) {
      print.hidden = false;
      print.addEventListener('click', function () { window.print(); });
    }
  });

  /* 朗读: the page's title and text through the browser's own speech synthesis, with pause and stop.
     Without it (or without script) the buttons stay hidden. */
  function readAloud(read, stop) {
    var speech = window.speechSynthesis;
    var article = document.querySelector('.gs-article');
    if (!read || !stop || !speech || !window.SpeechSynthesisUtterance || !article) { return; }
    var state = 'idle';
    function set(next) {
      state = next;
      read.textContent = state === 'speaking' ? '暂停朗读' : state === 'paused' ? '继续朗读' : '朗读';
      stop.hidden = state === 'idle';
    }
    read.hidden = false;
    set('idle');
    read.addEventListener('click', function () {
      if (state === 'speaking') { speech.pause(); set('paused'); return; }
      if (state === 'paused') { speech.resume(); set('speaking'); return; }
      var title = document.querySelector('main h1');
      var words = new window.SpeechSynthesisUtterance((title ? title.textContent + '。' : '') + article.textContent);
      words.lang = 'zh-CN';
      words.onend = function () { set('idle'); };
      speech.cancel();
      speech.speak(words);
      set('speaking');
    });
    stop.addEventListener('click', function () { speech.cancel(); set('idle'); read.focus(); });
  }

  /* 图片新闻: one picture at a time, with previous, next and pause. It turns by itself only for a
     reader who has not asked for less motion, and stops while the pointer or the focus is on it. */
  function carousel(box) {
    var slides = box.querySelectorAll('.gs-slide');
    var controls = box.querySelector('.gs-carousel-controls');
    if (slides.length < 2 || !controls) { return; }
    var live = box.querySelector('.gs-slides');
    var pause = box.querySelector('.gs-carousel-pause');
    var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    var current = 0;
    var timer = null;
    var paused = still;
    var hovered = false;
    box.classList.add('gs-carousel-on');
    controls.hidden = false;
    function show(index) {
      slides[current].classList.remove('gs-current');
      current = (index + slides.length) % slides.length;
      slides[current].classList.add('gs-current');
    }
    function run() {
      window.clearInterval(timer);
      timer = null;
      var turning = !paused && !hovered && !box.contains(document.activeElement);
      live.setAttribute('aria-live', turning ? 'off' : 'polite');
      if (turning) { timer = window.setInterval(function () { show(current + 1); }, 6000); }
    }
    function setPaused(value) {
      paused = value;
      // the button says what it will do (WAI carousel pattern), rather than being a pressed toggle too
      pause.textContent = paused ? '播放' : '暂停';
      run();
    }
    show(0);
    setPaused(still);
    box.querySelector('.gs-carousel-prev').addEventListener('click', function () { show(current - 1); });
    box.querySelector('.gs-carousel-next').addEventListener('click', function () { show(current + 1); });
    pause.addEventListener('click', function () { setPaused(!paused); });
    box.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowLeft') { show(current - 1); } else if (event.key === 'ArrowRight') { show(current + 1); }
    });
    box.addEventListener('mouseenter', function () { hovered = true; run(); });
    box.addEventListener('mouseleave', function () { hovered = false; run(); });
    box.addEventListener('focusin', run);
    box.addEventListener('focusout', function () { window.setTimeout(run, 0); });
  }

  /* Tabbed lists: the panels' headings become tabs (arrow keys move between them); without
     script every panel shows with its heading. */
  function tabs(container) {
    var panels = container.querySelectorAll('.gs-tab-panel');
    if (panels.length < 2) { return; }
    var list = document.createElement('div');
    list.className = 'gs-tablist';
    list.setAttribute('role', 'tablist');
    var buttons = [];
    panels.forEach(function (panel, index) {
      var heading = panel.querySelector('h2, h3');
      var tab = document.createElement('button');
      tab.type = 'button';
      tab.id = panel.id + '-tab';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      tab.textContent = heading ? heading.textContent : String(index + 1);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      tab.addEventListener('click', function () { select(index, false); });
      tab.addEventListener('keydown', function (event) {
        var next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1
          : event.key === 'Home' ? 0 : event.key === 'End' ? panels.length - 1 : null;
        if (next !== null) { event.preventDefault(); select((next + panels.length) % panels.length, true); }
      });
      buttons.push(tab);
      list.appendChild(tab);
    });
    function select(chosen, focus) {
      buttons.forEach(function (tab, index) {
        var on = index === chosen;
        tab.setAttribute('aria-selected', String(on));
        tab.tabIndex = on ? 0 : -1;
        panels[index].hidden = !on;
      });
      if (focus) { buttons[chosen].focus(); }
    }
    container.insertBefore(list, panels[0]);
    container.classList.add('gs-tabs-on');
    select(0, false);
  }
  // 访问统计: one first-party beacon per page view (report module), without any cookie or anything
  // kept in the browser, sent once the page's meta tags are read. Pages served under
  // /sites/<标识码>/ (role all) report their path on the site.
  document.addEventListener('DOMContentLoaded', function () {
    var code = document.querySelector('meta[name="SiteIDCode"]');
    if (!code || !code.content || !navigator.sendBeacon || !window.URLSearchParams) { return; }
    var path = location.pathname;
    var prefix = '/sites/' + code.content + '/';
    if (path.indexOf(prefix) === 0) { path = '/' + path.substring(prefix.length); }
    var data = new URLSearchParams();
    data.set('site', code.content);
    data.set('path', path.substring(0, 500));
    var column = document.querySelector('meta[name="ColumnName"]');
    if (column && column.content) { data.set('channel', column.content.substring(0, 100)); }
    if (document.referrer) { data.set('ref', document.referrer); }
    navigator.sendBeacon('/api/public/beacon', data);
  });
}());
