package io.watchfloor.bench.probe;

import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.Engines;
import io.watchfloor.engine.config.ConfigLoader;
import io.watchfloor.engine.config.WatchfloorConfig;
import io.watchfloor.engine.outbox.Backoff;
import io.watchfloor.engine.outbox.OutboxDispatcher;
import io.watchfloor.store.CachedSource;
import io.watchfloor.store.LocalDatabase;
import io.watchfloor.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;

/**
 * What {@code watchfloor wall --config FILE --data-dir DIR} does around its windows ({@code WallCommand},
 * {@code BoardSession} and {@code DatabaseOpening} of the app, which are not public), in the same order and on the
 * same threads: while the JavaFX toolkit starts (the caller starts it first, {@code FxLauncher.startToolkit}) the
 * local database is opened and its cache read on one thread and the shared HTTP client built on another, while
 * this one loads and validates the config and builds the engine ({@link #open}); the caller then has the windows
 * built on the FX thread ({@code WallWindows.prepare}) while the cached board goes on the engine, which publishes
 * it, and the cache writer and metrics are set up ({@link #restore}); it shows them. Two pulses after they are shown
 * ({@link #startReading}): polling, the pulse, the metrics, and the outbox dispatcher that sends what is still
 * queued. The same settings as the app (cache saved at most every 5 s, metrics every minute, 4 send lanes, 500 ms
 * tick). Main thread of a probe.
 */
final class WallStart implements AutoCloseable {
    private static final Duration CACHE_EVERY = Duration.ofSeconds(5);
    private static final Duration METRICS_EVERY = Duration.ofMinutes(1);
    private static final int OUTBOX_LANES = 4;

    final Clock clock = Clock.systemDefaultZone();
    final Engine engine;
    final WallConfig wall;
    /** The database being opened and its cache read; after {@link #restore} the database alone, as the app keeps it. */
    private CompletableFuture<Opened> opening;
    private LocalDatabase db;
    private OutboxDispatcher dispatcher;
    /** Firing alerts on the board once the cache was restored, before any source was read. */
    long restoredFiring;

    private WallStart(Path configFile, Path dataDir) throws Exception {
        opening = CompletableFuture.supplyAsync(() -> openDatabase(dataDir),
                work -> daemon("wf-start-db", work));
        CompletableFuture<OkHttpClient> http = CompletableFuture.supplyAsync(Connectors::sharedClient,
                work -> daemon("wf-start-http", work));
        WatchfloorConfig config = ConfigLoader.load(configFile);
        wall = WallConfig.parse(config.wall(), configFile.toString());
        engine = Engines.fromConfig(config, http.join(), clock, name -> Optional.ofNullable(System.getenv(name)));
    }

    /**
     * Puts the cached board on the engine (it publishes it) once the database is open; nothing polls yet. Like the
     * app's {@code BoardSession.restore}, it keeps no reference to the cached reads once the engine has them.
     */
    void restore() {
        Opened opened = opening.join();
        opening = CompletableFuture.completedFuture(new Opened(opened.db(), List.of()));
        db = opened.db();
        engine.restore(opened.cached());
        restoredFiring = engine.feed().current().alerts().stream().filter(a -> a.firing()).count();
        engine.persistTo(db.cache(), db.history(), CACHE_EVERY);
        engine.metricsFrom(db.history(), METRICS_EVERY);
    }

    private record Opened(LocalDatabase db, List<CachedSource> cached) {
    }

    private static Opened openDatabase(Path dataDir) {
        try {
            LocalDatabase db = LocalDatabase.open(dataDir);
            return new Opened(db, db.cache().loadAll());
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    /**
     * The config in {@code configFile} read and the engine built; the database in {@code dataDir} is being opened
     * and its cache read on a thread of its own.
     */
    static WallStart open(Path configFile, Path dataDir) throws Exception {
        return new WallStart(configFile, dataDir);
    }

    /** What the wall starts once its windows are open: polling, pulse, metrics, the outbox dispatcher. */
    void startReading() throws StoreException {
        engine.start();
        dispatcher = new OutboxDispatcher(db.outbox(), engine.actionConnectors(), engine, db.audit(), clock,
                Backoff.standard(), OUTBOX_LANES, Duration.ofMillis(500));
        dispatcher.start();
    }

    @Override
    public void close() {
        if (dispatcher != null) {
            dispatcher.close();
        }
        engine.close();
        opening.join().db().close();
    }
}
