package io.watchfloor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Freshness;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.store.CachedSource;
import io.watchfloor.store.LocalDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local cache seen from the engine: what a run read is saved off the poll threads, and the next
 * run shows it before any source answers, with the age it really has.
 */
class EngineCacheTest {
    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private Engine engine;
    private LocalDatabase db;

    @TempDir
    Path dataDir;

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private static Alert critical(SourceId source, String fp) {
        return new Alert(source, fp, "CheckoutErrorRate", Map.of("alertname", "CheckoutErrorRate"), "errors",
                Severity.CRITICAL, "checkout", T0, Optional.empty(), AlertState.FIRING, List.of(), Optional.empty());
    }

    private Engine engine(ScriptedConnector c) {
        engine = new Engine(List.of(new PolledSource(c, Duration.ofSeconds(2))), List.of(), clock, Duration.ofMillis(50));
        return engine;
    }

    @Test
    void aRestartShowsTheCachedBoardBeforeTheSourceAnswersMarkedWithItsAge() throws Exception {
        db = LocalDatabase.open(dataDir);
        ScriptedConnector first = new ScriptedConnector("am")
                .then(id -> List.of(new SourceEvent.AlertsObserved(id, T0, List.of(critical(id, "f1"), critical(id, "f2")))));
        engine(first).persistTo(db.cache(), db.history(), Duration.ofMillis(20));
        engine.start();
        engine.awaitFirstRead(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(5)).until(() -> db.cache().loadAll().size() == 1);
        engine.close();

        clock.advance(Duration.ofSeconds(600));
        CountDownLatch answer = new CountDownLatch(1);
        ScriptedConnector slow = new ScriptedConnector("am").then(id -> {
            try {
                answer.await(5, TimeUnit.SECONDS); // the source does not answer while we look
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new SourceException(SourceException.Kind.UNREACHABLE, "connection refused");
        });
        engine(slow).restore(db.cache().loadAll());
        engine.start();

        BoardState board = engine.feed().current();
        assertThat(board.alerts()).extracting(Alert::fingerprint).containsExactlyInAnyOrder("f1", "f2");
        assertThat(board.health(slow.id()).orElseThrow().age(clock.instant())).contains(Duration.ofSeconds(600));
        assertThat(board.health(slow.id()).orElseThrow().freshness(clock.instant())).isEqualTo(Freshness.STALE);
        answer.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> engine.feed().current().health(slow.id()).orElseThrow()
                .failingSince().isPresent());
        assertThat(engine.feed().current().alerts()).as("cached data stays while the source is down").hasSize(2);
    }

    @Test
    void aCachedSourceConfiguredElsewhereNowIsNotRestored() {
        ScriptedConnector am = new ScriptedConnector("am");
        CachedSource elsewhere = new CachedSource(am.id(), SourceKind.ALERTMANAGER, "http://old-host:9093", T0,
                List.of(new SourceEvent.AlertsObserved(am.id(), T0, List.of(critical(am.id(), "f1")))));
        CachedSource otherKind = new CachedSource(am.id(), SourceKind.PROMETHEUS, am.endpoint(), T0,
                List.of(new SourceEvent.AlertsObserved(am.id(), T0, List.of(critical(am.id(), "f1")))));

        engine(am).restore(List.of(elsewhere, otherKind));

        assertThat(engine.feed().current().alerts()).isEmpty();
        assertThat(engine.feed().current().health(am.id()).orElseThrow().lastSuccess()).isEmpty();
    }
}
