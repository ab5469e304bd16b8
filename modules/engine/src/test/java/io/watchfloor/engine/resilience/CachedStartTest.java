package io.watchfloor.engine.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Freshness;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceId;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.MutableClock;
import io.watchfloor.engine.PolledSource;
import io.watchfloor.engine.ScriptedConnector;
import io.watchfloor.store.LocalDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart with the source down: the board shows the cached state at once, with its age, never as fresh. */
class CachedStartTest {
    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");
    private static final Duration POLL = Duration.ofSeconds(30);
    private final MutableClock clock = new MutableClock(T0);

    @TempDir
    Path dataDir;
    private LocalDatabase db;
    private Engine engine;

    @BeforeEach
    void open() throws Exception {
        db = LocalDatabase.open(dataDir);
    }

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
        db.close();
    }

    private static Alert alert(SourceId src) {
        return new Alert(src, "f1", "CheckoutErrorRateHigh", Map.of("alertname", "CheckoutErrorRateHigh"), "errors",
                Severity.CRITICAL, "checkout", T0, Optional.empty(), AlertState.FIRING, List.of(), Optional.empty());
    }

    /** A first run reads the source once and saves it to the cache (the writer drains on close). */
    private void firstRunReads() throws Exception {
        ScriptedConnector am = new ScriptedConnector("am").then(id -> List.of(new SourceEvent.AlertsObserved(id,
                clock.instant(), List.of(alert(id)))));
        try (Engine first = new Engine(List.of(new PolledSource(am, POLL)), List.of(), clock, Duration.ofMillis(50))) {
            first.persistTo(db.cache(), db.history(), Duration.ofMillis(20));
            first.start();
            first.awaitFirstRead(Duration.ofSeconds(5));
            await().atMost(Duration.ofSeconds(5)).until(() -> !db.cache().loadAll().isEmpty());
        }
    }

    @Test
    void theCachedBoardShowsBeforeAnyReadWithItsAgeAndStaysWhileTheSourceIsDown() throws Exception {
        firstRunReads();
        clock.advance(Duration.ofMinutes(10));
        ScriptedConnector down = new ScriptedConnector("am").then(id -> {
            throw new SourceException(SourceException.Kind.UNREACHABLE, "cannot connect for GET /api/v2/alerts");
        });
        engine = new Engine(List.of(new PolledSource(down, POLL)), List.of(), clock, Duration.ofMillis(50));

        engine.restore(db.cache().loadAll());

        BoardState cached = engine.feed().current();
        assertThat(down.polls.get()).as("before any read").isZero();
        assertThat(cached.alerts()).extracting(Alert::fingerprint).containsExactly("f1");
        SourceHealth h = cached.health(down.id()).orElseThrow();
        assertThat(h.lastSuccess()).contains(T0);
        assertThat(h.age(cached.asOf())).contains(Duration.ofMinutes(10));
        assertThat(h.freshness(cached.asOf())).isEqualTo(Freshness.STALE);

        engine.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> engine.feed().current().health(down.id()).orElseThrow()
                .consecutiveFailures() > 0);
        BoardState failing = engine.feed().current();
        assertThat(failing.alerts()).extracting(Alert::fingerprint).as("last known data kept").containsExactly("f1");
        SourceHealth now = failing.health(down.id()).orElseThrow();
        assertThat(now.freshness(failing.asOf())).isEqualTo(Freshness.STALE);
        assertThat(now.lastError()).contains("cannot connect for GET /api/v2/alerts");
        assertThat(now.failingSince()).contains(T0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void aSourceConfiguredDifferentlySinceIsNotRestored() throws Exception {
        firstRunReads();
        ScriptedConnector renamed = new ScriptedConnector("am2");
        engine = new Engine(List.of(new PolledSource(renamed, POLL)), List.of(), clock, Duration.ofMillis(50));

        engine.restore(db.cache().loadAll());

        assertThat(engine.feed().current().alerts()).isEmpty();
        assertThat(engine.feed().current().health(renamed.id()).orElseThrow().lastSuccess()).isEmpty();
    }
}
