package dev.pamphlet.cli;

import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

@Command(name = "pamphlet", mixinStandardHelpOptions = true, versionProvider = PamphletCommand.Version.class,
        description = "Builds a patient-information website from Markdown articles.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:content or template errors", "2:usage error"})
/** The top command; {@link Main} adds the commands under it (build, check, serve). */
public final class PamphletCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "choose a command: build, check or serve");
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
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
