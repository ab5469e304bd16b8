package io.watchfloor.store;

import static io.watchfloor.store.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDatabaseTest {
    @TempDir
    Path tmp;

    @Test
    void aFileInTheWayIsAOneLineErrorNamingIt() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> LocalDatabase.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot create data directory " + file).hasMessageNotContaining("\n");
    }

    @Test
    void aNewDataDirectoryIsTheOwnersOnly() throws Exception {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path dir = tmp.resolve("a/b/data");
        try (LocalDatabase db = LocalDatabase.open(dir)) {
            assertThat(db.dataDir()).isEqualTo(dir.toAbsolutePath());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
            assertThat(dir.resolve("watchfloor.mv.db")).exists();
        }
    }

    @Test
    void callsAfterCloseFailNamingTheDataDirectory() throws Exception {
        LocalDatabase db = LocalDatabase.open(tmp);
        db.close();
        db.close();
        assertThatThrownBy(() -> db.outbox().append(Samples.note("n-1", T0), T0)).isInstanceOf(StoreException.class)
                .hasMessageContaining(tmp.toString()).hasMessageContaining("closed");
    }

    @Test
    void reopeningAfterCloseFindsWhatWasCommitted() throws Exception {
        try (LocalDatabase db = LocalDatabase.open(tmp)) {
            db.outbox().append(Samples.note("n-1", T0), T0);
        }
        try (LocalDatabase db = LocalDatabase.open(tmp)) {
            assertThat(db.outbox().find("n-1")).isPresent();
        }
    }

    @Test
    void otherProcessesAreServedOnALoopbackSocketOnly() throws Exception {
        try (LocalDatabase db = LocalDatabase.open(tmp)) {
            Properties lock = new Properties();
            try (Reader r = Files.newBufferedReader(tmp.resolve("watchfloor.lock.db"))) {
                lock.load(r);
            }
            String server = lock.getProperty("server");
            assertThat(server).as("the lock file names the listener").isNotNull();
            String port = server.substring(server.lastIndexOf(':') + 1);
            List<String> listeners = listeningAddresses(Integer.parseInt(port));
            assumeTrue(!listeners.isEmpty(), "no /proc/net/tcp on this system");
            assertThat(listeners).as("local addresses listening on port " + port)
                    .allMatch(a -> a.equals("0100007F") || a.equals("0000000000000000FFFF00000100007F")
                            || a.equals("00000000000000000000000001000000"));
        }
    }

    /** Local addresses (hex, as /proc/net/tcp{,6} print them) of listening sockets on {@code port}. */
    private static List<String> listeningAddresses(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        List<String> out = new java.util.ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.isReadable(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p)) {
                String[] f = line.trim().split("\\s+");
                // sl local_address rem_address st ...; st 0A = LISTEN
                if (f.length > 3 && f[1].endsWith(":" + hexPort) && f[3].equals("0A")) {
                    out.add(f[1].substring(0, f[1].indexOf(':')));
                }
            }
        }
        return out;
    }
}
