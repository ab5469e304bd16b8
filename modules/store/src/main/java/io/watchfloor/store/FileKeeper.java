package io.watchfloor.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compaction H2's background writer did, on a thread of its own ({@code wf-db-keeper}), so that H2's
 * writer can stay off (ADR 0012: with it on, a durable write could return before its chunk was in the
 * file): in the process that holds the file (the others reach it over H2's socket and skip), every ten
 * seconds it rewrites chunks that are mostly dead, so that the file stays near the size of what it holds,
 * and commits whatever is unsaved (with the write delay at 0 H2 commits the store at each transaction's
 * end, so that is normally nothing). Each write is synchronous, under H2's store lock.
 */
final class FileKeeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FileKeeper.class);
    static final Duration EVERY = Duration.ofSeconds(10);
    /** Rewrite when the chunks' live share is below this (percent), as H2's housekeeping does when busy. */
    private static final int TARGET_FILL_RATE = 45;
    private static final int COMPACT_WRITE_LIMIT = 4 * 1024 * 1024;

    private final ConnectionPool pool;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wf-db-keeper");
        t.setDaemon(true);
        return t;
    });
    private boolean failing;

    private FileKeeper(ConnectionPool pool) {
        this.pool = pool;
    }

    /** Starts keeping the file of {@code pool}'s database. */
    static FileKeeper start(ConnectionPool pool) {
        FileKeeper keeper = new FileKeeper(pool);
        keeper.thread.scheduleWithFixedDelay(keeper::tick, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return keeper;
    }

    private void tick() {
        try {
            pool.transaction("compact the file", FileKeeper::keep);
            if (failing) {
                LOG.info("{}: compacting the file again", pool.where());
                failing = false;
            }
        } catch (StoreException | RuntimeException e) {
            if (!failing) {
                LOG.warn("{}: cannot compact the file: {}; trying again every {} s", pool.where(), e.getMessage(),
                        EVERY.toSeconds());
                failing = true;
            }
        }
    }

    /**
     * Compacts the file and commits what is unsaved, if this process holds it; {@code false} when another
     * process serves it. Package-private for tests.
     */
    static boolean keep(Connection c) throws SQLException {
        Session session = c.unwrap(JdbcConnection.class).getSession();
        if (!(session instanceof SessionLocal)) {
            return false;
        }
        Store store = ((SessionLocal) session).getDatabase().getStore();
        if (store == null) {
            return false;
        }
        MVStore file = store.getMvStore();
        file.compact(TARGET_FILL_RATE, COMPACT_WRITE_LIMIT);
        file.commit();
        return true;
    }

    /** Stops the thread; a tick under way finishes first (bounded). */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("{}: the file keeper did not stop within 5 s", pool.where());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
