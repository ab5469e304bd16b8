package io.watchfloor.store;

import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last-known state of every source, so that the board renders at once at start, marked with its
 * age, before any network call returns. One row per source, replaced by each successful read.
 *
 * <p>A row that cannot be read back (damaged, or written by an incompatible version) is skipped with a
 * WARN: the source then starts empty and fills on its first poll, and start-up goes on.
 *
 * <p>Blocking JDBC, thread-safe: call it from the engine's threads, never the FX thread. Saving
 * 10,000 alerts takes about a tenth of a second (deflated JSON, about 80 KB).
 */
public final class CacheStore {
    private static final Logger LOG = LoggerFactory.getLogger(CacheStore.class);
    /** The payload encoding this build writes and reads: deflated JSON of the event list. */
    static final int FORMAT = 1;

    private final ConnectionPool pool;

    CacheStore(ConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * Replaces what is kept for {@code source} with what one successful read produced, without saying
     * where it was read from ({@link CachedSource#endpoint()} is empty).
     *
     * @throws IllegalArgumentException when an event belongs to another source
     */
    public void save(SourceId source, SourceKind kind, Instant readAt, List<SourceEvent> events) throws StoreException {
        save(source, kind, "", readAt, events);
    }

    /**
     * Replaces what is kept for {@code source} with what one successful read of {@code endpoint}
     * produced.
     *
     * @throws IllegalArgumentException when an event belongs to another source
     */
    public void save(SourceId source, SourceKind kind, String endpoint, Instant readAt, List<SourceEvent> events)
            throws StoreException {
        CachedSource row = new CachedSource(source, kind, endpoint, readAt, events);
        for (SourceEvent e : row.events()) {
            if (!e.source().equals(source)) {
                throw new IllegalArgumentException("an event of " + e.source() + " in the cache of " + source);
            }
        }
        byte[] payload = DomainJson.SHARED.writeEvents(row.events());
        pool.transaction("save the cache of " + source, c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO source_cache (source_id, source_kind, endpoint,"
                    + " read_at, format, event_count, payload) KEY (source_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, source.value());
                ps.setString(2, kind.name());
                ps.setString(3, endpoint);
                SqlTime.set(ps, 4, readAt);
                ps.setInt(5, FORMAT);
                ps.setInt(6, row.events().size());
                ps.setBytes(7, payload);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every source's last-known state that this build can read, by source id. */
    public List<CachedSource> loadAll() throws StoreException {
        return pool.transaction("load the cache", c -> {
            List<CachedSource> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT source_id, source_kind, endpoint, read_at, format,"
                    + " payload FROM source_cache ORDER BY source_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    read(rs).ifPresent(out::add);
                }
            }
            return out;
        });
    }

    /** Drops what is kept for {@code source} (it was removed from the configuration). */
    public void forget(SourceId source) throws StoreException {
        pool.transaction("forget the cache of " + source, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM source_cache WHERE source_id = ?")) {
                ps.setString(1, source.value());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static Optional<CachedSource> read(ResultSet rs) throws SQLException {
        String id = rs.getString("source_id");
        int format = rs.getInt("format");
        if (format != FORMAT) {
            LOG.warn("cached state of source {} skipped: written by an incompatible version (format {})", id, format);
            return Optional.empty();
        }
        try {
            SourceId source = SourceId.of(id);
            SourceKind kind = SourceKind.valueOf(rs.getString("source_kind"));
            List<SourceEvent> events = DomainJson.SHARED.readEvents(rs.getBytes("payload"));
            return Optional.of(new CachedSource(source, kind, rs.getString("endpoint"), SqlTime.require(rs, "read_at"),
                    events));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cached state of source {} skipped: it cannot be read ({})", id, ConnectionPool.oneLine(e));
            return Optional.empty();
        }
    }
}
