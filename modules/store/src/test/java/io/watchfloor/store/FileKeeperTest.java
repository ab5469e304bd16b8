package io.watchfloor.store;

import static io.watchfloor.store.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is in the file (what a SIGKILL leaves: the file's bytes, copied while the database is open) after a
 * durable write returned, and after a plain commit and the keeper's next write.
 */
class FileKeeperTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    @TempDir
    Path dir;
    @TempDir
    Path copies;
    @TempDir
    Path logs;

    @BeforeAll
    static void loadLocalDatabaseFirst() throws ClassNotFoundException {
        // Its static initialiser keeps H2's listener on loopback; it must run before this test touches H2.
        Class.forName(LocalDatabase.class.getName());
    }

    @Test
    void everyDurableAppendIsInTheFileWhenItReturns() throws Exception {
        try (LocalDatabase db = LocalDatabase.open(dir)) {
            for (int n = 1; n <= 40; n++) {
                db.outbox().append(Samples.note("d-" + n, T0), T0.plusSeconds(n));

                assertThat(countInCopy("SELECT COUNT(*) FROM outbox", "copy-" + n)).as("after append %d", n)
                        .isEqualTo(n);
            }
        }
    }

    @Test
    void aPlainCommitReachesTheFileWithTheKeepersNextWrite() throws Exception {
        try (LocalDatabase db = LocalDatabase.open(dir)) {
            db.pool().transaction("make a table", c -> execute(c, "CREATE TABLE t (x INT)"));
            db.pool().durable("write it", c -> 0);
            db.pool().transaction("insert", c -> execute(c, "INSERT INTO t VALUES (1)"));

            long deadline = System.nanoTime() + WAIT.toNanos();
            int copy = 0;
            long inFile;
            do {
                inFile = countInCopy("SELECT COUNT(*) FROM t", "plain-" + copy++);
            } while (inFile == 0 && System.nanoTime() < deadline);
            assertThat(inFile).as("rows of t in the file within %s", WAIT).isOne();
        }
    }

    @Test
    void onlyTheProcessThatHoldsTheFileWritesIt() throws Exception {
        try (LocalDatabase mine = LocalDatabase.open(dir)) {
            boolean kept = mine.pool().transaction("keep", FileKeeper::keep);
            assertThat(kept).isTrue();
        }
        try (ChildJvm wall = ChildJvm.start(logs.resolve("serve.log"), "serve", dir.toString())) {
            assertThat(wall.nextLine(WAIT)).isEqualTo("ready");
            try (LocalDatabase console = LocalDatabase.open(dir)) {
                boolean kept = console.pool().transaction("keep", FileKeeper::keep);
                assertThat(kept).isFalse();
            }
        }
    }

    private static int execute(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /** {@code query}'s count in a copy of the file as it is now. */
    private long countInCopy(String query, String name) throws Exception {
        Path copy = Files.createDirectories(copies.resolve(name));
        Files.copy(dir.resolve("watchfloor.mv.db"), copy.resolve("watchfloor.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + copy.resolve("watchfloor") + ";IFEXISTS=TRUE");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                    || e.getErrorCode() == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1) {
                return 0;
            }
            throw e;
        }
    }
}
