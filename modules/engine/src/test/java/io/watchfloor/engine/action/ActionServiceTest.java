package io.watchfloor.engine.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Role;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.TargetRef;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.MutableClock;
import io.watchfloor.engine.PolledSource;
import io.watchfloor.engine.ScriptedConnector;
import io.watchfloor.store.AuditEntry;
import io.watchfloor.store.AuditStore;
import io.watchfloor.store.LocalDatabase;
import io.watchfloor.store.OutboxState;
import io.watchfloor.engine.outbox.OutboxDispatcher;
import io.watchfloor.engine.outbox.TestOutbox;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

class ActionServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final ScriptedConnector am = new ScriptedConnector("am");
    private final ScriptedConnector snow = new ScriptedConnector("snow");
    private Engine engine;
    private ActionService service;
    private AuditStore audit;

    @TempDir
    Path dataDir;
    private LocalDatabase db;
    private OutboxDispatcher dispatcher;

    @AfterEach
    void stop() {
        service.close();
        dispatcher.close();
        engine.close();
        db.close();
    }

    private static Alert critical(SourceId src) {
        return new Alert(src, "cfe73051365fe4bc", "CheckoutErrorRateHigh", Map.of("alertname", "CheckoutErrorRateHigh"),
                "errors", Severity.CRITICAL, "checkout", T0, Optional.empty(), AlertState.FIRING, List.of(), Optional.empty());
    }

    private static Incident p1(SourceId src) {
        return new Incident(src, "sys1", "INC0010044", "Checkout failing", "checkout", Priority.P1, IncidentState.NEW,
                Optional.empty(), Optional.of("Service Desk"), 0, T0, T0, Optional.empty(), List.of(), List.of());
    }

    private void start(Role role) throws Exception {
        am.then(id -> List.of(new SourceEvent.AlertsObserved(id, T0, List.of(critical(id)))));
        snow.then(id -> List.of(new SourceEvent.IncidentsObserved(id, T0, List.of(p1(id)))));
        engine = new Engine(List.of(new PolledSource(am, Duration.ofSeconds(30)), new PolledSource(snow, Duration.ofSeconds(30))),
                List.of(), clock, Duration.ofMillis(50));
        engine.start();
        engine.awaitFirstRead(Duration.ofSeconds(5));
        Operator op = new Operator("priya", role);
        db = LocalDatabase.open(dataDir);
        audit = db.audit();
        dispatcher = TestOutbox.dispatcher(db, engine, clock);
        service = new ActionService(op, new ActionRequests(op, clock, EscalationMatrix.DEFAULT, Duration.ofHours(4)),
                engine.actionConnectors(), engine, audit, dispatcher, clock);
    }

    private Alert alertOnBoard() {
        return engine.feed().current().alerts().get(0);
    }

    private Incident incidentOnBoard() {
        return engine.feed().current().incidents().get(0);
    }

    @Test
    void acceptedActionIsPendingThenAcceptedAuditedAndTheSourceIsReadAgainAtOnce() throws Exception {
        start(Role.OPERATOR);
        CountDownLatch release = new CountDownLatch(1);
        am.writeAnswer = a -> {
            waitFor(release);
            return new ActionOutcome.Accepted("silence created", Optional.of("sil-1"));
        };
        OperatorAction ack = service.requests().acknowledge(TargetRef.of(alertOnBoard()), Optional.empty());
        int polls = am.polls.get();

        var future = service.submit(ack);

        await().atMost(Duration.ofSeconds(5)).until(() -> engine.feed().current().latestAction(alertOnBoard().key())
                .map(ActionStatus::pending).orElse(false));
        assertThat(engine.feed().current().needsAttention(alertOnBoard())).as("optimistic").isFalse();
        release.countDown();
        assertThat(future.get(5, TimeUnit.SECONDS)).isInstanceOf(ActionOutcome.Accepted.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> engine.feed().current().latestAction(alertOnBoard().key())
                .map(ActionStatus::accepted).orElse(false));
        await().atMost(Duration.ofSeconds(5)).until(() -> am.polls.get() > polls);
        assertThat(audit.forTarget("am", "cfe73051365fe4bc")).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("accepted");
            assertThat(e.operator()).isEqualTo("priya");
            assertThat(e.upstreamReply()).contains("accepted: silence created");
        });
    }

    @Test
    void upstreamRefusalRollsTheOptimisticViewBackAndKeepsTheReason() throws Exception {
        start(Role.LEAD);
        snow.writeAnswer = a -> new ActionOutcome.Rejected("Data policy: close notes required", Optional.of(403));

        ActionOutcome outcome = service.submit(service.requests().resolve(TargetRef.of(incidentOnBoard()), "Solved", "x"))
                .get(5, TimeUnit.SECONDS);

        assertThat(outcome).isEqualTo(new ActionOutcome.Rejected("Data policy: close notes required", Optional.of(403)));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                engine.feed().current().latestAction(incidentOnBoard().key()).flatMap(ActionStatus::outcome)).contains(outcome));
        assertThat(audit.recent(5)).extracting(AuditEntry::outcome).containsExactly("rejected");
    }

    @Test
    void rolesAreEnforcedInTheEngineAndRefusalsAreAuditedButNeverSent() throws Exception {
        start(Role.OPERATOR);

        ActionOutcome escalate = service.submit(service.requests().escalate(incidentOnBoard(), "10 min down"))
                .get(5, TimeUnit.SECONDS);

        assertThat(escalate).isInstanceOf(ActionOutcome.Rejected.class);
        assertThat(((ActionOutcome.Rejected) escalate).reason()).isEqualTo("role operator may not escalate (needs lead)");
        assertThat(snow.performed).isEmpty();
        assertThat(audit.recent(5)).singleElement().extracting(AuditEntry::kind, AuditEntry::outcome)
                .containsExactly("escalate", "rejected");
    }

    @Test
    void viewersMayNotEvenAcknowledge() throws Exception {
        start(Role.VIEWER);
        ActionOutcome ack = service.submit(service.requests().acknowledge(TargetRef.of(alertOnBoard()), Optional.empty()))
                .get(5, TimeUnit.SECONDS);
        assertThat(ack).isInstanceOf(ActionOutcome.Rejected.class);
        assertThat(am.performed).isEmpty();
    }

    @Test
    void anActionInSomeoneElsesNameIsRefused() throws Exception {
        start(Role.LEAD);
        Operator mallory = new Operator("mallory", Role.LEAD);
        OperatorAction forged = new OperatorAction.Annotate(OperatorAction.newId(), mallory, TargetRef.of(incidentOnBoard()),
                T0, "hi", false);
        assertThat(service.submit(forged).get(5, TimeUnit.SECONDS)).isInstanceOf(ActionOutcome.Rejected.class);
        assertThat(snow.performed).isEmpty();
    }

    @Test
    void aTargetThatIsNotOnTheBoardIsRefusedWithItsName() throws Exception {
        start(Role.LEAD);
        TargetRef gone = new TargetRef(SourceId.of("snow"), TargetRef.Type.INCIDENT, "nope", "INC0099999");
        ActionOutcome outcome = service.submit(service.requests().annotate(gone, "x", false)).get(5, TimeUnit.SECONDS);
        assertThat(outcome.summary()).contains("INC0099999 is not open on the board");
    }

    @Test
    void escalationGoesToTheNextTierOfTheMatrix() throws Exception {
        start(Role.LEAD);
        OperatorAction.Escalate e = service.requests().escalate(incidentOnBoard(), "10 min down");
        assertThat(e.toTier()).isEqualTo(1);
        assertThat(e.toGroup()).contains("NOC Tier 2");
        service.submit(e).get(5, TimeUnit.SECONDS);
        assertThat(snow.performed).containsExactly(e);
    }

    @Test
    void aConnectorBugLeavesTheActionQueuedForAnotherTryNotLost() throws Exception {
        start(Role.OPERATOR);
        am.writeAnswer = a -> {
            throw new IllegalStateException("boom");
        };
        OperatorAction ack = service.requests().acknowledge(TargetRef.of(alertOnBoard()), Optional.empty());
        ActionOutcome outcome = service.submit(ack).get(5, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOf(ActionOutcome.Failed.class);
        assertThat(audit.recent(1)).extracting(AuditEntry::outcome).containsExactly("pending");
        assertThat(db.outbox().find(ack.id())).hasValueSatisfying(e -> {
            assertThat(e.state()).isEqualTo(OutboxState.RETRYING);
            assertThat(e.lastError()).hasValueSatisfying(r -> assertThat(r).contains("boom"));
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> engine.feed().current().latestAction(alertOnBoard().key())
                .map(ActionStatus::queued).orElse(false));
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
