package dev.pamphlet.render;

/**
 * One page's part of the search index, as the text a later build keeps instead of rendering the page again: its
 * line in the results, and the words of its title, its summary and its text, each a line of words with a space
 * between (see {@link SearchWords}).
 *
 * @param result the page's address, title and summary as a JSON list, which never holds a line break
 */
record SearchEntry(String result, String titleWords, String summaryWords, String textWords) {

    String encode() {
        return result + '\n' + titleWords + '\n' + summaryWords + '\n' + textWords;
    }

    /** The result line of an encoded entry, without reading the rest. */
    static String result(String entry) {
        return entry.substring(0, entry.indexOf('\n'));
    }

    static SearchEntry decode(String entry) {
        int title = entry.indexOf('\n');
        int summary = entry.indexOf('\n', title + 1);
        int text = entry.indexOf('\n', summary + 1);
        if (title < 0 || summary < 0 || text < 0) {
            throw new IllegalArgumentException("not a search entry: " + entry);
        }
        return new SearchEntry(
                entry.substring(0, title),
                entry.substring(title + 1, summary),
                entry.substring(summary + 1, text),
                entry.substring(text + 1));
    }
}
