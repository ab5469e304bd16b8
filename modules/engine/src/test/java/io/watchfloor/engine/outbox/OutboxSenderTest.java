package io.watchfloor.engine.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.connectors.ActionContext;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.TargetRef;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.MutableClock;
import io.watchfloor.engine.PolledSource;
import io.watchfloor.engine.ScriptedConnector;
import io.watchfloor.store.LocalDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lane's batch through {@link OutboxSender#performAll}: judged against the board, then one hand-over per connector. */
class OutboxSenderTest {
    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");
    private static final Operator PRIYA = new Operator("priya", Role.LEAD);
    private final MutableClock clock = new MutableClock(T0);

    @TempDir
    Path dataDir;
    private LocalDatabase db;
    private ScriptedConnector am;
    private ScriptedConnector snow;
    private Engine engine;
    private BoardUpdates board;
    private OutboxSender sender;

    @BeforeEach
    void start() throws Exception {
        db = LocalDatabase.open(dataDir);
        am = new ScriptedConnector("am").then(id -> List.of(new SourceEvent.AlertsObserved(id, T0,
                List.of(OutboxDispatcherTest.alert(id, "a1"), OutboxDispatcherTest.alert(id, "a2")))));
        snow = new ScriptedConnector("snow").then(id -> List.of(new SourceEvent.IncidentsObserved(id, T0,
                List.of(OutboxDispatcherTest.incident(id)))));
        engine = new Engine(List.of(new PolledSource(am, Duration.ofSeconds(30)), new PolledSource(snow, Duration.ofSeconds(30))),
                List.of(), clock, Duration.ofMillis(50));
        engine.start();
        engine.awaitFirstRead(Duration.ofSeconds(10));
        board = new BoardUpdates(engine);
        sender = new OutboxSender(db.outbox(), engine.actionConnectors(), engine, board, db.audit(), clock,
                new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random(7)));
    }

    @AfterEach
    void stop() throws Exception {
        board.close();
        engine.close();
        db.close();
    }

    /** An acknowledgement of the alert with this fingerprint, taken before the board's read. */
    private static OperatorAction ack(String id, String fingerprint) {
        return new OperatorAction.Acknowledge(id, PRIYA, new TargetRef(SourceId.of("am"), TargetRef.Type.ALERT, fingerprint,
                fingerprint), T0.minusSeconds(60), Duration.ofHours(1), Optional.empty());
    }

    private OperatorAction note(String id) {
        return new OperatorAction.Annotate(id, PRIYA, TargetRef.of(engine.feed().current().incidents().get(0)),
                T0.minusSeconds(60), "restarted pod", false);
    }

    @Test
    void aBatchIsJudgedOnTheBoardThenHandedToEachConnectorInOneGo() {
        OperatorAction first = ack("b-1", "a1");
        OperatorAction retried = ack("b-2", "a2");
        OperatorAction gone = ack("b-3", "resolved-since");
        OperatorAction noted = note("b-4");

        List<OutboxSender.Tried> tried = sender.performAll(List.of(new OutboxSender.Claimed(first, 1, true),
                new OutboxSender.Claimed(gone, 1, true), new OutboxSender.Claimed(noted, 1, true),
                new OutboxSender.Claimed(retried, 2, false)), () -> true);

        assertThat(am.batches).containsExactly(List.of(first, retried));
        assertThat(snow.batches).containsExactly(List.of(noted));
        assertThat(am.contexts).extracting(ActionContext::earlierTry).as("the claim's word on each, in order")
                .containsExactly(false, true);
        assertThat(tried).extracting(t -> t.action().id()).containsExactlyInAnyOrder("b-1", "b-2", "b-3", "b-4");
        assertThat(tried).filteredOn(t -> t.action().equals(gone)).singleElement().satisfies(t ->
                assertThat(((ActionOutcome.Rejected) t.outcome()).reason()).contains("resolved upstream meanwhile"));
        assertThat(tried).filteredOn(t -> t.action().equals(retried)).extracting(OutboxSender.Tried::attempt)
                .containsExactly(2);
    }

    @Test
    void whatComesAfterTheLaneRanOutOfTimeIsNotTried() {
        OperatorAction first = ack("b-5", "a1");
        OperatorAction second = ack("b-6", "a2");
        AtomicInteger asked = new AtomicInteger();

        List<OutboxSender.Tried> tried = sender.performAll(List.of(new OutboxSender.Claimed(first, 1, true),
                new OutboxSender.Claimed(second, 1, true)), () -> asked.incrementAndGet() == 1);

        assertThat(tried).extracting(OutboxSender.Tried::action).containsExactly(first);
        assertThat(am.performed).containsExactly(first);
    }

    @Test
    void eachActionCarriesWhenTheBoardLastReadItsSource() {
        sender.performAll(List.of(new OutboxSender.Claimed(ack("b-7", "a1"), 1, true)), () -> true);

        Optional<Instant> read = engine.feed().current().health(SourceId.of("am")).flatMap(SourceHealth::lastSuccess);
        assertThat(read).as("the engine has read am once").isPresent();
        assertThat(am.contexts).extracting(ActionContext::readAt).containsExactly(read);
    }
}
