package dev.pamphlet.build;

import static dev.pamphlet.build.AwkwardInputsTest.article;
import static dev.pamphlet.build.AwkwardInputsTest.withoutSectionNotes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.SiteFixtures;
import dev.pamphlet.check.PictureFiles;
import dev.pamphlet.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A picture, frame, video or sound a page would load from another site is blocked by the pages'
 * Content-Security-Policy: a warning at the line that shows it, saying so and how to fix it.
 */
class ForeignContentTest {
    @TempDir
    Path dir;

    private Path content;

    @BeforeEach
    void clinic() throws IOException {
        content = SiteFixtures.copy(SiteFixtures.fixture("clinic/content"), dir.resolve("content"));
        Files.createDirectories(content.resolve("care/photos"));
        Files.write(content.resolve("care/photos/room.png"), PictureFiles.drawn("png", 40, 30));
    }

    private List<Diagnostic> build(String body) throws IOException {
        Files.writeString(content.resolve("care/pictures.md"), article("Pictures", "", body));
        BuildResult result = SiteFixtures.build(content, dir.resolve("site"));
        assertThat(result.succeeded())
                .as(result.diagnostics().sorted().toString())
                .isTrue();
        return withoutSectionNotes(result);
    }

    @Test
    void aPictureFromAnotherSiteIsAWarningAtItsLine() throws IOException {
        List<Diagnostic> problems = build("Our room: ![The room](photos/room.png)\n\n"
                + "Their room: ![A ward](https://cdn.example.com/ward.jpg)\n\n"
                + "Ours by its full address: ![A sign](https://clinic.example.org/images/sign.png)\n\n"
                + "![A map][map]\n\n[map]: //maps.example.net/tile.png\n");

        assertThat(problems).hasSize(2);
        Diagnostic ward = problems.get(0);
        assertThat(ward.isError()).isFalse();
        assertThat(ward.file()).endsWith("care/pictures.md");
        assertThat(ward.line()).isEqualTo(13);
        assertThat(ward.column()).isEqualTo(13);
        assertThat(ward.message())
                .isEqualTo("picture 'https://cdn.example.com/ward.jpg' is on another site (cdn.example.com): blocked"
                        + " by the page's Content-Security-Policy, the picture will not show");
        assertThat(ward.hint())
                .contains("save the picture into the content folder")
                .contains("by its path");
        Diagnostic map = problems.get(1);
        assertThat(map.line()).isEqualTo(17);
        assertThat(map.message()).startsWith("picture '//maps.example.net/tile.png' is on another site");
    }

    @Test
    void rawHtmlThatLoadsFromAnotherSiteIsAWarningAtItsLine() throws IOException {
        Path yml = content.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml) + "allow_html: true\n");
        List<Diagnostic> problems = build("A video:\n\n"
                + "<div class=\"video\">\n"
                + "  <iframe title=\"Hand washing\" src=\"https://www.youtube.com/embed/abc\"></iframe>\n"
                + "</div>\n\n"
                + "Ours: <img src=\"photos/room.png\" alt=\"The room\">\n\n"
                + "Theirs: <video controls poster=\"photos/room.png\"><source src=\"http://media.example.com/a.mp4\">"
                + "</video>\n\n"
                + "`<iframe src=\"https://example.com\">` is how a frame is written.\n");

        assertThat(problems).extracting(Diagnostic::line).containsExactly(14, 19);
        Diagnostic frame = problems.get(0);
        assertThat(frame.isError()).isFalse();
        assertThat(frame.file()).endsWith("care/pictures.md");
        assertThat(frame.column()).isEqualTo(32);
        assertThat(frame.message())
                .isEqualTo("<iframe src=\"https://www.youtube.com/embed/abc\"> is on another site (www.youtube.com):"
                        + " blocked by the page's Content-Security-Policy, the frame will stay empty");
        assertThat(frame.hint()).contains("link to it instead");
        assertThat(problems.get(1).message())
                .startsWith("<source src=\"http://media.example.com/a.mp4\"> is on another site (media.example.com)")
                .endsWith("the video or sound will not play");
    }
}
