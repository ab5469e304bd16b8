package io.watchfloor.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.Service;
import io.watchfloor.core.SourceId;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import io.watchfloor.store.IncidentRecord;
import io.watchfloor.store.LocalDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void theHistoryGetsThatManyIncidentsSpreadOverTheWindowMostlyAcknowledgedAndResolved() throws Exception {
        List<Service> services;
        try (Simulator sim = Simulator.start(SimulatorOptions.defaults())) {
            services = sim.estate().services();
        }
        Path dir = tmp.resolve("data");

        int count = DataDirectory.addHistory(dir, 3_000, services, SourceId.of("snow"), NOW, Duration.ofDays(7));

        assertThat(count).isEqualTo(3_000);
        try (LocalDatabase db = LocalDatabase.open(dir)) {
            List<IncidentRecord> week = db.history().since(NOW.minus(Duration.ofDays(7)));
            assertThat(week).hasSize(3_000);
            assertThat(week.get(0).openedAt()).isAfterOrEqualTo(NOW.minus(Duration.ofDays(7)));
            assertThat(week).allMatch(r -> r.openedAt().isBefore(NOW) && r.source().value().equals("snow"));
            assertThat(week.stream().filter(r -> r.acknowledgedAt().isPresent()).count()).isBetween(2_700L, 2_950L);
            assertThat(week.stream().filter(r -> r.resolvedAt().isPresent()).count()).isBetween(2_500L, 2_800L);
            assertThat(week).allMatch(r -> r.resolvedAt().filter(t -> t.isAfter(NOW)).isEmpty());
        }
    }

    @Test
    void aCopyLeavesOutLockFilesAndReplacesWhatWasThere() throws Exception {
        Path from = Files.createDirectories(tmp.resolve("from/sub"));
        Files.writeString(from.resolve("x.mv.db"), "db");
        Files.writeString(from.getParent().resolve("watchfloor.mv.db"), "main");
        Files.writeString(from.getParent().resolve("watchfloor.lock.db"), "lock");
        Path to = Files.createDirectories(tmp.resolve("to"));
        Files.writeString(to.resolve("stale.mv.db"), "old");

        DataDirectory.copy(from.getParent(), to);

        assertThat(to.resolve("watchfloor.mv.db")).hasContent("main");
        assertThat(to.resolve("sub/x.mv.db")).hasContent("db");
        assertThat(to.resolve("watchfloor.lock.db")).doesNotExist();
        assertThat(to.resolve("stale.mv.db")).doesNotExist();

        DataDirectory.delete(to);
        assertThat(to).doesNotExist();
    }
}
