package io.watchfloor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-query check that lets a start on a current database skip Flyway. */
class SchemaVersionTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void loadLocalDatabaseFirst() throws ClassNotFoundException {
        // Its static initialiser keeps H2's listener on loopback; it must run before this test touches H2.
        Class.forName(LocalDatabase.class.getName());
    }

    @Test
    void newestIsTheNewestMigrationOnTheClasspath() {
        MigrationInfo[] pending = flyway(dir.resolve("fresh")).info().pending();

        assertThat(pending).isNotEmpty();
        assertThat(pending[pending.length - 1].getVersion().getVersion()).isEqualTo(SchemaVersion.NEWEST);
    }

    @Test
    void aNewDatabaseIsNotCurrent() throws Exception {
        try (ConnectionPool pool = pool(dir)) {
            assertThat(SchemaVersion.isCurrent(pool)).isFalse();
        }
    }

    @Test
    void aDatabaseAtAnOlderVersionIsNotCurrentAndIsMigratedOnOpen() throws Exception {
        flywayTo(dir, "3");
        try (ConnectionPool pool = pool(dir)) {
            assertThat(SchemaVersion.isCurrent(pool)).isFalse();
        }

        try (LocalDatabase db = LocalDatabase.open(dir)) {
            assertThat(SchemaVersion.isCurrent(db.pool())).isTrue();
            assertThat(db.history().since(Samples.T0)).isEmpty();
        }
    }

    @Test
    void aCurrentDatabaseOpensWithoutFlyway() throws Exception {
        LocalDatabase.open(dir).close();
        // Flyway's validation would refuse this history (the checksum no longer matches V1); the fast path never runs it.
        try (Connection c = dataSource(dir).getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '1'");
        }

        try (LocalDatabase db = LocalDatabase.open(dir)) {
            assertThat(db.cache().loadAll()).isEmpty();
        }
    }

    @Test
    void aFailedLastMigrationIsNotCurrent() throws Exception {
        LocalDatabase.open(dir).close();
        try (Connection c = dataSource(dir).getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                    + SchemaVersion.NEWEST + "'");
        }

        try (ConnectionPool pool = pool(dir)) {
            assertThat(SchemaVersion.isCurrent(pool)).isFalse();
        }
    }

    private static ConnectionPool pool(Path dir) {
        return new ConnectionPool(dataSource(dir), CrashRecovery.of(dir.resolve("watchfloor.mv.db")), "test database",
                false);
    }

    private static void flywayTo(Path dir, String version) {
        Flyway.configure().dataSource(dataSource(dir)).locations("classpath:db/migration").target(version).load()
                .migrate();
    }

    private static Flyway flyway(Path dir) {
        return Flyway.configure().dataSource(dataSource(dir)).locations("classpath:db/migration").load();
    }

    private static JdbcDataSource dataSource(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("watchfloor") + ";AUTO_SERVER=TRUE");
        return ds;
    }
}
