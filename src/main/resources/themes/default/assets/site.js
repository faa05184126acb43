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
      });
    }
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
    var print = document.querySelector('.gs-print');
    if (print) {
      print.hidden = false;
      print.addEventListener('click', function () { window.print(); });
    }
  });
}());
