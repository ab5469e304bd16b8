package io.watchfloor.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the connections to one database file so that a process that dies never costs a commit that had
 * returned (ADR 0016).
 *
 * <p>H2 2.5.252 can leave a file whose store header names the chunk <em>before</em> the newest one: when a
 * chunk goes into reused space, away from where the previous chunk predicted and not at the end of the
 * file, H2 rewrites the header while its "last chunk" is still the previous one. Until a later header names
 * the newer chunk, a process killed meanwhile leaves a file whose normal opening never reads it, and the
 * commits in it are gone. H2's recovery mode scans the whole file for the newest complete set of chunks
 * and finds them; this class runs it, and closes the store so that the header names that chunk, before
 * the first connection of a process that takes over a file left unclean (the one that held it was killed
 * or crashed). A file that was closed cleanly, or that another process holds, is left to H2.
 *
 * <p>It also keeps, for the whole JVM, which connections to the file are embedded (this process holds the
 * file): while there are any, it never opens the file itself, because on POSIX closing any descriptor of a
 * file drops every lock this process holds on it, H2's lock among them. Checking and connecting run under
 * one lock per file in this JVM, so no other connection of this JVM can open the file meanwhile.
 * Thread-safe; blocking.
 */
final class CrashRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(CrashRecovery.class);
    private static final Map<Path, Held> FILES = new ConcurrentHashMap<>();
    private static final int BLOCK = 4096;

    private final Path file;
    private final Held held;

    private CrashRecovery(Path file, Held held) {
        this.file = file;
        this.held = held;
    }

    /** The recovery of {@code mvFile} (an H2 {@code .mv.db} file), shared by every pool of this JVM. */
    static CrashRecovery of(Path mvFile) {
        Path key = mvFile.toAbsolutePath().normalize();
        return new CrashRecovery(key, FILES.computeIfAbsent(key, k -> new Held()));
    }

    /**
     * Opens a connection with {@code open}, first recovering the file if no connection of this JVM holds
     * it and the last process that held it did not close it.
     */
    Connection connect(Opening open) throws SQLException {
        synchronized (held) {
            if (held.embedded.isEmpty()) {
                recoverIfUnclean();
            }
            Connection c = open.open();
            if (isEmbedded(c)) {
                held.embedded.add(c);
            }
            return c;
        }
    }

    /**
     * Closes {@code c}, a connection {@link #connect} opened. Not under the file's lock: the connection counts as
     * holding the file until it is closed, and a file H2 closed is marked clean, so a check that runs meanwhile
     * skips recovery either way.
     */
    void close(Connection c) throws SQLException {
        try {
            c.close();
        } finally {
            held.embedded.remove(c);
        }
    }

    /**
     * Runs H2's recovery on the file if its newest valid header does not say it was closed cleanly;
     * {@code true} when it did. Does nothing when the file does not exist, or another process holds it.
     */
    boolean recoverIfUnclean() {
        Map<String, String> header;
        try {
            header = newestHeader();
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            LOG.warn("cannot read the header of {}: {}; H2 opens it as it is", file, e.getMessage());
            return false;
        }
        if (header != null && "1".equals(header.get("clean"))) {
            return false;
        }
        long started = System.nanoTime();
        MVStore store;
        try {
            // One open, in recovery mode: it takes the file's lock first, so another process either recovers
            // the file itself before this one, or finds it locked until this one has recovered it.
            store = new MVStore.Builder().fileName(file.toString()).recoveryMode().autoCommitDisabled().open();
        } catch (MVStoreException e) {
            if (e.getErrorCode() != DataUtils.ERROR_FILE_LOCKED) {
                LOG.warn("cannot recover {}: {}; H2 opens it as it is", file, e.getMessage());
            }
            return false; // locked: the process that holds it opened it and serves it
        }
        long found = store.getCurrentVersion();
        store.close();
        LOG.info("{} was not closed cleanly; recovered in {} ms: newest complete version {}, the header named {}",
                file, (System.nanoTime() - started) / 1_000_000, found,
                header == null ? "none" : DataUtils.readHexLong(header, "version", -1));
        return true;
    }

    /** The valid store header with the highest version, or null if neither copy is valid. */
    private Map<String, String> newestHeader() throws IOException {
        ByteBuffer both = ByteBuffer.allocate(2 * BLOCK);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (both.hasRemaining() && ch.read(both) >= 0) {
                // reads both copies of the header (the first two blocks), or what there is of them
            }
        }
        Map<String, String> newest = null;
        for (int at = 0; at + BLOCK <= both.position(); at += BLOCK) {
            Map<String, String> header = parse(both.array(), at);
            if (header != null && (newest == null || DataUtils.readHexLong(header, "version", 0)
                    > DataUtils.readHexLong(newest, "version", 0))) {
                newest = header;
            }
        }
        return newest;
    }

    /**
     * One copy of the header: {@code key:value,...,fletcher:checksum} up to a newline, the checksum over
     * the bytes before {@code ,fletcher:} (as H2 writes it); null when torn or not a header.
     */
    private static Map<String, String> parse(byte[] blocks, int at) {
        String text = new String(blocks, at, BLOCK, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        int sum = end < 0 ? -1 : text.lastIndexOf(",fletcher:", end);
        if (sum < 0) {
            return null;
        }
        try {
            Map<String, String> header = DataUtils.parseMap(text.substring(0, end));
            byte[] summed = text.substring(0, sum).getBytes(StandardCharsets.ISO_8859_1);
            long expected = DataUtils.readHexLong(header, "fletcher", -1);
            return (DataUtils.getFletcher32(summed, 0, summed.length) & 0xFFFFFFFFL) == expected ? header : null;
        } catch (MVStoreException e) {
            return null;
        }
    }

    private static boolean isEmbedded(Connection c) throws SQLException {
        return c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal;
    }

    /** For tests in this package: whether this JVM holds {@code mvFile} through a connection of a pool. */
    static boolean heldHere(Path mvFile) {
        Held held = FILES.get(mvFile.toAbsolutePath().normalize());
        return held != null && !held.embedded.isEmpty();
    }

    /** What opens one connection. */
    @FunctionalInterface
    interface Opening {
        Connection open() throws SQLException;
    }

    /** One file's lock in this JVM, and its embedded connections. */
    private static final class Held {
        final Set<Connection> embedded = ConcurrentHashMap.newKeySet();
    }
}
