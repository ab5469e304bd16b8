package io.watchfloor.connectors;

import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import java.util.List;

/**
 * Reads one upstream source. {@link #poll()} blocks on network IO and is called from that source's
 * own poll thread ({@code wf-poll-<id>}), never from the FX thread, and never concurrently with
 * itself. Implementations are otherwise free of shared mutable state.
 */
public interface SourceConnector extends AutoCloseable {

    SourceId id();

    SourceKind kind();

    /** Where the source is read from, for display; never contains credentials. */
    String endpoint();

    /**
     * Reads the source once and returns the complete current observations (never deltas).
     *
     * @throws SourceException with a one-line, operator-readable reason when the read fails
     */
    List<SourceEvent> poll() throws SourceException;

    /** Releases resources held by the connector (not the shared HTTP client). */
    @Override
    default void close() {
    }
}
