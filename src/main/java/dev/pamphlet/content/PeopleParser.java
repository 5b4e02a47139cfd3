package dev.pamphlet.content;

import dev.pamphlet.source.YamlMapping;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads who wrote or reviewed something: a name, a {@code {name, role}} mapping, or a list of these. */
final class PeopleParser {
    static final Set<String> KEYS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("name", "role")));
    private static final String EXPECTED =
            "a name, a mapping such as {name: Dr Asha Patel, role: General" + " practitioner}, or a list of these";

    private PeopleParser() {}

    /**
     * @param roleIsEnough whether someone may be known by role only, as the reviewer of another publisher's page
     *                     often is ("a doctor")
     */
    static List<Person> read(YamlMapping yaml, String key, boolean roleIsEnough) {
        List<Person> people = new ArrayList<>();
        for (Object item : yaml.textsOrMappings(key, EXPECTED)) {
            if (item instanceof String name) {
                people.add(new Person(name, null));
                continue;
            }
            YamlMapping person = (YamlMapping) item;
            person.rejectUnknownKeys(KEYS, "'" + key + "'");
            String name = person.has("name") ? person.text("name") : null;
            String role = person.has("role") ? person.text("role") : null;
            if (!person.has("name") && !(roleIsEnough && person.has("role"))) {
                person.reportValue(
                        "name",
                        "someone in '" + key + "' has no 'name'",
                        roleIsEnough ? "add 'name: ...', or at least 'role: ...'" : "add 'name: ...'");
            } else if (name != null || role != null) {
                people.add(new Person(name, role));
            }
        }
        return List.copyOf(people);
    }
}
