package io.watchfloor.store;

import static io.watchfloor.store.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commits a killed process's file holds, found before H2 opens it (ADR 0016). */
class CrashRecoveryTest {
    /**
     * A file the multi-process test's wall left when it was killed right after the console's durable append:
     * both store headers name chunk c, the newer chunk d (holding the outbox row "before") sits in reused
     * space, where H2's normal opening does not look.
     */
    private static final String LOST_CHUNK = "/crash/header-names-older-chunk.mv.db";
    private static final Duration WAIT = Duration.ofSeconds(60);
    @TempDir
    Path dir;
    @TempDir
    Path logs;

    @BeforeAll
    static void listenOnLoopbackAsTheLocalDatabaseDoes() {
        // This class opens a file with H2 alone; its listener reads the bind address when H2 first loads.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    @Test
    void h2AloneOpensTheFileWithoutItsNewestCommit() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("plain"));
        copyLostChunkFile(copy);

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("watchfloor") + ";IFEXISTS=TRUE");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM OUTBOX")) {
            rs.next();
            // If this fails, H2 no longer loses the chunk: CrashRecovery may be obsolete (ADR 0016).
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void theLocalDatabaseOpensTheFileWithItsNewestCommit() throws Exception {
        copyLostChunkFile(dir);

        try (LocalDatabase db = LocalDatabase.open(dir)) {
            assertThat(db.outbox().open()).extracting(OutboxEntry::actionId).containsExactly("before");
            db.outbox().append(Samples.note("after", T0), T0.plusSeconds(1));
        }
        try (LocalDatabase db = LocalDatabase.open(dir)) {
            assertThat(db.outbox().open()).extracting(OutboxEntry::actionId).containsExactly("before", "after");
        }
    }

    @Test
    void aFileClosedCleanlyIsLeftAsItIs() throws Exception {
        try (LocalDatabase db = LocalDatabase.open(dir)) {
            db.outbox().append(Samples.note("n", T0), T0);
        }
        Path file = dir.resolve("watchfloor.mv.db");
        byte[] closed = Files.readAllBytes(file);

        assertThat(CrashRecovery.of(file).recoverIfUnclean()).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(closed);
    }

    @Test
    void aFileThisJvmHoldsIsNeverOpenedBesideH2() throws Exception {
        Path file = dir.resolve("watchfloor.mv.db");
        try (LocalDatabase db = LocalDatabase.open(dir)) {
            assertThat(CrashRecovery.heldHere(file)).isTrue();
            try (LocalDatabase second = LocalDatabase.open(dir)) {
                second.outbox().append(Samples.note("n", T0), T0);
            }
            assertThat(CrashRecovery.heldHere(file)).isTrue();
        }
        assertThat(CrashRecovery.heldHere(file)).isFalse();
    }

    @Test
    void aFileAnotherProcessHoldsIsLeftToItAndAKilledOnesFileIsRecoveredOnce() throws Exception {
        Path file = dir.resolve("watchfloor.mv.db");
        try (ChildJvm wall = ChildJvm.start(logs.resolve("serve.log"), "serve", dir.toString())) {
            assertThat(wall.nextLine(WAIT)).isEqualTo("ready");
            try (LocalDatabase console = LocalDatabase.open(dir)) {
                console.outbox().append(Samples.note("served", T0), T0);
                assertThat(CrashRecovery.heldHere(file)).isFalse();
                assertThat(CrashRecovery.of(file).recoverIfUnclean()).as("the wall holds the file").isFalse();
                console.outbox().append(Samples.note("still served", T0), T0);
            }
            wall.kill();
        }

        assertThat(CrashRecovery.of(file).recoverIfUnclean()).as("the wall was killed").isTrue();
        assertThat(CrashRecovery.of(file).recoverIfUnclean()).as("recovered once").isFalse();
        try (LocalDatabase db = LocalDatabase.open(dir)) {
            assertThat(db.outbox().open()).extracting(OutboxEntry::actionId).containsExactly("served", "still served");
        }
    }

    private static void copyLostChunkFile(Path to) throws Exception {
        try (InputStream in = CrashRecoveryTest.class.getResourceAsStream(LOST_CHUNK)) {
            Files.copy(in, to.resolve("watchfloor.mv.db"));
        }
    }
}
