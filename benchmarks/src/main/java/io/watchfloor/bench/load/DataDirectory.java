package io.watchfloor.bench.load;

import io.watchfloor.connectors.Connectors;
import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Service;
import io.watchfloor.core.SourceId;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.Engines;
import io.watchfloor.engine.config.WatchfloorConfig;
import io.watchfloor.store.IncidentHistory;
import io.watchfloor.store.LocalDatabase;
import io.watchfloor.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;

/**
 * Data directories (the app's {@code --data-dir}) prepared for a benchmark: a cache written by a real first run
 * against a simulator, an incident history of a given size, copies and removal. Stateless; blocking IO, suite's
 * main thread.
 */
public final class DataDirectory {
    /** Incidents per history transaction while filling it. */
    private static final int BATCH = 2_000;

    private DataDirectory() {
    }

    /**
     * Runs the engine of {@code config} once against its sources, as the wall does on its first start, until the
     * local cache in {@code dir} holds the first successful read of every source; then closes it, so that the
     * directory holds what a previous run left behind (same source ids, kinds and endpoints).
     *
     * @return the board of that first read
     * @throws IOException when a source could not be read or the cache was not written within {@code timeout}
     */
    public static BoardState fillCache(Path dir, WatchfloorConfig config, Duration timeout)
            throws IOException, InterruptedException, StoreException {
        OkHttpClient http = Connectors.sharedClient();
        try (LocalDatabase db = LocalDatabase.open(dir);
             Engine engine = Engines.fromConfig(config, http, Clock.systemUTC(), name -> Optional.empty())) {
            engine.persistTo(db.cache(), db.history(), Duration.ofMillis(200));
            engine.start();
            BoardState board = engine.awaitFirstRead(timeout);
            if (board.sources().stream().anyMatch(h -> h.lastSuccess().isEmpty())) {
                throw new IOException("the first run could not read every source: " + board.sources());
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            while (db.cache().loadAll().size() < config.sources().size()) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("the cache in " + dir + " did not get every source within " + timeout);
                }
                TimeUnit.MILLISECONDS.sleep(500);
            }
            return board;
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /**
     * Adds {@code n} incidents of {@code desk} to the incident history in {@code dir}, opened evenly over the
     * {@code spread} before {@code now} on {@code services} in turn: 95 % acknowledged 2-30 minutes after opening,
     * 90 % resolved within 8 hours (those still open in the last hours stay open), priorities P1 5 %, P2 15 %,
     * P3 50 %, P4 25 %, P5 5 %. Seeded: the same history every time.
     *
     * @return how many incidents the history holds afterwards
     */
    public static int addHistory(Path dir, int n, List<Service> services, SourceId desk, Instant now, Duration spread)
            throws StoreException {
        SplittableRandom random = new SplittableRandom(4);
        try (LocalDatabase db = LocalDatabase.open(dir)) {
            IncidentHistory history = db.history();
            List<Incident> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < n; i++) {
                Instant opened = now.minusMillis(spread.toMillis() * (n - i) / n);
                batch.add(incident(desk, i, services.get(i % services.size()).name(), opened, now, random));
                if (batch.size() == BATCH || i == n - 1) {
                    history.observe(batch, now);
                    batch.clear();
                }
            }
            return history.count();
        }
    }

    private static Incident incident(SourceId desk, int i, String service, Instant opened, Instant now,
                                     SplittableRandom random) {
        int p = random.nextInt(100);
        Priority priority = p < 5 ? Priority.P1 : p < 20 ? Priority.P2 : p < 70 ? Priority.P3 : p < 95 ? Priority.P4
                : Priority.P5;
        Optional<Acknowledgement> ack = random.nextInt(100) < 95
                ? Optional.of(new Acknowledgement("operator" + random.nextInt(40), opened.plusSeconds(
                        120 + random.nextInt(28 * 60)), Optional.empty(), "journal"))
                : Optional.empty();
        Instant resolving = opened.plusSeconds(1800 + random.nextInt(7 * 3600));
        Optional<Instant> resolved = random.nextInt(100) < 90 && resolving.isBefore(now) ? Optional.of(resolving)
                : Optional.empty();
        String id = String.format(Locale.ROOT, "%032x", 0x5eed0000L + i);
        return new Incident(desk, id, String.format(Locale.ROOT, "INC%07d", 1_000_000 + i),
                "History incident " + i + " on " + service, service, priority,
                resolved.isPresent() ? IncidentState.RESOLVED : IncidentState.IN_PROGRESS, Optional.empty(),
                Optional.of("Network Operations"), 0, opened, resolved.orElse(opened), resolved, List.of(), List.of(),
                ack, List.of());
    }

    /** Copies {@code from} (a closed data directory) to a new {@code to}, lock and trace files left out. */
    public static void copy(Path from, Path to) throws IOException {
        delete(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".lock.db") || name.endsWith(".trace.db")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Removes {@code dir} and everything in it, if it exists. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
