// Narrow a long page of entries by actor and by type, without leaving it.
// The page reads fully without this script: the form stays hidden and every entry shows.
// The choice is kept in the address (?actor=…&type=…) so a narrowed page can be shared.
(function () {
  "use strict";

  function setUp(form) {
    var events = Array.prototype.slice.call(document.querySelectorAll("section.chronicle-event"));
    var groups = Array.prototype.slice.call(document.querySelectorAll("section.chronicle-day"));
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
        group.hidden = !group.querySelector("section.chronicle-event:not([hidden])");
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
  }

  function start() {
    var form = document.querySelector("form.chronicle-filter");
    if (form) { setUp(form); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
