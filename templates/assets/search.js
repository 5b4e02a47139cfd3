/*
 * Searches the site in the browser. The build writes search-index.js, which sets window.PAMPHLET_SEARCH_INDEX
 * to a list of {title, summary, href, words}. A script file rather than JSON so it loads when the site is
 * opened from disk, where browsers block fetch().
 *
 * Every word typed must match the start of a word in the page's title, summary or text, ignoring case and
 * accents in every language (meniere finds Ménière, zolc finds żółć): both sides are folded the way the build
 * folds the index (SearchFolding.java). Results show the title and summary with the matched words in <mark>,
 * best first (title matches, then summary, then text). The messages are the page's language's, from data-
 * attributes of the results list.
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
  var messages = results.dataset;
  if (!Array.isArray(pages)) {
    status.textContent = messages.noIndex;
    return;
  }

  var WORD = /[\p{L}\p{M}\p{N}'\u2019]+/gu;
  var MARK = /\p{M}/gu;
  /* Letters no decomposition takes apart; Arabic tatweel goes, and Arabic letter variants take one form. */
  var PLAIN = {
    "\u0142": "l", "\u0111": "d", "\u00f0": "d", "\u00f8": "o", "\u00df": "ss", "\u00e6": "ae",
    "\u0153": "oe", "\u0131": "i", "\u00fe": "th", "\u0127": "h", "\u0140": "l", "\u03c2": "\u03c3",
    "\u2019": "'", "\u0640": "", "\u0671": "\u0627", "\u0649": "\u064a", "\u0629": "\u0647"
  };

  function foldChar(c) {
    var decomposed = c.toLowerCase().normalize("NFD").replace(MARK, "");
    var out = "";
    for (var i = 0; i < decomposed.length; i++) {
      var d = decomposed.charAt(i);
      out += Object.prototype.hasOwnProperty.call(PLAIN, d) ? PLAIN[d] : d;
    }
    return out;
  }

  /* The folded text, and for each of its characters where it came from in the original. */
  function fold(text) {
    var folded = "";
    var from = [];
    var to = [];
    var chars = Array.from(text);
    var at = 0;
    for (var i = 0; i < chars.length; i++) {
      var f = foldChar(chars[i]);
      for (var j = 0; j < f.length; j++) {
        from.push(at);
        to.push(at + chars[i].length);
      }
      folded += f;
      at += chars[i].length;
    }
    return { text: folded, from: from, to: to };
  }

  function folded(page, field) {
    var key = "folded_" + field;
    if (!page[key]) {
      page[key] = fold(page[field]);
    }
    return page[key];
  }

  function format(template, values) {
    return template.replace(/\{(\d)\}/g, function (all, n) {
      return values[Number(n)];
    });
  }

  function foundMessage(count, query) {
    var forms = JSON.parse(messages.found);
    var form = "other";
    try {
      form = new Intl.PluralRules(messages.lang).select(count);
    } catch (e) {
      /* No plural rules for the language: "other". */
    }
    return format(forms[form] || forms.other, [String(count), query]);
  }

  function queryWords(query) {
    var found = fold(query).text.match(WORD) || [];
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
      if (startsAWord(folded(page, "title").text, w)) {
        total += 10;
      } else if (startsAWord(folded(page, "summary").text, w)) {
        total += 4;
      } else if ((" " + page.words).indexOf(" " + w) >= 0) {
        total += 1;
      } else {
        return 0;
      }
    }
    return total;
  }

  /*
   * Writes text into element, wrapping the matched words in <mark>, without ever parsing text as HTML. Matches
   * are found in the folded text and marked in the original, accents and all.
   */
  function highlight(element, text, words, foldedText) {
    var pattern = wordStarts(words);
    var last = 0;
    var match;
    while ((match = pattern.exec(foldedText.text)) !== null) {
      if (match[2].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      var at = match.index + match[1].length;
      var start = foldedText.from[at];
      var end = foldedText.to[at + match[2].length - 1];
      if (start > last) {
        element.appendChild(document.createTextNode(text.slice(last, start)));
      }
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, end);
      element.appendChild(mark);
      last = end;
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
      status.textContent = format(messages.prompt, [String(pages.length)]);
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
      status.textContent = format(messages.none, [shown]);
      return;
    }
    status.textContent = foundMessage(found.length, shown);
    found.forEach(function (item) {
      var li = document.createElement("li");
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = item.page.href;
      highlight(link, item.page.title, words, folded(item.page, "title"));
      heading.appendChild(link);
      var summary = document.createElement("p");
      highlight(summary, item.page.summary, words, folded(item.page, "summary"));
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
