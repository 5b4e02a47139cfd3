/*
 * Searches the site in the browser. The build writes search-index.js, which sets window.PAMPHLET_SEARCH_INDEX:
 * how many pages there are, and how the site's words are cut into chunks (SearchChunks.java). For each word
 * typed this script loads one chunk of words, and for the results it shows, the chunks of results that hold
 * them: a search loads much the same whatever the size of the site. Chunks are scripts, added to the page as
 * <script src> elements, rather than JSON, so they load when the site is opened from disk, where browsers block
 * fetch(). A small site has everything in search-index.js itself.
 *
 * Every word typed must match the start of a word in the page's title, summary or text, ignoring case and
 * accents in every language (meniere finds Ménière, zolc finds żółć): the query is folded the way the build
 * folds the index (SearchFolding.java). Results show the title and summary with the matched words in <mark>,
 * best first (title matches, then summary, then text), ten at a time. The messages are the page's language's,
 * from data- attributes of the results list.
 */
(function () {
  "use strict";

  var index = window.PAMPHLET_SEARCH_INDEX;
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  if (!form || !input || !status || !results) {
    return;
  }
  var messages = results.dataset;
  if (!index || typeof index !== "object" || !index.nodes) {
    status.textContent = messages.noIndex;
    return;
  }

  /* A search page of a site's own made before the button had its text shows every result at once. */
  var SHOWN_AT_A_TIME = messages.more ? 10 : Infinity;
  /* What a match is worth in a page's text, summary and title (the places of SearchPostings.java). */
  var POINTS = [0, 1, 4, 10];
  var WORD = /[\p{L}\p{M}\p{N}'\u2019]+/gu;
  var MARK = /\p{M}/gu;
  /* Letters no decomposition takes apart; Arabic tatweel goes, and Arabic letter variants take one form. */
  var PLAIN = {
    "\u0142": "l", "\u0111": "d", "\u00f0": "d", "\u00f8": "o", "\u00df": "ss", "\u00e6": "ae",
    "\u0153": "oe", "\u0131": "i", "\u00fe": "th", "\u0127": "h", "\u0140": "l", "\u03c2": "\u03c3",
    "\u2019": "'", "\u0640": "", "\u0671": "\u0627", "\u0649": "\u064a", "\u0629": "\u0647"
  };
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var DIGIT = {};
  for (var d = 0; d < DIGITS.length; d++) {
    DIGIT[DIGITS.charAt(d)] = d;
  }

  var SERVED = /^https?:$/.test(window.location.protocol);
  /* Chunks by name: those search-index.js holds, then each one loaded. */
  var chunks = index.chunks || {};
  var waiting = {};

  window.PAMPHLET_SEARCH_CHUNK = function (name, data) {
    chunks[name] = data;
  };

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  /* Loads the chunk, if it is not here already, then calls done(true), or done(false) if it cannot be had. */
  function load(name, done) {
    if (has(chunks, name)) {
      done(true);
      return;
    }
    if (has(waiting, name)) {
      waiting[name].push(done);
      return;
    }
    waiting[name] = [done];
    var script = document.createElement("script");
    var finished = function () {
      var callbacks = waiting[name];
      delete waiting[name];
      if (!has(chunks, name)) {
        script.remove(); /* so that a later search tries again */
      }
      callbacks.forEach(function (callback) {
        callback(has(chunks, name));
      });
    };
    script.onload = finished;
    script.onerror = finished;
    /* Served, a chunk's address carries its version, so that no cached chunk of an earlier build is used. */
    var version = SERVED && index.versions && has(index.versions, name) ? "?v=" + index.versions[name] : "";
    script.src = new URL(index.folder + name + ".js" + version, index.from || window.location.href).href;
    document.head.appendChild(script);
  }

  function loadAll(names, done) {
    var left = names.length;
    var ok = true;
    if (left === 0) {
      done(true);
      return;
    }
    names.forEach(function (name) {
      load(name, function (loaded) {
        ok = ok && loaded;
        if (--left === 0) {
          done(ok);
        }
      });
    });
  }

  /* A chunk's letters as its file name, as SearchChunks.fileName writes them. */
  function fileName(key) {
    return Array.from(key).map(function (c) {
      return /^[a-z0-9]$/.test(c) ? c : "_" + c.codePointAt(0).toString(16) + "_";
    }).join("");
  }

  /* The chunk holding every word that starts with this (folded) word, or null when the site has none. */
  function chunkFor(word) {
    var letters = Array.from(word);
    var key = "";
    var length = 0;
    for (;;) {
      if (!has(index.nodes, key)) {
        return null;
      }
      if (index.nodes[key] === 0) {
        return "t-" + fileName(key);
      }
      if (length === letters.length) {
        return "u-" + fileName(key);
      }
      length++;
      key = letters.slice(0, length).join("");
    }
  }

  /* Calls each(page) for each page number of a set written by PostingCode.java. */
  function decode(code, each) {
    var i;
    if (code.charAt(0) === "!") {
      for (i = 1; i < code.length; i++) {
        var bits = DIGIT[code.charAt(i)];
        for (var b = 0; b < 6; b++) {
          if (bits & (1 << b)) {
            each((i - 1) * 6 + b);
          }
        }
      }
      return;
    }
    var page = -1;
    var gap = 0;
    for (i = 0; i < code.length; i++) {
      var digit = DIGIT[code.charAt(i)];
      gap = gap * 32 + (digit & 31);
      if (digit < 32) {
        page += gap + 1;
        each(page);
        gap = 0;
      }
    }
  }

  /* For each page, the best place it has a word starting with this one: 0 none, 1 text, 2 summary, 3 title. */
  function places(word, chunk) {
    var best = new Uint8Array(index.pages);
    Object.keys(chunk).forEach(function (term) {
      if (term.lastIndexOf(word, 0) !== 0) {
        return;
      }
      chunk[term].forEach(function (code, place) {
        decode(code, function (page) {
          if (best[page] <= place) {
            best[page] = place + 1;
          }
        });
      });
    });
    return best;
  }

  function foldChar(c) {
    var decomposed = c.toLowerCase().normalize("NFD").replace(MARK, "");
    var out = "";
    for (var i = 0; i < decomposed.length; i++) {
      var ch = decomposed.charAt(i);
      out += has(PLAIN, ch) ? PLAIN[ch] : ch;
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

  /*
   * Writes text into element, wrapping the matched words in <mark>, without ever parsing text as HTML. Matches
   * are found in the folded text and marked in the original, accents and all.
   */
  function highlight(element, text, words) {
    var foldedText = fold(text);
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

  /* The pages that have every word, best first, then in reading order. */
  function rank(words, wordChunks) {
    var total = new Int32Array(index.pages);
    words.forEach(function (word, w) {
      var best = places(word, chunks[wordChunks[w]]);
      for (var page = 0; page < total.length; page++) {
        total[page] = best[page] === 0 || total[page] < 0 ? -1 : total[page] + POINTS[best[page]];
      }
    });
    var found = [];
    for (var page = 0; page < total.length; page++) {
      if (total[page] > 0) {
        found.push(page);
      }
    }
    return found.sort(function (a, b) {
      return total[b] - total[a] || a - b;
    });
  }

  function resultsChunk(page) {
    return "d-" + Math.floor(page / index.resultsPerChunk);
  }

  /* The result, or null if its chunk lacks it (a chunk of another build than search-index.js). */
  function resultOf(page) {
    var entry = (chunks[resultsChunk(page)] || [])[page % index.resultsPerChunk];
    return entry ? { href: entry[0], title: entry[1], summary: entry[2] } : null;
  }

  function clear() {
    while (results.firstChild) {
      results.removeChild(results.firstChild);
    }
    var more = document.getElementById("search-more");
    if (more) {
      more.remove();
    }
  }

  /* Each search gets a number: what an earlier one loads after a later one started is dropped. */
  var searches = 0;

  function failed() {
    clear();
    status.textContent = messages.noIndex;
  }

  function show(query) {
    var search = ++searches;
    var words = queryWords(query);
    if (words.length === 0) {
      clear();
      status.textContent = format(messages.prompt, [String(index.pages)]);
      return;
    }
    var shown = query.trim();
    var wordChunks = words.map(chunkFor);
    if (wordChunks.indexOf(null) >= 0) {
      clear();
      status.textContent = format(messages.none, [shown]);
      return;
    }
    loadAll(wordChunks, function (ok) {
      if (search !== searches) {
        return;
      }
      if (!ok) {
        failed();
        return;
      }
      var found = rank(words, wordChunks);
      if (found.length === 0) {
        clear();
        status.textContent = format(messages.none, [shown]);
        return;
      }
      showFrom(found, 0, words, search, function () {
        status.textContent = foundMessage(found.length, shown);
      });
    });
  }

  /* Shows the results from number first on, ten of them, loading their chunks; then a button for more. */
  function showFrom(found, first, words, search, shown) {
    var pages = found.slice(first, first + SHOWN_AT_A_TIME);
    var names = [];
    pages.forEach(function (page) {
      if (names.indexOf(resultsChunk(page)) < 0) {
        names.push(resultsChunk(page));
      }
    });
    loadAll(names, function (ok) {
      if (search !== searches) {
        return;
      }
      if (!ok) {
        failed();
        return;
      }
      if (first === 0) {
        clear();
      }
      var old = document.getElementById("search-more");
      if (old) {
        old.remove();
      }
      var firstLink = null;
      if (pages.map(resultOf).indexOf(null) >= 0) {
        failed();
        return;
      }
      pages.forEach(function (page) {
        var result = resultOf(page);
        var li = document.createElement("li");
        var heading = document.createElement("h2");
        var link = document.createElement("a");
        link.href = result.href;
        highlight(link, result.title, words);
        heading.appendChild(link);
        var summary = document.createElement("p");
        highlight(summary, result.summary, words);
        li.appendChild(heading);
        li.appendChild(summary);
        results.appendChild(li);
        firstLink = firstLink || link;
      });
      shown();
      var next = first + pages.length;
      if (next < found.length) {
        var more = document.createElement("button");
        more.type = "button";
        more.id = "search-more";
        more.className = "search-more";
        more.textContent = messages.more;
        more.addEventListener("click", function () {
          showFrom(found, next, words, search, function () {});
        });
        results.parentNode.insertBefore(more, results.nextSibling);
      }
      if (first > 0 && firstLink) {
        firstLink.focus(); /* the button is gone: the reader goes on from the first new result */
      }
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
