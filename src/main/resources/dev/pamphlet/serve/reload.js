// Added by `pamphlet serve` to the pages it sends (never to built files): shows the page again when the site changes.
// A page with no scripts of its own is updated in place (its new text fetched and put in, its style sheets
// fetched again beside the old ones), which is quicker than reloading it and keeps the reader's scroll position;
// anything else, and any failure, reloads the page.
(function () {
  "use strict";
  var script = document.currentScript;
  var version = script ? new URL(script.src).searchParams.get("v") || "" : "";
  var events;
  var latest = 0;

  function listen() {
    events = new EventSource("/__pamphlet/events?v=" + encodeURIComponent(version));
    events.addEventListener("reload", function (event) {
      update(event.data || "");
    });
  }

  // Scripts other than this one and structured data would not run again after an update in place.
  function hasScripts(doc) {
    var scripts = doc.querySelectorAll("script");
    for (var i = 0; i < scripts.length; i++) {
      var s = scripts[i];
      var own = s.src && new URL(s.src, location.href).pathname.indexOf("/__pamphlet/") === 0;
      if (!own && s.type !== "application/ld+json") {
        return true;
      }
    }
    return false;
  }

  function sheets(doc) {
    return Array.prototype.slice.call(doc.querySelectorAll("link[rel~='stylesheet']"));
  }

  function sameSheets(doc) {
    var now = sheets(document).map(function (l) { return l.getAttribute("data-pamphlet-href") || l.getAttribute("href"); });
    var next = sheets(doc).map(function (l) { return l.getAttribute("href"); });
    return now.join("\n") === next.join("\n");
  }

  // Each style sheet fetched again beside the old one, which goes once the new one applies: no unstyled moment.
  function refreshSheets(newVersion) {
    sheets(document).forEach(function (old) {
      var fresh = old.cloneNode();
      var href = old.getAttribute("data-pamphlet-href") || old.getAttribute("href");
      var url = new URL(href, location.href);
      url.searchParams.set("pamphlet-version", newVersion);
      fresh.href = url.href;
      fresh.setAttribute("data-pamphlet-href", href);
      fresh.addEventListener("load", function () { old.remove(); });
      fresh.addEventListener("error", function () { fresh.remove(); });
      old.after(fresh);
    });
  }

  function replaceHead(doc) {
    var keep = sheets(document);
    Array.prototype.slice.call(document.head.children).forEach(function (el) {
      if (keep.indexOf(el) < 0) {
        el.remove();
      }
    });
    var first = document.head.firstChild;
    Array.prototype.slice.call(doc.head.children).forEach(function (el) {
      if (!el.matches("link[rel~='stylesheet']")) {
        document.head.insertBefore(document.adoptNode(el), first);
      }
    });
  }

  function update(newVersion) {
    var ticket = ++latest;
    fetch(location.href, { cache: "no-store", credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok || (response.headers.get("Content-Type") || "").indexOf("text/html") < 0) {
          throw new Error("not a page");
        }
        return response.text();
      })
      .then(function (html) {
        if (ticket !== latest) {
          return; // a newer change is on its way
        }
        var doc = new DOMParser().parseFromString(html, "text/html");
        if (hasScripts(doc) || hasScripts(document) || !sameSheets(doc)) {
          throw new Error("needs a reload");
        }
        ["lang", "dir", "class"].forEach(function (name) {
          var value = doc.documentElement.getAttribute(name);
          if (value === null) {
            document.documentElement.removeAttribute(name);
          } else {
            document.documentElement.setAttribute(name, value);
          }
        });
        replaceHead(doc);
        document.body.replaceWith(document.adoptNode(doc.body));
        version = newVersion;
        events.close();
        listen(); // named by the new version, so a reconnection is not taken for a missed change
        refreshSheets(newVersion);
        document.dispatchEvent(new CustomEvent("pamphlet:updated", { detail: { version: newVersion } }));
      })
      .catch(function () {
        events.close();
        window.location.reload();
      });
  }

  listen();
})();
