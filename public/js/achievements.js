// Achievements pages: the Print button of the document card (shown only when scripts run), and one
// open actions menu at a time, closed by Escape or a click elsewhere. Everything works without it.
(function () {
  'use strict';
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });

  var menus = Array.prototype.slice.call(document.querySelectorAll('details.actions-menu'));
  menus.forEach(function (menu) {
    menu.addEventListener('toggle', function () {
      if (!menu.open) return;
      menus.forEach(function (other) {
        if (other !== menu) other.open = false;
      });
    });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    menus.forEach(function (menu) {
      if (menu.open) {
        menu.open = false;
        menu.querySelector('summary').focus();
      }
    });
  });
  document.addEventListener('click', function (event) {
    menus.forEach(function (menu) {
      if (menu.open && !menu.contains(event.target)) menu.open = false;
    });
  });
  // The sheet's Close button (on phones the sheet can cover the Actions button); hidden without scripts.
  document.querySelectorAll('[data-menu-close]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var menu = button.closest('details.actions-menu');
      menu.open = false;
      menu.querySelector('summary').focus();
    });
  });
})();
