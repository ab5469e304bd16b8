package io.watchfloor.simulator.prometheus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Prometheus API time and step parameters: unix seconds (float) or RFC 3339; steps as float seconds or durations. */
final class PromTime {
    private PromTime() {
    }

    static long parseTime(String name, String text) throws PromQlException {
        try {
            return new BigDecimal(text).movePointRight(3).longValue();
        } catch (NumberFormatException e) {
            try {
                return OffsetDateTime.parse(text).toInstant().toEpochMilli();
            } catch (DateTimeParseException e2) {
                throw PromQlException.badData("invalid parameter \"" + name + "\": cannot parse \"" + text
                        + "\" to a valid timestamp");
            }
        }
    }

    static long parseStep(String text) throws PromQlException {
        Optional<Duration> d = PromDuration.parse(text);
        if (d.isPresent()) {
            return d.get().toMillis();
        }
        try {
            return new BigDecimal(text).movePointRight(3).longValue();
        } catch (NumberFormatException e) {
            throw PromQlException.badData("invalid parameter \"step\": cannot parse \"" + text
                    + "\" to a valid duration");
        }
    }
}
