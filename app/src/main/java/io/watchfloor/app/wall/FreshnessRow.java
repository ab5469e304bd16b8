package io.watchfloor.app.wall;

import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.core.Freshness;
import io.watchfloor.core.SourceKind;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How current one source's data is, as of one tick. Immutable; any thread.
 *
 * @param sourceId  the configured source id ("am", "snow")
 * @param kind      its type
 * @param freshness live, delayed, stale, offline or pending at the tick
 * @param age       age of its data at the tick; empty before the first successful read
 * @param lastError why its last read failed, if it did
 */
public record FreshnessRow(String sourceId, SourceKind kind, Freshness freshness, Optional<Duration> age,
                           Optional<String> lastError) {
    public FreshnessRow {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(freshness, "freshness");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(lastError, "lastError");
    }

    /** "4m12s", or "never" before the first successful read. */
    public String ageText() {
        return age.map(DurationFormat::age).orElse("never");
    }

    /** The whole row in one line: "am · LIVE · 2s", "snow · STALE · 4m12s". */
    public String line() {
        return sourceId + " \u00b7 " + freshness.name() + " \u00b7 " + ageText();
    }
}
