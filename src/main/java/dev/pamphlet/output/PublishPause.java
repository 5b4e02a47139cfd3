package dev.pamphlet.output;

/**
 * A pause at a named point of publishing, for the tests that stop a build there: with the environment variable
 * {@value #VARIABLE} set to a point's name, publishing prints {@code pamphlet: paused at NAME} to standard error
 * when it gets there and waits {@value #MILLIS} ms, long enough for a test to send a signal at that exact point.
 * Unset (always, outside those tests), it costs one look-up of the variable.
 */
final class PublishPause {
    static final String VARIABLE = "PAMPHLET_TEST_PAUSE";
    static final long MILLIS = 1500;
    private static final String POINT = System.getenv(VARIABLE);

    private PublishPause() {}

    static void at(String point) {
        if (POINT == null || !POINT.equals(point)) {
            return;
        }
        System.err.println("pamphlet: paused at " + point);
        System.err.flush();
        try {
            Thread.sleep(MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
