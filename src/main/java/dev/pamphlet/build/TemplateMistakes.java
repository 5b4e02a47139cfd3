package dev.pamphlet.build;

import dev.pamphlet.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The same template mistake fails every page that template renders: it is reported once, at its template line,
 * with the number of pages it broke and the first few of them.
 */
final class TemplateMistakes {
    /** How many of the broken pages a message names before "and N more". */
    private static final int NAMED = 3;

    private TemplateMistakes() {}

    /** @param failures each broken page (as shown to the editor) with the error its template gave */
    static List<Diagnostic> onePerMistake(List<Map.Entry<String, Diagnostic>> failures) {
        Map<String, List<Map.Entry<String, Diagnostic>>> byPlace = new TreeMap<>();
        synchronized (failures) {
            for (Map.Entry<String, Diagnostic> failure : failures) {
                byPlace.computeIfAbsent(failure.getValue().location(), k -> new ArrayList<>())
                        .add(failure);
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        for (List<Map.Entry<String, Diagnostic>> same : byPlace.values()) {
            same.sort(Map.Entry.comparingByKey());
            Map.Entry<String, Diagnostic> first = same.get(0);
            if (same.size() == 1) {
                out.add(first.getValue());
                continue;
            }
            Diagnostic d = first.getValue();
            String prefix = "template error while rendering " + first.getKey() + ": ";
            String what = d.message().startsWith(prefix)
                    ? "template error: " + d.message().substring(prefix.length())
                    : d.message();
            List<String> pages = same.stream().map(Map.Entry::getKey).toList();
            String named = String.join(", ", pages.subList(0, Math.min(NAMED, pages.size())))
                    + (pages.size() > NAMED ? " and " + (pages.size() - NAMED) + " more" : "");
            out.add(new Diagnostic(
                    d.file(),
                    d.line(),
                    d.column(),
                    d.severity(),
                    what + " (in " + pages.size() + " pages: " + named + ")",
                    d.hint(),
                    d.excerpt()));
        }
        return out;
    }
}
