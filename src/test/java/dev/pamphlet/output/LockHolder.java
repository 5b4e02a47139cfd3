package dev.pamphlet.output;

import java.nio.file.Path;
import java.util.ArrayList;

/** A second process for the lock tests: takes an output folder's lock, says so, and holds it until stdin closes. */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        System.setProperty(OutputLock.COMMAND_PROPERTY, "pamphlet build --output " + args[0]);
        try (OutputLock lock = OutputLock.acquire(Path.of(args[0]), args[0], false, new ArrayList<>())) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Hold the lock until the test closes our stdin.
            }
        }
    }
}
