package dev.pamphlet.cli;

import java.time.LocalDate;
import java.util.TimeZone;

/**
 * Today's date where this computer is, which review dates are checked against. {@link LocalDate#now()} asks the
 * java.time zone rules for it, and setting those up (reading every region of the time-zone database) costs a
 * short build more than anything else it does with dates; the offset of the system's time zone is enough.
 */
final class Today {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private Today() {}

    static LocalDate here() {
        long now = System.currentTimeMillis();
        return LocalDate.ofEpochDay(Math.floorDiv(now + TimeZone.getDefault().getOffset(now), MILLIS_PER_DAY));
    }
}
