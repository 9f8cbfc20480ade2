// The search index is downloaded when the reader opens search, not with every page read:
// at 10,000 entries it weighs more than all the rest of a page. The theme (Material for
// MkDocs) requests it, an XMLHttpRequest for search/search_index.json, as soon as a page
// loads; this holds that one request back until the search box gets focus (a click on it,
// the header's search button on phones, or the keys that focus it), or until the address
// asks to highlight a search's words (?h=…: a page opened from a search result).
// Loaded before the theme's script (partials/javascripts/base.html).
(function () {
  "use strict";
  var INDEX = /\/search\/search_index\.json$/;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var waiting = [];
  var released = new URLSearchParams(window.location.search).has("h");

  function release() {
    if (released) { return; }
    released = true;
    waiting.splice(0).forEach(function (start) { start(); });
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    this.chronicleOnDemand = INDEX.test(new URL(String(url), window.location.href).pathname);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (!request.chronicleOnDemand || released) { return send.apply(request, args); }
    waiting.push(function () { send.apply(request, args); });
  };

  document.addEventListener("focusin", function (event) {
    if (event.target instanceof Element && event.target.matches(".md-search__input")) { release(); }
  });
  document.addEventListener("change", function (event) {
    if (event.target instanceof Element && event.target.id === "__search" && event.target.checked) {
      release();
    }
  });
})();
