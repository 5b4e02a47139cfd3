import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a deterministic corpus of patient-information articles for the benchmark.
 *
 * <p>Usage: {@code java src/bench/MakeCorpus.java --articles N --out DIR [--seed S] [--translate TAG]}
 *
 * <p>Writes DIR/content/site.yml, DIR/content/index.md and DIR/content/articles/NNNNN-slug.md, each article with
 * Pamphlet's front matter (title, summary, reviewed, review_due, sources, tags) and a body of roughly 500-900 words:
 * an introduction, 3-5 sections, a bullet list, emphasis, 2-4 links to other articles of the corpus (every link
 * resolves), and in about a third of the articles a table or a quotation. The same N and seed give the same files.
 * The corpora make no PDF leaflets ({@code pdf: false}): they time the site, as Hugo builds it; the shipped guide's
 * timings include its PDFs.
 *
 * <p>With {@code --translate TAG} (a language Pamphlet has interface text for, e.g. {@code cy}), the site is in two
 * languages: every page, the home page too, also has a translation beside it ({@code NNNNN-slug.cy.md}), with the
 * same body and its title marked with the language.
 */
public final class MakeCorpus {
    private static final String[] TAGS = {
        "causes", "symptoms", "triggers", "treatment", "pregnancy", "medication", "lifestyle", "sleep"
    };
    private static final String[] CONDITIONS = {
        "restless legs syndrome",
        "iron deficiency anaemia",
        "chronic kidney disease",
        "diabetes",
        "an underactive thyroid",
        "fibromyalgia",
        "Parkinson's disease",
        "rheumatoid arthritis",
        "leg cramps",
        "insomnia",
        "high blood pressure",
        "back pain",
        "migraine",
        "anxiety"
    };
    private static final String[] ASPECTS = {
        "Causes of",
        "Symptoms of",
        "Treating",
        "Living with",
        "Diagnosing",
        "Preventing",
        "Pregnancy and",
        "Medicines for",
        "Sleep and",
        "Exercise and",
        "Diet and",
        "Children and"
    };
    private static final String[] HEADINGS = {
        "What it is",
        "Common symptoms",
        "Possible causes",
        "When to see a GP",
        "Getting a diagnosis",
        "Treatment options",
        "Things you can do yourself",
        "Medicines that can make it worse",
        "During pregnancy",
        "Looking after your sleep",
        "Outlook",
        "Where to get support"
    };
    private static final String[] SUBJECTS = {
        "Your GP",
        "A pharmacist",
        "Regular exercise",
        "A warm bath",
        "Cutting down on caffeine",
        "Low iron levels",
        "Some antidepressants",
        "Stress",
        "A blood test",
        "Your nurse",
        "Gentle stretching",
        "A healthy diet",
        "Drinking alcohol",
        "Smoking",
        "Being overweight"
    };
    private static final String[] VERBS = {
        "can help with",
        "may worsen",
        "can affect",
        "can reduce",
        "may improve",
        "can trigger changes in",
        "may ease",
        "might disturb",
        "can change",
        "may be linked to"
    };
    private static final String[] OBJECTS = {
        "your symptoms",
        "the feeling in your legs",
        "how well you sleep",
        "your energy levels",
        "the amount of dopamine in the brain",
        "muscle activity and movement",
        "your iron levels",
        "symptoms in the evening",
        "your blood pressure",
        "daily activities",
        "the need to move"
    };
    private static final String[] TIMES = {
        "in the evening",
        "during the night",
        "after a long day",
        "when you sit still",
        "in later pregnancy",
        "before the age of 40",
        "within a few weeks",
        "over time"
    };
    private static final String[] TIPS = {
        "keep a regular bedtime",
        "avoid caffeine after lunch",
        "take a short walk every day",
        "massage your legs",
        "ask a pharmacist before buying new medicines",
        "stop smoking",
        "drink less alcohol",
        "eat foods rich in iron",
        "try relaxation exercises",
        "keep a symptom diary",
        "use a warm or cold pack",
        "talk to someone you trust"
    };
    private static final String[] SENTENCES = {
        "{S} {v} {o}.",
        "Many people find that {s} {v} {o} {t}.",
        "If {s} {v} {o}, tell your GP.",
        "It is common to notice changes {t}, and {s} {v} {o}.",
        "Research suggests that {s} {v} {o} in some people.",
        "You may also find it useful to {tip}.",
        "Symptoms are often worse {t}.",
        "In most cases the cause is not known, but {s} {v} {o}.",
    };

    private final Random rng;

