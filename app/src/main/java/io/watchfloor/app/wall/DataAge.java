package io.watchfloor.app.wall;

import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.core.Freshness;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How old a tile's data is while a source feeding it is not live: the least fresh such source, its freshness
 * and the age of its data. Immutable; any thread.
 *
 * @param sourceId  the source
 * @param freshness DELAYED, STALE, OFFLINE or PENDING
 * @param age       the age of its data; empty before its first successful read
 */
public record DataAge(String sourceId, Freshness freshness, Optional<Duration> age) {
    public DataAge {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(freshness, "freshness");
        Objects.requireNonNull(age, "age");
    }

    /**
     * The age to show on a tile fed by {@code kinds}: empty while every such source is live (or there is none).
     */
    static Optional<DataAge> of(Collection<SourceHealth> sources, Set<SourceKind> kinds, Instant now) {
        List<SourceHealth> notLive = sources.stream()
                .filter(h -> kinds.contains(h.kind()) && h.freshness(now) != Freshness.LIVE).toList();
        return notLive.stream()
                .min(Comparator.comparing((SourceHealth h) -> h.freshness(now), SourceBanner.WORST_FIRST)
                        .thenComparing(h -> h.age(now).orElse(Duration.ZERO), Comparator.reverseOrder())
                        .thenComparing(SourceHealth::id))
                .map(h -> new DataAge(h.id().value(), h.freshness(now), h.age(now)));
    }

    /** "snow data 4m12s old", or "snow: no data yet" before its first read. */
    public String text() {
        return age.map(a -> sourceId + " data " + DurationFormat.age(a) + " old")
                .orElse(sourceId + ": no data yet");
    }
}
