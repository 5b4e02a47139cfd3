package dev.pamphlet.launch;

/** What a command line asks for, read from its words alone, before anything else is loaded. */
public final class CommandWords {

    private CommandWords() {}

    /** Whether the arguments ask for help or the version, which any command answers without running. */
    public static boolean asksForHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return true;
            }
        }
        return false;
    }

    /** The first word that is not an option: the command, or "" when there is none. */
    public static String command(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return "";
    }
}
