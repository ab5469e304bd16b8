package io.watchfloor.store;

import static io.watchfloor.store.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimRaceTest {
    private static final int ENTRIES = 200;

    @Test
    void twoClaimersStartingTogetherNeverBothWin(@TempDir Path dir) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (LocalDatabase wall = LocalDatabase.open(dir); LocalDatabase console = LocalDatabase.open(dir)) {
            for (int n = 0; n < ENTRIES; n++) {
                wall.outbox().append(Samples.note("r-" + n, T0), T0);
            }
            CyclicBarrier together = new CyclicBarrier(2);
            Future<List<String>> a = threads.submit(() -> claimAll(wall.outbox(), "wall", together));
            Future<List<String>> b = threads.submit(() -> claimAll(console.outbox(), "console", together));
            List<String> wallWon = a.get(60, TimeUnit.SECONDS);
            List<String> consoleWon = b.get(60, TimeUnit.SECONDS);

            assertThat(wallWon).doesNotContainAnyElementsOf(consoleWon);
            assertThat(wallWon.size() + consoleWon.size()).isEqualTo(ENTRIES);
            for (OutboxEntry e : wall.outbox().open()) {
                assertThat(e.attempts()).as(e.actionId()).isOne();
                assertThat(e.owner()).contains(wallWon.contains(e.actionId()) ? "wall" : "console");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Claims every entry, each one at the same moment as the other claimer (the barrier). */
    private static List<String> claimAll(OutboxStore outbox, String owner, CyclicBarrier together) throws Exception {
        Instant now = T0.plusSeconds(1);
        List<String> won = new ArrayList<>();
        for (int n = 0; n < ENTRIES; n++) {
            together.await(30, TimeUnit.SECONDS);
            if (outbox.claim("r-" + n, owner, now, now.plusSeconds(60))) {
                won.add("r-" + n);
            }
        }
        return won;
    }
}
