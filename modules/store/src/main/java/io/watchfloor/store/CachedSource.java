package io.watchfloor.store;

import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The last-known state of one source: what its last successful read produced, and when.
 *
 * @param source the source
 * @param kind   its kind when it was saved
 * @param endpoint where it was read from (the connector's display endpoint, no credentials); empty when
 *                 the caller did not say
 * @param readAt when that read succeeded (the age the board shows is measured from here)
 * @param events what the read produced (alerts, incidents, availability), exactly as saved
 */
public record CachedSource(SourceId source, SourceKind kind, String endpoint, Instant readAt,
                           List<SourceEvent> events) {
    public CachedSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(readAt, "readAt");
        events = List.copyOf(events);
    }

    /** A cached read whose endpoint was not recorded. */
    public CachedSource(SourceId source, SourceKind kind, Instant readAt, List<SourceEvent> events) {
        this(source, kind, "", readAt, events);
    }
}
