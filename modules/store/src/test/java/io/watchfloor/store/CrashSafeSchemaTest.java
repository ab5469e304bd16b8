package io.watchfloor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

            assertThat(appliedMigrations(copy)).isEqualTo(everyMigration());
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

            assertThat(appliedMigrations(copy)).isEqualTo(everyMigration());
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
        assertThat(appliedMigrations(dir)).isEqualTo(everyMigration());
        assertThat(dir.resolve("watchfloor-new.mv.db")).doesNotExist();
        assertThat(dir.resolve("watchfloor-new.trace.db")).doesNotExist();
    }

    @Test
    void anUpgradeKilledAfterItsStatementsButBeforeItsHistoryRowRunsAgainOnTheNextStart() throws Exception {
        // H2 commits DDL statement by statement: the worst a kill can leave is every statement of the newest
        // migration done and Flyway's row for it missing; the next start then runs the whole script again.
        int newest = Integer.parseInt(SchemaVersion.NEWEST);
        JdbcDataSource old = dataSource(dir, "watchfloor");
        Flyway flyway = Flyway.configure().dataSource(old).locations("classpath:db/migration")
                .target(Integer.toString(newest - 1)).load();
        flyway.migrate();
        String script = Flyway.configure().dataSource(old).locations("classpath:db/migration").load().info()
                .pending()[0].getScript();
        try (Connection c = old.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements(script)) {
                s.execute(statement);
            }
            s.execute("SHUTDOWN");
        }

        try (LocalDatabase db = LocalDatabase.open(dir)) {
            assertThat(db.outbox().openCount()).isZero();
        }
        assertThat(appliedMigrations(dir)).isEqualTo(everyMigration());
    }

    /** The statements of a migration script on the classpath, comments left out. */
    private static List<String> statements(String script) throws Exception {
        try (InputStream in = CrashSafeSchemaTest.class.getClassLoader()
                .getResourceAsStream("db/migration/" + script)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
            return Arrays.stream(text.split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        }
    }

    /** "1,2,...,N" up to the newest migration this build has. */
    private static String everyMigration() {
        return IntStream.rangeClosed(1, Integer.parseInt(SchemaVersion.NEWEST)).mapToObj(Integer::toString)
                .collect(Collectors.joining(","));
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
