package io.watchfloor.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.h2.engine.SysProperties;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local H2 database of one data directory ({@code <dataDir>/watchfloor.mv.db}): the audit trail,
 * the durable action outbox, the last-known state of every source and the incident history.
 *
 * <p>Several processes (the wall, a console, a CLI command) may open the same directory at the same
 * time: the first one serves the file to the others over a loopback TCP socket (H2's automatic mixed
 * mode), and when it exits another one takes over (ADR 0007). Every commit is written to the file
 * before the call returns (H2's write delay is 0, ADR 0012), so what returned survives the process
 * being killed; the process that holds the file compacts it on a thread of its own ({@link FileKeeper}).
 *
 * <p>Holds a few long-lived connections until {@link #close()}; the stores it hands out are thin,
 * thread-safe views over them. Every call of every store is <b>blocking JDBC</b>: call it from the
 * engine's or the CLI's threads, never from the JavaFX Application Thread.
 */
public final class LocalDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalDatabase.class);
    private static final String FILE_NAME = "watchfloor";
    private static final String STAGING_NAME = "watchfloor-new";
    private static final String MV_SUFFIX = ".mv.db";
    private static final Object MIGRATION_LOCK = new Object();
    private static final AtomicBoolean LISTENER_CHECKED = new AtomicBoolean();

    static {
        // H2 reads this once, when its classes load: the listener that serves the file to other processes
        // on this machine binds to loopback only, instead of every interface.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final Path dataDir;
    private final ConnectionPool pool;
    /** Writes and compacts the file while this process holds it; null when every call opens its own connection. */
    private final FileKeeper keeper;
    private final AuditStore audit;
    private final OutboxStore outbox;
    private final CacheStore cache;
    private final IncidentHistory history;

    private LocalDatabase(Path dataDir, ConnectionPool pool, FileKeeper keeper) {
        this.dataDir = dataDir;
        this.pool = pool;
        this.keeper = keeper;
        this.audit = new AuditStore(pool);
        this.outbox = new OutboxStore(pool);
        this.cache = new CacheStore(pool);
        this.history = new IncidentHistory(pool);
    }

    /**
     * Opens the database in {@code dataDir}, creating the directory (owner-only on POSIX) and the
     * database when needed, and migrating its schema to the newest version this build knows (Flyway
     * runs only when the schema history says the database is not at that version already).
     *
     * @throws StoreException naming {@code dataDir} when it cannot be created, opened or migrated
     */
    public static LocalDatabase open(Path dataDir) throws StoreException {
        return open(dataDir, true);
    }

    /**
     * As {@link #open(Path)}; with {@code holdConnections} false every call opens and closes its own
     * connection, so that a process that opens the database and never closes it (the legacy
     * {@link AuditStore#open}) lets go of the file between calls.
     */
    static LocalDatabase open(Path dataDir, boolean holdConnections) throws StoreException {
        Path dir = dataDir.toAbsolutePath().normalize();
        createDirectory(dir);
        if (!Files.exists(dir.resolve(FILE_NAME + MV_SUFFIX))) {
            create(dir);
        }
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dir.resolve(FILE_NAME)
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=10000;CACHE_SIZE=4096");
        ConnectionPool pool = new ConnectionPool(source, CrashRecovery.of(dir.resolve(FILE_NAME + MV_SUFFIX)),
                "the local database in " + dir, holdConnections);
        try {
            // The check opens the first connection, so a database that cannot be opened fails here.
            if (!SchemaVersion.isCurrent(pool)) {
                // A database of an older build: upgraded in place (H2 commits DDL one statement at a time,
                // so an upgrade killed halfway is not undone; ADR 0011), then written to the file at once.
                withMigrationLock(dir, () -> migrate(source));
                pool.durable("writing the upgraded schema to the file", c -> null);
            }
        } catch (StoreException | RuntimeException e) {
            pool.close();
            throw e;
        }
        warnUnlessLoopback();
        return new LocalDatabase(dir, pool, holdConnections ? FileKeeper.start(pool) : null);
    }

    /** The audit trail of operator actions. */
    public AuditStore audit() {
        return audit;
    }

    /** The durable outbox of operator actions waiting to reach their upstream. */
    public OutboxStore outbox() {
        return outbox;
    }

    /** The last-known state of every source. */
    public CacheStore cache() {
        return cache;
    }

    /** Incidents seen over time, for MTTA and MTTR. */
    public IncidentHistory history() {
        return history;
    }

    /** The absolute data directory. */
    public Path dataDir() {
        return dataDir;
    }

    /** Closes this process's connections; calls after this fail. Idempotent. */
    @Override
    public void close() {
        if (keeper != null) {
            keeper.close();
        }
        pool.close();
    }

    /** For tests in this package: raw SQL on the same connections. */
    ConnectionPool pool() {
        return pool;
    }

    private static void createDirectory(Path dir) throws StoreException {
        try {
            if (dir.getParent() != null) {
                Files.createDirectories(dir.getParent());
            }
            if (!Files.isDirectory(dir)) {
                if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectory(dir);
                }
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw new StoreException("cannot create data directory " + dir + ": a file is in the way", e);
            }
        } catch (IOException | SecurityException e) {
            throw new StoreException("cannot create data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the database of a new data directory as a whole or not at all: the schema is built in a
     * staging file that is closed (written and synced) and then renamed into place, so that a process
     * killed while creating leaves no half-built schema behind for the next start to trip over (H2 commits
     * DDL statement by statement and writes commits within its write delay; ADR 0011). What a killed
     * creation left in the staging file is deleted first.
     */
    private static void create(Path dir) throws StoreException {
        withMigrationLock(dir, () -> {
            Path file = dir.resolve(FILE_NAME + MV_SUFFIX);
            if (Files.exists(file)) {
                return; // another process created it while this one waited for the lock
            }
            for (String suffix : new String[] {MV_SUFFIX, ".trace.db", ".lock.db"}) {
                Files.deleteIfExists(dir.resolve(STAGING_NAME + suffix));
            }
            JdbcDataSource staging = new JdbcDataSource();
            staging.setURL("jdbc:h2:file:" + dir.resolve(STAGING_NAME));
            migrate(staging);
            try (Connection c = staging.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            Path built = dir.resolve(STAGING_NAME + MV_SUFFIX);
            try (FileChannel ch = FileChannel.open(built, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(built, file, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(dir);
        });
    }

    private static void migrate(JdbcDataSource source) {
        Flyway.configure(LocalDatabase.class.getClassLoader()).dataSource(source)
                .locations("classpath:db/migration").load().migrate();
    }

    /** Runs {@code work} holding the directory's migration lock, so that two processes never both migrate. */
    private static void withMigrationLock(Path dir, MigrationWork work) throws StoreException {
        synchronized (MIGRATION_LOCK) {
            try (FileChannel ch = FileChannel.open(dir.resolve(FILE_NAME + ".migrate.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                work.run();
            } catch (IOException e) {
                throw new StoreException("cannot create or upgrade the local database in " + dir + ": " + e, e);
            } catch (SQLException | RuntimeException e) {
                throw new StoreException("cannot open the local database in " + dir + ": "
                        + ConnectionPool.oneLine(e), e);
            }
        }
    }

    /** Makes a rename in {@code dir} durable where the platform allows syncing a directory (POSIX does). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.debug("cannot sync directory {} ({}); the rename reaches the disk with the file system", dir,
                    e.getMessage());
        }
    }

    /** What {@link #withMigrationLock} runs. */
    @FunctionalInterface
    private interface MigrationWork {
        void run() throws IOException, SQLException;
    }

    private static void warnUnlessLoopback() {
        if (LISTENER_CHECKED.getAndSet(true)) {
            return;
        }
        String bind = SysProperties.BIND_ADDRESS;
        boolean loopback;
        try {
            loopback = bind != null && InetAddress.getByName(bind).isLoopbackAddress();
        } catch (IOException e) {
            loopback = false;
        }
        if (!loopback) {
            LOG.warn("h2.bindAddress is {} (set, or H2 loaded before LocalDatabase): the listener that shares the"
                    + " local database with other processes is not limited to loopback", bind);
        }
    }
}
