package io.watchfloor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a process killed the moment after {@link LocalDatabase#open} returned would leave on disk: the
 * file's bytes then, copied while this process still holds the database (a SIGKILL loses nothing the
 * kernel already has), must open as a whole schema, never as a half-built one.
 */
class CrashSafeSchemaTest {
    @TempDir
    Path dir;
    @TempDir
    Path copy;

    @BeforeAll
    static void loadLocalDatabaseFirst() throws ClassNotFoundException {
        // Its static initialiser keeps H2's listener on loopback; it must run before this test touches H2.
        Class.forName(LocalDatabase.class.getName());
    }

    @Test
    void aNewDatabaseIsOnDiskWholeWhenOpenReturns() throws Exception {
        try (LocalDatabase db = LocalDatabase.open(dir)) {
            Files.copy(dir.resolve("watchfloor.mv.db"), copy.resolve("watchfloor.mv.db"));

            assertThat(appliedMigrations(copy)).isEqualTo("1,2,3,4");
            assertThat(db.outbox().openCount()).isZero();
        }
        assertThat(dir.resolve("watchfloor-new.mv.db")).doesNotExist();
    }

    @Test
    void anUpgradedDatabaseIsOnDiskWholeWhenOpenReturns() throws Exception {
        Flyway.configure().dataSource(dataSource(dir, "watchfloor")).locations("classpath:db/migration").target("2")
                .load().migrate();

        try (LocalDatabase db = LocalDatabase.open(dir)) {
            Files.copy(dir.resolve("watchfloor.mv.db"), copy.resolve("watchfloor.mv.db"));

            assertThat(appliedMigrations(copy)).isEqualTo("1,2,3,4");
        }
    }

    @Test
    void whatAKilledCreationLeftBehindIsDiscardedAndTheDatabaseBuiltAgain() throws Exception {
        // A creation killed inside V3: V1 and V2 recorded, V3's table made, its history row never written.
        JdbcDataSource staging = dataSource(dir, "watchfloor-new");
        Flyway.configure().dataSource(staging).locations("classpath:db/migration").target("2").load().migrate();
        try (Connection c = staging.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE source_cache (source_id VARCHAR(64) PRIMARY KEY)");
            s.execute("SHUTDOWN");
        }
        Files.writeString(dir.resolve("watchfloor-new.trace.db"), "left by the killed process");

        try (LocalDatabase db = LocalDatabase.open(dir)) {
            db.outbox().append(Samples.note("after-restart", Samples.T0), Samples.T0);
            assertThat(db.outbox().openCount()).isOne();
        }
        assertThat(appliedMigrations(dir)).isEqualTo("1,2,3,4");
        assertThat(dir.resolve("watchfloor-new.mv.db")).doesNotExist();
        assertThat(dir.resolve("watchfloor-new.trace.db")).doesNotExist();
    }

    /** The versions Flyway recorded as applied, read without migrating anything. */
    private static String appliedMigrations(Path directory) throws Exception {
        JdbcDataSource ds = dataSource(directory, "watchfloor");
        ds.setURL(ds.getURL() + ";IFEXISTS=TRUE");
        StringBuilder out = new StringBuilder();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                     + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                out.append(out.length() == 0 ? "" : ",").append(rs.getString(1));
            }
        }
        return out.toString();
    }

    private static JdbcDataSource dataSource(Path directory, String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + directory.toAbsolutePath().resolve(name));
        return ds;
    }
}
