package dev.pamphlet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The top command, {@code pamphlet}; {@link Main} adds the commands under it. */
final class PamphletCommand implements Runnable {
    private final CommandSpec spec =
            Specs.command(this, "pamphlet", "Builds a patient-information website from Markdown articles.");

    PamphletCommand() {
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put("0", "success");
        exitCodes.put("1", "content or template errors");
        exitCodes.put("2", "usage error");
        exitCodes.put("130", "stopped by Ctrl-C (SIGINT)");
        exitCodes.put("143", "stopped by SIGTERM");
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "choose a command: new, import, build, check, serve, report, theme or generate-completion");
    }

    /** The version the build wrote into the jar's resources. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = PamphletCommand.class.getResourceAsStream("/dev/pamphlet/pamphlet.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"pamphlet " + p.getProperty("version", "unknown")};
        }
    }
}
