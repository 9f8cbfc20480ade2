// Restores the colour scheme a reader chose with the theme's palette toggle, before the
// page is painted; a file of the site instead of the theme's inline script (see
// theme-scope.js). Runs right after the toggle's inputs in the header.
(function () {
  "use strict";
  var palette = window.__md_get ? window.__md_get("__palette") : null;
  if (!palette || !palette.color) {
    return;
  }
  if (palette.color.media === "(prefers-color-scheme)") {
    var light = window.matchMedia("(prefers-color-scheme: light)").matches;
    var media = light ? "(prefers-color-scheme: light)" : "(prefers-color-scheme: dark)";
    var input = document.querySelector("[data-md-color-media='" + media + "']");
    if (input) {
      ["media", "scheme", "primary", "accent"].forEach(function (key) {
        palette.color[key] = input.getAttribute("data-md-color-" + key);
      });
    }
  }
  Object.keys(palette.color).forEach(function (key) {
    document.body.setAttribute("data-md-color-" + key, palette.color[key]);
  });
})();
