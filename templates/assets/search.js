/*
 * Searches the site in the browser. The build writes search-index.js, which sets window.PAMPHLET_SEARCH_INDEX
 * to a list of {title, summary, href, words}. A script file rather than JSON so it loads when the site is
 * opened from disk, where browsers block fetch().
 *
 * Every word typed must match the start of a word in the page's title, summary or text. Results show the title
 * and summary with the matched words in <mark>, best first (title matches, then summary, then text).
 */
(function () {
  "use strict";

  var pages = window.PAMPHLET_SEARCH_INDEX;
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  if (!form || !input || !status || !results) {
    return;
  }
  if (!Array.isArray(pages)) {
    status.textContent = "The search index could not be loaded. You can still find every page in the list of pages.";
    return;
  }

  var WORD = /[\p{L}\p{N}'\u2019]+/gu;

  function queryWords(query) {
    var found = query.toLowerCase().match(WORD) || [];
    var unique = [];
    found.forEach(function (w) {
      if (unique.indexOf(w) < 0) {
        unique.push(w);
      }
    });
    return unique;
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  /* Matches any of the words at the start of a word. */
  function wordStarts(words) {
    return new RegExp("(^|[^\\p{L}\\p{N}])(" + words.map(escapeRegExp).join("|") + ")", "giu");
  }

  function startsAWord(text, word) {
    return wordStarts([word]).test(text);
  }

  function score(page, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      if (startsAWord(page.title, w)) {
        total += 10;
      } else if (startsAWord(page.summary, w)) {
        total += 4;
      } else if ((" " + page.words).indexOf(" " + w) >= 0) {
        total += 1;
      } else {
        return 0;
      }
    }
    return total;
  }

  /* Writes text into element, wrapping the matched words in <mark>, without ever parsing text as HTML. */
  function highlight(element, text, words) {
    var pattern = wordStarts(words);
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      var start = match.index + match[1].length;
      if (start > last) {
        element.appendChild(document.createTextNode(text.slice(last, start)));
      }
      var mark = document.createElement("mark");
      mark.textContent = match[2];
      element.appendChild(mark);
      last = start + match[2].length;
      if (match[0].length === 0) {
        pattern.lastIndex++;
      }
    }
    if (last < text.length) {
      element.appendChild(document.createTextNode(text.slice(last)));
    }
  }

  function show(query) {
    var words = queryWords(query);
    while (results.firstChild) {
      results.removeChild(results.firstChild);
    }
    if (words.length === 0) {
      status.textContent = "Type a word to search " + pages.length + " pages.";
      return;
    }
    var found = [];
    pages.forEach(function (page, index) {
      var s = score(page, words);
      if (s > 0) {
        found.push({ page: page, score: s, index: index });
      }
    });
    found.sort(function (a, b) {
      return b.score - a.score || a.index - b.index;
    });
    var shown = query.trim();
    if (found.length === 0) {
      status.textContent = "No pages found for \u201c" + shown + "\u201d. Check the spelling or try another word.";
      return;
    }
    status.textContent = (found.length === 1 ? "1 page" : found.length + " pages") + " found for \u201c" + shown + "\u201d";
    found.forEach(function (item) {
      var li = document.createElement("li");
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = item.page.href;
      highlight(link, item.page.title, words);
      heading.appendChild(link);
      var summary = document.createElement("p");
      highlight(summary, item.page.summary, words);
      li.appendChild(heading);
      li.appendChild(summary);
      results.appendChild(li);
    });
  }

  function remember(query) {
    try {
      var url = new URL(window.location.href);
      url.searchParams.set("q", query);
      window.history.replaceState(null, "", url.href);
    } catch (e) {
      /* Some browsers refuse to change the address of a page opened from disk; the results still show. */
    }
  }

  var timer = null;
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      show(input.value);
      remember(input.value);
    }, 200);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    show(input.value);
    remember(input.value);
  });

  var initial = new URLSearchParams(window.location.search).get("q") || "";
  input.value = initial;
  show(initial);
})();
