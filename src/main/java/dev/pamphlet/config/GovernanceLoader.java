package dev.pamphlet.config;

import dev.pamphlet.source.Suggestions;
import dev.pamphlet.source.YamlMapping;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the governance keys of {@code site.yml} (see {@link Governance}). */
final class GovernanceLoader {
    /** The keys read here; {@link SiteConfigLoader#ALLOWED} lists them with the others. */
    static final List<String> KEYS = List.of(
            "require",
            "overdue",
            "overdue_grace_days",
            "editorial_policy",
            "funding",
            "contact",
            "privacy",
            "accessibility",
            "disclaimer");

    private static final Pattern ADDRESS = Pattern.compile("(?i)(https?://\\S+|mailto:\\S+|tel:\\S+)");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s/]+@[^@\\s/]+\\.[^@\\s/]+");

    private GovernanceLoader() {}

    static Governance read(YamlMapping yaml) {
        String overdue = yaml.text("overdue");
        if (overdue != null && !overdue.equals("error") && !overdue.equals("warning")) {
            yaml.reportValue(
                    "overdue",
                    "'overdue' must be 'error' or 'warning', not '" + overdue + "'",
                    "'overdue: error' makes pages past their review date fail the build");
        }
        Integer grace = yaml.integer("overdue_grace_days");
        if (grace != null && grace < 0) {
            yaml.reportValue(
                    "overdue_grace_days",
                    "'overdue_grace_days' must not be negative",
                    "give the number of days past 'review_due' before an overdue page fails the build");
        }
        Set<String> required = new LinkedHashSet<>();
        for (String key : yaml.textList("require")) {
            if (Governance.REQUIRABLE.contains(key)) {
                required.add(key);
            } else {
                String suggestion = Suggestions.closest(key, Governance.REQUIRABLE);
                yaml.reportValue(
                        "require",
                        "'require' cannot require '" + key + "'"
                                + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"),
                        "it can require: " + String.join(", ", Governance.REQUIRABLE));
            }
        }
        Map<String, String> trust = new LinkedHashMap<>();
        for (String key : Governance.TRUST_KEYS) {
            String value = yaml.text(key);
            if (value == null) {
                continue;
            }
            if (Governance.isPage(value)
                    || ADDRESS.matcher(value).matches()
                    || EMAIL.matcher(value).matches()) {
                trust.put(key, value);
            } else {
                yaml.reportValue(
                        key,
                        "'" + key + "' must be a page of the site or an address, not '" + value + "'",
                        "write the page's Markdown file (e.g. " + key.replace('_', '-') + ".md), a web address"
                                + " (https://...) or an email address");
            }
        }
        Map<String, Integer> lines = new HashMap<>();
        for (String key : KEYS) {
            if (yaml.has(key)) {
                lines.put(key, yaml.lineOf(key));
            }
        }
        String disclaimer = yaml.has("disclaimer") ? yaml.text("disclaimer") : null;
        return new Governance(
                "error".equals(overdue),
                grace == null ? 0 : Math.max(0, grace),
                Collections.unmodifiableSet(required),
                Collections.unmodifiableMap(trust),
                disclaimer,
                Map.copyOf(lines));
    }
}
