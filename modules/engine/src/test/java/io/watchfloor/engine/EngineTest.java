package io.watchfloor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineTest {
    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private Engine engine;

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    private static Alert critical(SourceId source, String fp) {
        return new Alert(source, fp, "CheckoutErrorRate", Map.of(), "errors", Severity.CRITICAL, "checkout",
                T0, Optional.empty(), AlertState.FIRING, List.of(), Optional.empty());
    }

    private Engine engine(ScriptedConnector... connectors) {
        List<PolledSource> sources = java.util.Arrays.stream(connectors)
                .map(c -> new PolledSource(c, Duration.ofMillis(50))).toList();
        engine = new Engine(sources, List.of(), clock, Duration.ofMillis(50));
        return engine;
    }

    @Test
    void boardShowsWhatTheSourceReportsAfterTheFirstRead() throws Exception {
        ScriptedConnector am = new ScriptedConnector("am")
                .then(id -> List.of(new SourceEvent.AlertsObserved(id, T0, List.of(critical(id, "f1")))));
        engine(am).start();

        BoardState s = engine.awaitFirstRead(Duration.ofSeconds(5));

        assertThat(s.firingCounts().get(Severity.CRITICAL)).isEqualTo(1);
        assertThat(s.health(am.id()).orElseThrow().lastSuccess()).contains(T0);
    }

    @Test
    void failingSourceBecomesVisibleStateAndKeepsBeingPolled() throws Exception {
        ScriptedConnector am = new ScriptedConnector("am")
                .then(id -> List.of(new SourceEvent.AlertsObserved(id, T0, List.of(critical(id, "f1")))))
                .then(id -> {
                    throw new SourceException(SourceException.Kind.UNREACHABLE, "connection refused");
                });
        engine(am).start();

        await().atMost(Duration.ofSeconds(5)).until(() ->
                engine.feed().current().health(am.id()).orElseThrow().lastError().isPresent());
        BoardState s = engine.feed().current();
        assertThat(s.health(am.id()).orElseThrow().lastError()).contains("connection refused");
        assertThat(s.firingCounts().get(Severity.CRITICAL)).as("last known data kept").isEqualTo(1);
        int polls = am.polls.get();
        await().atMost(Duration.ofSeconds(5)).until(() -> am.polls.get() > polls + 2);
    }

    @Test
    void connectorBugDoesNotKillItsPollerOrTheOtherSources() throws Exception {
        ScriptedConnector broken = new ScriptedConnector("broken").then(id -> {
            throw new IllegalStateException("boom");
        });
        ScriptedConnector good = new ScriptedConnector("good")
                .then(id -> List.of(new SourceEvent.AlertsObserved(id, T0, List.of(critical(id, "f1")))));
        engine(broken, good).start();

        BoardState s = engine.awaitFirstRead(Duration.ofSeconds(5));

        assertThat(s.health(broken.id()).orElseThrow().lastError().orElseThrow()).contains("boom");
        assertThat(s.firingCounts().get(Severity.CRITICAL)).isEqualTo(1);
        int polls = broken.polls.get();
        await().atMost(Duration.ofSeconds(5)).until(() -> broken.polls.get() > polls);
    }

    @Test
    void retryAfterLongerThanThePollIntervalIsHonoured() throws Exception {
        ScriptedConnector am = new ScriptedConnector("am").then(id -> {
            throw new SourceException(SourceException.Kind.RATE_LIMITED, "HTTP 429", 429,
                    Optional.of(Duration.ofSeconds(30)), null);
        });
        engine(am).start();
        engine.awaitFirstRead(Duration.ofSeconds(5));

        // At a 50 ms interval there would be a dozen polls in the next 600 ms; Retry-After: 30 allows none.
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2)).until(() -> am.polls.get() == 1);
    }

    @Test
    void listenersGetTheNewestSnapshotAndPulsesMoveTimeOn() throws Exception {
        ScriptedConnector am = new ScriptedConnector("am");
        engine(am);
        List<BoardState> seen = new CopyOnWriteArrayList<>();
        engine.feed().subscribe(seen::add);
        engine.start();
        engine.awaitFirstRead(Duration.ofSeconds(5));
        clock.advance(Duration.ofMinutes(1));

        await().atMost(Duration.ofSeconds(5)).until(() -> engine.feed().current().asOf().equals(T0.plusSeconds(60)));
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(seen.size() - 1).version()).isGreaterThanOrEqualTo(seen.get(0).version());
    }

    @Test
    void closeStopsPollingAndClosesConnectors() throws Exception {
        ScriptedConnector am = new ScriptedConnector("am");
        engine(am).start();
        engine.awaitFirstRead(Duration.ofSeconds(5));
        engine.close();
        int polls = am.polls.get();

        assertThat(am.closed).isTrue();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> am.polls.get() == polls);
    }
}
