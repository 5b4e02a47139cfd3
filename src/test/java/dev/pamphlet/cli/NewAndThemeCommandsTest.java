package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.render.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new}, {@code theme export} and {@code generate-completion}, run as a user runs them. */
class NewAndThemeCommandsTest {
    @TempDir
    Path dir;

    @Test
    void newWritesASiteWithTheGivenSettingsAndSaysWhatToDoNext() throws IOException {
        Path site = dir.resolve("guide");
        CliRun run = CliRun.of(
                "new",
                site.toString(),
                "--title",
                "Asthma: \"a guide\"",
                "--language",
                "cy",
                "--publisher",
                "Clinic \\ Library");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out())
                .contains(
                        "pamphlet serve",
                        "pamphlet build",
                        site.resolve("content/index.md").toString());
        String settings = Files.readString(site.resolve("content/site.yml"));
        assertThat(settings)
                .contains(
                        "title: \"Asthma: \\\"a guide\\\"\"",
                        "language: \"cy\"",
                        "publisher: \"Clinic \\\\ Library\"",
                        "base_url: \"https://example.org/asthma-a-guide/\"");
        assertThat(site.resolve("README.md")).exists();
        assertThat(site.resolve("content/glossary.yml")).exists();
        assertThat(Files.readString(site.resolve("content/writing-a-page.md")))
                .contains(
                        "reviewed: " + LocalDate.now(),
                        "review_due: " + LocalDate.now().plusYears(1));
        CliRun check = CliRun.of("check", "--content", site.resolve("content").toString());
        assertThat(check.exitCode()).as(check.all()).isZero();
    }

    @Test
    void theStartersPlaceholderAddressesFailAStrictCheckUntilReplaced() throws IOException {
        Path site = dir.resolve("guide");
        assertThat(CliRun.of("new", site.toString()).exitCode()).isZero();
        Path settings = site.resolve("content/site.yml");

        CliRun strict = CliRun.of("check", "--content", site.resolve("content").toString(), "--strict");
        assertThat(strict.exitCode()).isEqualTo(1);
        List<String> lines = Files.readAllLines(settings);
        for (String key : List.of("base_url", "editorial_policy", "funding", "contact", "privacy", "accessibility")) {
            int line = 1
                    + lines.indexOf(lines.stream()
                            .filter(l -> l.startsWith(key + ":"))
                            .findFirst()
                            .orElseThrow());
            assertThat(strict.err())
                    .contains("site.yml:" + line + ":")
                    .contains("warning: '" + key + "' is still the placeholder 'pamphlet new' wrote");
        }
        assertThat(strict.err()).contains("hint: put the address the site will be published at");

        Files.writeString(settings, Files.readString(settings).replace("example.org", "www.riverside-clinic.nhs.uk"));
        CliRun fixed = CliRun.of("check", "--content", site.resolve("content").toString(), "--strict");
        assertThat(fixed.exitCode()).as(fixed.all()).isZero();
        assertThat(fixed.out()).contains("0 errors, 0 warnings");
    }

    @Test
    void anExampleOrgAddressTheEditorWroteIsNotTakenForThePlaceholder() throws IOException {
        Path site = dir.resolve("guide");
        assertThat(CliRun.of("new", site.toString()).exitCode()).isZero();
        Path settings = site.resolve("content/site.yml");
        String text = Files.readString(settings);
        String contact =
                text.lines().filter(l -> l.startsWith("contact:")).findFirst().orElseThrow();
        Files.writeString(settings, text.replace(contact, "contact: \"https://example.org/our-team\""));
        CliRun check = CliRun.of("check", "--content", site.resolve("content").toString(), "--strict", "--quiet");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err())
                .contains("'funding' is still the placeholder")
                .contains("'base_url' is still the placeholder")
                .doesNotContain("'contact' is still");
    }

    @Test
    void newHasDefaultsForEverySetting() throws IOException {
        Path site = dir.resolve("plain");
        assertThat(CliRun.of("new", site.toString()).exitCode()).isZero();
        assertThat(Files.readString(site.resolve("content/site.yml")))
                .contains("title: \"My health guide\"", "language: \"en-GB\"", "publisher: ");
        assertThat(CliRun.of("check", "--content", site.resolve("content").toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void newRefusesAFolderThatIsNotEmptyAndTouchesNothing() throws IOException {
        Path site = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(site.resolve("notes.txt"), "mine");
        CliRun run = CliRun.of("new", site.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(site + " is not empty");
        try (var files = Files.list(site)) {
            assertThat(files.toList()).containsExactly(site.resolve("notes.txt"));
        }
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(CliRun.of("new", empty.toString()).exitCode()).isZero();
    }

    @Test
    void newRefusesSettingsThatSiteYmlWouldRefuse() {
        CliRun run = CliRun.of("new", dir.resolve("x").toString(), "--language", "English please");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'language' must be a language tag");
        assertThat(dir.resolve("x")).doesNotExist();
        assertThat(CliRun.of("new", dir.resolve("y").toString(), "--title", " ").exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("new").exitCode()).isEqualTo(2);
    }

    @Test
    void themeExportCopiesTheBuiltInThemeAndKeepsTheSitesOwnFiles() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("article.ftlh"), "mine");
        CliRun run = CliRun.of("theme", "export", templates.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("kept your own article.ftlh");
        assertThat(templates.resolve("article.ftlh")).hasContent("mine");
        for (String file : Theme.builtInFiles()) {
            if (!file.equals("article.ftlh")) {
                assertThat(templates.resolve(file)).hasSameBinaryContentAs(SiteFixtures.TEMPLATES.resolve(file));
            }
        }
        assertThat(CliRun.of("theme").exitCode()).isEqualTo(2);
    }

    @Test
    void helpListsTheNewCommands() {
        CliRun help = CliRun.of("--help");
        assertThat(help.out()).contains("new", "theme", "generate-completion");
        assertThat(CliRun.of("new", "--help").out()).contains("--title", "--language", "--publisher");
    }

    @Test
    void theCompletionHelpShowsItsLoadCommandOnOneLine() {
        CliRun help = CliRun.of("generate-completion", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out().lines()).anyMatch(line -> line.strip().equals("source <(pamphlet generate-completion)"));
    }

    @Test
    void theCompletionScriptNamesEveryCommandAndLoadsInBash() throws Exception {
        CliRun run = CliRun.of("generate-completion");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out())
                .contains("complete -F", "build", "serve", "theme", "export", "--templates", "--publisher");
        Path bash = Path.of("/bin/bash");
        if (!Files.isExecutable(bash)) {
            return;
        }
        Path script = Files.writeString(dir.resolve("pamphlet_completion"), run.out());
        Process shell = new ProcessBuilder(bash.toString(), "-c", "source '" + script + "' && complete -p pamphlet")
                .redirectErrorStream(true)
                .start();
        assertThat(shell.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String said = new String(shell.getInputStream().readAllBytes());
        assertThat(shell.exitValue()).as(said).isZero();
        assertThat(said).contains("complete", "pamphlet");
        // Completing "pamphlet th" offers "theme".
        Process complete = new ProcessBuilder(
                        bash.toString(),
                        "-c",
                        "source '" + script + "' && COMP_WORDS=(pamphlet"
                                + " th) COMP_CWORD=1 COMP_LINE='pamphlet th' COMP_POINT=11 && _complete_pamphlet && echo"
                                + " \"${COMPREPLY[@]}\"")
                .redirectErrorStream(true)
                .start();
        assertThat(complete.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(List.of(new String(complete.getInputStream().readAllBytes())
                        .strip()
                        .split("\\s+")))
                .contains("theme");
    }

    @Test
    void aHomePageWithAMissingKeyReportsThatKeyOnceAndTheCountSaysWhatWasChecked() throws IOException {
        Path site = dir.resolve("guide");
        assertThat(CliRun.of("new", site.toString()).exitCode()).isZero();
        Path home = site.resolve("content/index.md");
        Files.writeString(home, Files.readString(home).replaceFirst("summary: .*\n", ""));
        CliRun check = CliRun.of("check", "--content", site.resolve("content").toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err().lines().filter(l -> l.contains(": error: ")).toList())
                .containsExactly(home + ":2: error: missing required key 'summary' in front matter");
        assertThat(check.out().strip()).isEqualTo("Checked 2 pages: 1 error, 6 warnings");
    }

    @Test
    void aBuildWithNoContentFolderSaysHowToStartOne() {
        CliRun run = CliRun.of(
                "build",
                "--content",
                dir.resolve("content").toString(),
                "--output",
                dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content folder does not exist", "pamphlet new DIR");
    }
}
