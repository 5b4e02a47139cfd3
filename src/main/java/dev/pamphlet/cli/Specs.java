package dev.pamphlet.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Describes commands to picocli in code. Picocli can read the same description from annotations, but reading
 * them (annotation proxies generated on the fly, every field and method inspected) took about a third of a
 * whole short build's command handling: 0.09 s of a 0.26 s {@code --version} on two cores.
 */
final class Specs {

    private Specs() {}

    /**
     * A command with {@code --help} and {@code --version}, run by calling {@code command}. Each description line
     * starts a line of the help; picocli wraps a line only where it is longer than the terminal.
     */
    static CommandSpec command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
        spec.versionProvider(new PamphletCommand.Version());
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
        spec.addOption(OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .description("Print version information and exit.")
                .build());
        return spec;
    }

    /** An option with a value, e.g. {@code --output DIR}; the description may say {@code ${DEFAULT-VALUE}}. */
    static void option(
            CommandSpec spec, String name, String label, Class<?> type, String defaultValue, String description) {
        OptionSpec.Builder option =
                OptionSpec.builder(name).paramLabel(label).type(type).description(description);
        if (defaultValue != null) {
            option.defaultValue(defaultValue);
        }
        spec.addOption(option.build());
    }

    /** An option that may be given more than once, e.g. {@code --allowed-host NAME}; its value is a String[]. */
    static void repeatable(CommandSpec spec, String name, String label, String description) {
        spec.addOption(OptionSpec.builder(name)
                .paramLabel(label)
                .type(String[].class)
                .arity("1")
                .initialValue(new String[0])
                .description(description)
                .build());
    }

    /** An option without a value, false unless given, e.g. {@code --drafts}. */
    static void flag(CommandSpec spec, String name, String description) {
        spec.addOption(OptionSpec.builder(name)
                .type(boolean.class)
                .initialValue(false)
                .description(description)
                .build());
    }

    /** The value an option of {@code spec} got from the command line, or its default. */
    static <T> T value(CommandSpec spec, String name) {
        return spec.findOption(name).getValue();
    }
}
