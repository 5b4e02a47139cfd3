package dev.pamphlet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The package layering of src/docs/manual/architecture/index.md, kept true: a package may use the packages below it, never
 * one above it or beside it, and no two packages depend on each other.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.pamphlet");

    private static final String[] ABOVE_CHECK = {"cli", "serve", "report", "starter", "build", "memory", "leaflet"};
    private static final Path SOURCES = Path.of("src/main/java/dev/pamphlet");
    private static final String[] ABOVE_CONTENT = with(ABOVE_CHECK, "check", "render", "site", "language");

    private static String[] with(String[] layers, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(layers), java.util.Arrays.stream(more))
                .toArray(String[]::new);
    }

    @Test
    void packagesOnlyUseThePackagesBelowThem() {
        Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("cli")
                .definedBy("dev.pamphlet.cli..")
                .layer("launch")
                .definedBy("dev.pamphlet.launch..")
                .layer("serve")
                .definedBy("dev.pamphlet.serve..")
                .layer("report")
                .definedBy("dev.pamphlet.report..")
                .layer("starter")
                .definedBy("dev.pamphlet.starter..")
                .layer("importer")
                .definedBy("dev.pamphlet.importer..")
                .layer("build")
                .definedBy("dev.pamphlet.build..")
                .layer("memory")
                .definedBy("dev.pamphlet.memory..")
                .layer("leaflet")
                .definedBy("dev.pamphlet.leaflet..")
                .layer("check")
                .definedBy("dev.pamphlet.check..")
                .layer("render")
                .definedBy("dev.pamphlet.render..")
                .layer("site")
                .definedBy("dev.pamphlet.site..")
                .layer("language")
                .definedBy("dev.pamphlet.language..")
                .layer("content")
                .definedBy("dev.pamphlet.content..")
                .layer("config")
                .definedBy("dev.pamphlet.config..")
                .layer("markdown")
                .definedBy("dev.pamphlet.markdown..")
                .layer("source")
                .definedBy("dev.pamphlet.source..")
                .layer("output")
                .definedBy("dev.pamphlet.output..")
                .layer("diag")
                .definedBy("dev.pamphlet.diag..")
                .layer("address")
                .definedBy("dev.pamphlet.address..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("launch")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("serve")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("report")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("starter")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("importer")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("build")
                .mayOnlyBeAccessedByLayers("cli", "serve", "report")
                .whereLayer("memory")
                .mayOnlyBeAccessedByLayers("cli", "serve", "report", "build")
                .whereLayer("leaflet")
                .mayOnlyBeAccessedByLayers("cli", "serve", "report", "build", "memory")
                .whereLayer("check")
                .mayOnlyBeAccessedByLayers(ABOVE_CHECK)
                .whereLayer("render")
                .mayOnlyBeAccessedByLayers(ABOVE_CHECK)
                .whereLayer("site")
                .mayOnlyBeAccessedByLayers(with(ABOVE_CHECK, "check", "render"))
                .whereLayer("language")
                .mayOnlyBeAccessedByLayers(with(ABOVE_CHECK, "check", "render", "site"))
                .whereLayer("content")
                .mayOnlyBeAccessedByLayers(ABOVE_CONTENT)
                .whereLayer("config")
                .mayOnlyBeAccessedByLayers(ABOVE_CONTENT)
                .whereLayer("markdown")
                .mayOnlyBeAccessedByLayers(with(ABOVE_CONTENT, "content", "config"))
                .whereLayer("source")
                .mayOnlyBeAccessedByLayers(with(ABOVE_CONTENT, "content", "config", "markdown"))
                .whereLayer("output")
                .mayOnlyBeAccessedByLayers(with(ABOVE_CONTENT, "content", "config", "markdown"))
                .check(CLASSES);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("dev.pamphlet.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** The tuned start uses nothing of Pamphlet's: it runs before every command, and loads only the JDK. */
    @Test
    void theLauncherUsesOnlyTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("dev.pamphlet.launch..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("dev.pamphlet.launch..", "java..", "javax..", "sun.misc..", "jdk..")
                .check(CLASSES);
    }

    /** Every package says what it is for, in a package-info.java a reader finds first. */
    @Test
    void everyPackageHasAPackageInfo() {
        Set<String> packages = new TreeSet<>();
        CLASSES.forEach(c -> packages.add(c.getPackageName()));
        List<String> missing = packages.stream()
                .filter(p -> !Files.isRegularFile(SOURCES.resolve(p.substring("dev.pamphlet".length())
                                .replace('.', '/')
                                .replaceFirst("^/", ""))
                        .resolve("package-info.java")))
                .toList();
        assertThat(missing)
                .as("packages without a package-info.java saying what they are for")
                .isEmpty();
        assertThat(packages).as("the packages found").hasSizeGreaterThan(15);
    }
}
