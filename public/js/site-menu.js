// The header menu on phones: one "Menu" button instead of rows of links. Without scripts the whole
// menu shows as before; with them, a narrow screen gets the button (aria-expanded) and the list folds.
(function () {
  'use strict';
  // Staff menu groups (details elements): one open at a time, closed by Escape or a click elsewhere.
  var groups = Array.prototype.slice.call(document.querySelectorAll('.site-nav__menu'));
  groups.forEach(function (group) {
    group.addEventListener('toggle', function () {
      if (!group.open) return;
      groups.forEach(function (other) {
        if (other !== group) other.open = false;
      });
    });
  });
  document.addEventListener('click', function (event) {
    groups.forEach(function (group) {
      if (group.open && !group.contains(event.target)) group.open = false;
    });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    groups.forEach(function (group) {
      if (!group.open) return;
      group.open = false;
      group.querySelector('summary').focus();
    });
  });
})();

(function () {
  'use strict';
  var nav = document.querySelector('.site-nav');
  var toggle = nav && nav.querySelector('.site-nav__toggle');
  if (!toggle) return;
  nav.classList.add('site-nav--collapsible');
  toggle.hidden = false;
  toggle.addEventListener('click', function () {
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('site-nav--open', open);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true') return;
    toggle.setAttribute('aria-expanded', 'false');
    nav.classList.remove('site-nav--open');
    toggle.focus();
  });
})();
