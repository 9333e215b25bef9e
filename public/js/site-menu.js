// The header menu on phones: one "Menu" button instead of rows of links. Without scripts the whole
// menu shows as before; with them, a narrow screen gets the button (aria-expanded) and the list folds.
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
