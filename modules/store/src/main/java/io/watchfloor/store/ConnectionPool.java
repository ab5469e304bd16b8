package io.watchfloor.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few long-lived connections to the local database, lent out one unit of work at a time (or, for
 * the legacy {@link AuditStore#open}, a fresh connection per unit of work).
 *
 * <p>Each unit of work runs in its own transaction on a connection no other thread uses meanwhile,
 * and is committed before {@link #transaction} returns; {@link #durable} also writes it to the file
 * before it returns (ADR 0007). A connection the database dropped (the
 * process that served the file in automatic mixed mode went away) is discarded and the work is run
 * once more on a fresh one; every unit of work in this package is safe to repeat. Thread-safe;
 * blocking.
 */
final class ConnectionPool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPool.class);
    /**
     * Enough for the outbox's four send lanes, its loop and one more reader at once: a lane waiting for its
     * durable write to reach the file holds its connection meanwhile, and while one writes the file the
     * others' commits pile up to go with the next write.
     */
    private static final int SIZE = 6;
    private static final int ATTEMPTS = 3;
    private static final Duration BORROW_WAIT = Duration.ofSeconds(10);
    private static final Duration OPEN_WAIT = Duration.ofSeconds(10);

    private final JdbcDataSource source;
    private final CrashRecovery recovery;
    private final String where;
    private final boolean hold;
    private final LinkedBlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
    private final Set<Connection> all = ConcurrentHashMap.newKeySet();
    private final Semaphore permits = new Semaphore(SIZE, true);
    private volatile boolean closed;

    /**
     * @param source   the database
     * @param recovery how connections to its file are opened and closed
     * @param where  how messages name it: "the local database in /path"
     * @param hold   keep connections open between units of work; when false each unit opens and closes
     *               its own, so that the process lets go of the file in between (slow: milliseconds each)
     */
    ConnectionPool(JdbcDataSource source, CrashRecovery recovery, String where, boolean hold) {
        this.source = source;
        this.recovery = recovery;
        this.where = where;
        this.hold = hold;
    }

    /** How messages name the database: "the local database in /path". */
    String where() {
        return where;
    }

    /**
     * Runs {@code work} in one transaction and commits it; {@code what} names it in errors. With this
     * build's settings the commit is in the file when it returns (ADR 0012); a database served by an
     * older build writes it within its write delay: use {@link #durable} for what must not be lost.
     */
    <T> T transaction(String what, SqlWork<T> work) throws StoreException {
        return run(what, work, false);
    }

    /**
     * Runs {@code work} in one transaction, commits it and writes it to the file ({@code CHECKPOINT})
     * before returning: what returns has survived the process being killed.
     */
    <T> T durable(String what, SqlWork<T> work) throws StoreException {
        return run(what, work, true);
    }

    private <T> T run(String what, SqlWork<T> work, boolean flush) throws StoreException {
        for (int attempt = 1; ; attempt++) {
            Connection c = borrow(what);
            boolean discard = false;
            try {
                T result = work.run(c);
                c.commit();
                if (flush) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CHECKPOINT");
                    }
                }
                return result;
            } catch (SQLException e) {
                discard = broken(e);
                rollbackQuietly(c);
                if ((discard || retryable(e)) && attempt < ATTEMPTS && !closed) {
                    LOG.debug("{}: {} failed ({}), trying again", where, what, e.getMessage());
                    continue;
                }
                throw new StoreException(where + ": " + what + " failed: " + oneLine(e), e);
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                release(c, discard);
            }
        }
    }

    /** Closes every connection; work still running finishes, later calls fail. Idempotent. */
    @Override
    public void close() {
        closed = true;
        for (Connection c : all) {
            if (idle.remove(c)) {
                closeQuietly(c);
            }
        }
    }

    private Connection borrow(String what) throws StoreException {
        if (closed) {
            throw new StoreException(where + " is closed (" + what + ")");
        }
        try {
            if (!permits.tryAcquire(BORROW_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StoreException(where + ": every connection stayed busy for " + BORROW_WAIT.toSeconds()
                        + " s (" + what + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(where + ": interrupted while waiting for a connection (" + what + ")", e);
        }
        Connection c = idle.pollFirst();
        if (c != null) {
            return c;
        }
        try {
            c = open();
            all.add(c);
            return c;
        } catch (StoreException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private void release(Connection c, boolean discard) {
        if (discard || closed || !hold) {
            all.remove(c);
            closeQuietly(c);
        } else {
            idle.offerFirst(c);
        }
        permits.release();
    }

    private Connection open() throws StoreException {
        long deadline = System.nanoTime() + OPEN_WAIT.toNanos();
        while (true) {
            try {
                Connection c = recovery.connect(source::getConnection);
                c.setAutoCommit(false);
                return c;
            } catch (SQLException e) {
                // 90020: another process holds the file and is not (yet) serving it; 90067: the process
                // named in the lock file just went away. Both settle within a few seconds.
                boolean busy = e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                        || e.getErrorCode() == ErrorCode.CONNECTION_BROKEN_1;
                if (!busy || System.nanoTime() > deadline) {
                    throw new StoreException("cannot open " + where + ": " + oneLine(e), e);
                }
                LOG.debug("{} busy, trying again: {}", where, e.getMessage());
                pause();
            }
        }
    }

    private void pause() throws StoreException {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while " + where + " was busy", e);
        }
    }

    private static boolean broken(SQLException e) {
        int code = e.getErrorCode();
        String state = e.getSQLState();
        return code == ErrorCode.CONNECTION_BROKEN_1 || code == ErrorCode.DATABASE_IS_CLOSED
                || code == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN || (state != null && state.startsWith("08"));
    }

    private static boolean retryable(SQLException e) {
        int code = e.getErrorCode();
        return code == ErrorCode.CONCURRENT_UPDATE_1 || code == ErrorCode.DEADLOCK_1;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback failed: {}", e.getMessage());
        }
    }

    private void closeQuietly(Connection c) {
        try {
            recovery.close(c);
        } catch (SQLException e) {
            LOG.debug("closing a connection failed: {}", e.getMessage());
        }
    }

    /** The first line of a driver message (H2 appends the SQL statement on further lines). */
    static String oneLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
