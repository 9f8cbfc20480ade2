// Narrow a long page of entries by actor and by type, without leaving it.
// The page reads fully without this script: the form stays hidden and every entry shows.
// The choice is kept in the address (?actor=…&type=…) so a narrowed page can be shared.
// It also mends two things of the theme for keyboards and screen readers (nameSearch,
// openDrawerOnFocus).
(function () {
  "use strict";

  function setUp(form) {
    // Entries in full (timeline) or as one-line links (actor, type, place and tag pages).
    var events = Array.prototype.slice.call(document.querySelectorAll(".chronicle-event"));
    // Days (months on actor, type, place and tag pages): a heading, then its entries up to
    // the next heading.
    var groups = Array.prototype.slice.call(document.querySelectorAll(".chronicle-day")).map(function (heading) {
      var entries = [];
      for (var next = heading.nextElementSibling; next && !next.classList.contains("chronicle-day");
           next = next.nextElementSibling) {
        if (next.classList.contains("chronicle-event")) { entries.push(next); }
        entries = entries.concat(Array.prototype.slice.call(next.querySelectorAll(".chronicle-event")));
      }
      return { heading: heading, entries: entries };
    });
    var count = form.querySelector(".chronicle-filter-count");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var params = new URLSearchParams(window.location.search);

    selects.forEach(function (select) {
      var wanted = params.get(select.name);
      if (wanted && select.querySelector('option[value="' + CSS.escape(wanted) + '"]')) {
        select.value = wanted;
      }
    });

    function apply() {
      var actor = form.elements.actor ? form.elements.actor.value : "";
      var type = form.elements.type ? form.elements.type.value : "";
      var shown = 0;
      events.forEach(function (event) {
        var actors = (event.getAttribute("data-actors") || "").split(" ");
        var match = (!actor || actors.indexOf(actor) !== -1) &&
                    (!type || event.getAttribute("data-type") === type);
        event.hidden = !match;
        if (match) { shown += 1; }
      });
      groups.forEach(function (group) {
        group.heading.hidden = !group.entries.some(function (entry) { return !entry.hidden; });
      });
      if (count) {
        count.textContent = (actor || type)
          ? shown + " of " + events.length + " entries shown"
          : "";
      }
      var query = new URLSearchParams(window.location.search);
      ["actor", "type"].forEach(function (name) {
        var value = name === "actor" ? actor : type;
        if (value) { query.set(name, value); } else { query.delete(name); }
      });
      var search = query.toString();
      window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") +
                                  window.location.hash);
    }

    selects.forEach(function (select) { select.addEventListener("change", apply); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
    keepFocusInSight(form);
  }

  // The filter bar is sticky: tell the page where it ends, so that focus and anchor jumps
  // scroll things below it rather than behind it (chronicle.css reads --chronicle-sticky).
  function keepFocusInSight(form) {
    var root = document.documentElement;
    function measure() {
      var style = window.getComputedStyle(form);
      if (style.position === "sticky") {
        var end = parseFloat(style.top) + form.getBoundingClientRect().height;
        root.style.setProperty("--chronicle-sticky", Math.ceil(end + 8) + "px");
      } else {
        root.style.removeProperty("--chronicle-sticky");
      }
    }
    measure();
    window.addEventListener("resize", measure);
    if (window.ResizeObserver) { new ResizeObserver(measure).observe(form); }
  }

  // The theme's search dialog has no accessible name: give it one.
  function nameSearch() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) { dialog.setAttribute("aria-label", "Search"); }
  }

  // Below desktop width the theme's navigation is a drawer off the left edge of the screen,
  // with each section a panel that slides in over it; their links can still be tabbed to
  // while drawer or panel is closed, and focus would go where nobody sees it. So the drawer
  // is open while focus is inside it, and so is each panel holding the focused link.
  function openDrawerOnFocus() {
    var toggle = document.getElementById("__drawer");
    var drawer = document.querySelector(".md-sidebar--primary");
    if (!toggle || !drawer) { return; }
    var panels = Array.prototype.slice.call(drawer.querySelectorAll("input.md-nav__toggle"));
    function set(input, open) {
      if (input.checked !== open) {
        input.checked = open;
        input.dispatchEvent(new Event("change"));
      }
    }
    drawer.addEventListener("focusin", function (event) {
      if (window.getComputedStyle(drawer).position !== "fixed") { return; }
      set(toggle, true);
      panels.forEach(function (input) {
        var panel = input.parentNode.querySelector(":scope > nav.md-nav");
        set(input, Boolean(panel && panel.contains(event.target)));
      });
    });
    drawer.addEventListener("focusout", function (event) {
      if (window.getComputedStyle(drawer).position === "fixed" && !drawer.contains(event.relatedTarget)) {
        set(toggle, false);
      }
    });
  }

  function start() {
    nameSearch();
    openDrawerOnFocus();
    var form = document.querySelector("form.chronicle-filter");
    if (form) { setUp(form); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
