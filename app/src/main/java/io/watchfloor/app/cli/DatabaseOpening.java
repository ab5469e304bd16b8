package io.watchfloor.app.cli;

import io.watchfloor.store.CachedSource;
import io.watchfloor.store.LocalDatabase;
import io.watchfloor.store.StoreException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local database of a session being opened, and its cache read, on a thread of its own ({@code wf-start-db}),
 * started before the config is loaded: at a cold start that overlaps H2's start and the cache read with the YAML
 * parse and the engine's construction on the main thread. A database that cannot be opened or a cache that cannot
 * be read is logged once and becomes an empty result, as when opened on the main thread. Created, waited on and
 * closed by the main thread.
 */
final class DatabaseOpening implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOpening.class);

    /** What the thread found: the database (empty when it cannot be opened) and its cached reads. */
    record Opened(Optional<LocalDatabase> database, List<CachedSource> cached) {
        Opened {
            cached = List.copyOf(cached);
        }
    }

    private final CompletableFuture<Opened> opened = new CompletableFuture<>();

    private DatabaseOpening(Path dataDir) {
        Thread t = new Thread(() -> {
            try {
                opened.complete(open(dataDir));
            } catch (Throwable e) { // a thread boundary: the main thread rethrows it from await()
                opened.completeExceptionally(e);
            }
        }, "wf-start-db");
        t.setDaemon(true);
        t.start();
    }

    /** Starts opening the database in {@code dataDir} and reading its cache; returns at once. */
    static DatabaseOpening start(Path dataDir) {
        return new DatabaseOpening(dataDir);
    }

    private static Opened open(Path dataDir) {
        LocalDatabase db;
        try {
            db = LocalDatabase.open(dataDir);
        } catch (StoreException | RuntimeException e) {
            LOG.warn("running without the local database: {}", e.getMessage());
            return new Opened(Optional.empty(), List.of());
        }
        try {
            return new Opened(Optional.of(db), db.cache().loadAll());
        } catch (StoreException | RuntimeException e) {
            LOG.warn("cannot read the local cache: {}", e.getMessage());
            return new Opened(Optional.of(db), List.of());
        }
    }

    /**
     * Waits for the database and the cache read. Blocking: main thread only. The result stays referenced by this
     * object: a caller that keeps the cached reads no longer than it needs them drops this object too.
     */
    Opened await() {
        return opened.join();
    }

    /** Waits for the opening to end and closes the database, for a session that failed to open. */
    @Override
    public void close() {
        await().database().ifPresent(LocalDatabase::close);
    }
}
