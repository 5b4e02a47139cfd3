package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class TodayTest {
    @Test
    void isTheDateJavaTimeGivesInTheSystemsZone() {
        TimeZone system = TimeZone.getDefault();
        try {
            for (String zone : new String[] {"UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/London"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                LocalDate before = LocalDate.now();
                LocalDate today = Today.here();
                LocalDate after = LocalDate.now();
                assertThat(today).as(zone).isBetween(before, after);
            }
        } finally {
            TimeZone.setDefault(system);
        }
    }
}