    private MakeCorpus(long seed) {
        this.rng = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        int articles = -1;
        Path out = null;
        long seed = 1;
        String translate = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--translate" -> translate = args[i + 1];
                default -> usage();
            }
        }
        if (articles < 0 || out == null || args.length % 2 != 0) {
            usage();
        }
        new MakeCorpus(seed).write(articles, out, translate);
    }

    private static void usage() {
        System.err.println("usage: java src/bench/MakeCorpus.java --articles N --out DIR [--seed S] [--translate TAG]");
        System.exit(2);
    }

    private void write(int count, Path out, String translate) throws IOException {
        Path content = out.resolve("content");
        Path dir = content.resolve("articles");
        Files.createDirectories(dir);
        List<String> titles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = pick(ASPECTS) + " " + pick(CONDITIONS);
            titles.add(title);
            names.add(String.format(Locale.ROOT, "%05d-%s.md", i + 1, slug(title)));
        }
        Files.writeString(
                content.resolve("site.yml"),
                """
                title: Benchmark Health Library
                description: A generated corpus for timing builds.
                %s
                base_url: https://example.org/
                publisher: Benchmark Publisher
                pdf: false
                """.formatted(translate == null ? "language: en-GB" : "languages: [en-GB, " + translate + "]"),
                StandardCharsets.UTF_8);
        String home = """
                ---
                title: Benchmark Health Library
                summary: Generated articles for timing builds.
                reviewed: 2026-01-01
                review_due: 2029-01-01
                sources:
                  - title: Benchmark corpus
                    url: https://example.org/corpus
                ---

                A generated library of patient-information articles.
                """;
        Files.writeString(content.resolve("index.md"), home, StandardCharsets.UTF_8);
        if (translate != null) {
            Files.writeString(content.resolve("index." + translate + ".md"), translated(home, translate));
        }
        for (int i = 0; i < count; i++) {
            String text = article(i, titles, names);
            Files.writeString(dir.resolve(names.get(i)), text, StandardCharsets.UTF_8);
            if (translate != null) {
                String name = names.get(i).replaceFirst("\\.md$", "." + translate + ".md");
                Files.writeString(dir.resolve(name), translated(text, translate), StandardCharsets.UTF_8);
            }
        }
        System.out.println("wrote " + count + " articles to " + dir);
    }

    /** The same page, its title marked with the language: a stand-in for a translation. */
    private static String translated(String page, String tag) {
        return page.replaceFirst("(?m)^title: (\"?)", "title: $1(" + tag + ") ");
    }

    private String article(int i, List<String> titles, List<String> names) {
        int n = titles.size();
        List<String> links = new ArrayList<>();
        int linkCount = n > 1 ? 2 + rng.nextInt(3) : 0;
        for (int k = 0; k < linkCount; k++) {
            int j = (i + 1 + rng.nextInt(n - 1)) % n; // any other article: every link has a target
            links.add("Read more about [" + lowerFirst(titles.get(j)) + "](" + names.get(j) + ").");
        }
        int target = 480 + rng.nextInt(341);
        List<List<String>> sections = new ArrayList<>();
        for (String heading : sample(HEADINGS, 3 + rng.nextInt(3))) {
            sections.add(new ArrayList<>(List.of("## " + heading)));
        }
        List<String> bullets = new ArrayList<>();
        for (String tip : sample(TIPS, 3 + rng.nextInt(4))) {
            bullets.add("- " + capitalise(tip));
        }
        sections.get(0).add(String.join("\n", bullets));
        if (rng.nextDouble() < 0.3) {
            sections.get(rng.nextInt(sections.size())).add(table());
        }
        if (rng.nextDouble() < 0.3) {
            sections.get(sections.size() - 1).add("> " + paragraph(2));
        }
        for (String link : links) {
            sections.get(rng.nextInt(sections.size())).add(link);
        }
        String intro = paragraph(3 + rng.nextInt(3));
        int words = words(intro);
        for (List<String> s : sections) {
            for (String block : s) {
                words += words(block);
            }
        }
        for (int k = 0; words < target; k++) { // grow the sections in turn until the body reaches its length
            String p = paragraph(2 + rng.nextInt(3));
            sections.get(k % sections.size()).add(1, p);
            words += words(p);
        }
        StringBuilder body = new StringBuilder(intro);
        for (List<String> s : sections) {
            body.append("\n\n").append(String.join("\n\n", s));
        }
        LocalDate reviewed = LocalDate.of(2026, 1, 1).plusDays(rng.nextInt(300));
        LocalDate due = reviewed.plusYears(3);
        String tags = String.join(", ", sample(TAGS, 1 + rng.nextInt(3)));
        String summary = "Plain-language information about " + lowerFirst(titles.get(i))
                + ": what to look out for and where to get help.";
        return "---\ntitle: \"" + titles.get(i) + "\"\nsummary: \"" + summary + "\"\nreviewed: " + reviewed
                + "\nreview_due: " + due
                + "\nsources:\n  - title: Benchmark corpus\n    url: https://example.org/corpus\n"
                + "tags: [" + tags + "]\n---\n\n" + body + "\n";
    }

    private String sentence() {
        String subject = pick(SUBJECTS);
        String object = pick(OBJECTS);
        String time = pick(TIMES);
        double r = rng.nextDouble(); // emphasise a phrase now and then
        if (r < 0.08) {
            object = "**" + object + "**";
        } else if (r < 0.14) {
            time = "*" + time + "*";
        }
        String text = pick(SENTENCES)
                .replace("{S}", subject)
                .replace("{s}", lowerFirst(subject))
                .replace("{v}", pick(VERBS))
                .replace("{o}", object)
                .replace("{t}", time)
                .replace("{tip}", pick(TIPS));
        return capitalise(text);
    }

    private String paragraph(int sentences) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            out.add(sentence());
        }
        return String.join(" ", out);
    }

    private String table() {
        StringBuilder sb = new StringBuilder("| Trigger | What you can do |\n| --- | --- |");
        List<String> subjects = sample(SUBJECTS, 3);
        List<String> tips = sample(TIPS, 3);
        for (int i = 0; i < 3; i++) {
            sb.append("\n| ")
                    .append(subjects.get(i))
                    .append(" | ")
                    .append(capitalise(tips.get(i)))
                    .append(" |");
        }
        return sb.toString();
    }

    private String pick(String[] options) {
        return options[rng.nextInt(options.length)];
    }

    private List<String> sample(String[] options, int k) {
        List<String> copy = new ArrayList<>(List.of(options));
        Collections.shuffle(copy, rng);
        return copy.subList(0, k);
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
