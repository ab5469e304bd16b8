package io.watchfloor.app.wall;

import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.core.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One acknowledged alert on the acknowledgements tile, as of one tick. Immutable; any thread.
 *
 * @param alertKey  the alert's key across sources
 * @param alertName the alert name
 * @param service   the service it is about
 * @param severity  its severity
 * @param by        who acknowledged it, as the upstream reports them
 * @param since     since when
 * @param held      how long it has been acknowledged at the tick
 * @param expiresIn time left until the acknowledgement (a silence) lapses; empty when it does not expire
 * @param expiring  whether it lapses within the configured warning time (or has lapsed)
 */
public record AckRow(String alertKey, String alertName, String service, Severity severity, String by,
                     Instant since, Duration held, Optional<Duration> expiresIn, boolean expiring) {
    public AckRow {
        Objects.requireNonNull(alertKey, "alertKey");
        Objects.requireNonNull(alertName, "alertName");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(held, "held");
        Objects.requireNonNull(expiresIn, "expiresIn");
    }

    /** "expires in 12m00s", "expired", or "no expiry". */
    public String expiryText() {
        if (expiresIn.isEmpty()) {
            return "no expiry";
        }
        Duration left = expiresIn.get();
        return left.isNegative() || left.isZero() ? "expired" : "expires in " + DurationFormat.age(left);
    }
}
