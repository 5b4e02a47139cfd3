// Added by `pamphlet serve` to the pages it sends (never to built files): reloads the page when the site changes.
(function () {
  "use strict";
  var script = document.currentScript;
  var version = script ? new URL(script.src).searchParams.get("v") || "" : "";
  var events = new EventSource("/__pamphlet/events?v=" + encodeURIComponent(version));
  events.addEventListener("reload", function () {
    events.close();
    window.location.reload();
  });
})();
