package io.watchfloor.app.console;

import static io.watchfloor.app.console.ConsoleFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.engine.action.ActionGateway;
import io.watchfloor.engine.action.ActionRequests;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sending actions: pending at once, answered through the FX-thread executor (here a queue the test drains, so
 * the test sees exactly what happens before and after the hop), never dropped.
 */
class ConsoleActionsTest {
    private final MutableClock clock = new MutableClock(NOW, BoardFixtures.ZONE);
    private final BoardState board = BoardFixtures.realistic(NOW);
    private final ActionLedger ledger = new ActionLedger(clock);
    private final StatusLog status = new StatusLog();
    private final BlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
    private final List<ConsoleActions.Report> answers = new ArrayList<>();
    private final ConsoleRows rows = new ConsoleRows();
    private FakeActionGateway gateway;

    ConsoleActionsTest() {
        rows.merge(board);
    }

    @AfterEach
    void close() {
        if (gateway != null) {
            gateway.close();
        }
    }

    private ConsoleActions actions(ActionGateway g) {
        return new ConsoleActions(g, ledger, fxThread::add, clock, status, answers::add);
    }

    private ConsoleRow row(String key) {
        return rows.row(key).orElseThrow();
    }

    /** Waits for the answer to hop and runs it, as the FX thread would. */
    private void runHop() throws InterruptedException {
        Runnable r = fxThread.poll(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(r).as("an answer handed to the FX thread").isNotNull();
        r.run();
    }

    @Test
    void anActionIsPendingAtOnceAndConfirmedWhenTheAnswerReachesTheFxThread() throws Exception {
        gateway = new FakeActionGateway("m.jansen", Role.LEAD, clock).hold();
        ConsoleRow alert = row("am/fp-0-CheckoutErrorRate");

        actions(gateway).acknowledge(List.of(alert), Optional.empty());

        assertThat(gateway.submitted()).singleElement().isInstanceOf(OperatorAction.Acknowledge.class);
        assertThat(ledger.marker(alert.key(), board, NOW).text()).isEqualTo("ack pending");
        assertThat(status.latest().text()).startsWith("Sent: acknowledge CheckoutErrorRate");

        gateway.answerAll();
        await().until(() -> !fxThread.isEmpty());
        assertThat(ledger.marker(alert.key(), board,
                NOW).state()).as("not before the hop").isEqualTo(RowMarker.State.PENDING);
        runHop();

        assertThat(ledger.marker(alert.key(), board, NOW).state()).isEqualTo(RowMarker.State.ACCEPTED);
        assertThat(status.latest().level()).isEqualTo(StatusLog.Level.OK);
        assertThat(answers).hasSize(1);
    }

    @Test
    void aRefusalRollsTheRowBackWithTheUpstreamsReason() throws Exception {
        gateway = new FakeActionGateway("m.jansen", Role.LEAD, clock)
                .answerWith(a -> new ActionOutcome.Rejected("409 a silence for these matchers exists",
                        Optional.of(409)));
        ConsoleRow alert = row("am/fp-0-CheckoutErrorRate");

        actions(gateway).acknowledge(List.of(alert), Optional.of("on it"));
        runHop();

        RowMarker m = ledger.marker(alert.key(), board, NOW);
        assertThat(m.state()).isEqualTo(RowMarker.State.REJECTED);
        assertThat(m.text()).isEqualTo("ack rejected: 409 a silence for these matchers exists");
        assertThat(status.latest().level()).isEqualTo(StatusLog.Level.ERROR);
        assertThat(status.latest().text())
                .isEqualTo("Acknowledge CheckoutErrorRate \u2014 rejected: 409 a silence for these matchers exists");
        assertThat(answers).singleElement().satisfies(r
                -> assertThat(r.outcome()).isInstanceOf(ActionOutcome.Rejected.class));
    }

    @Test
    void aFutureThatFailsBecomesAFailedAnswerNotASilentDrop() throws Exception {
        gateway = new FakeActionGateway("m.jansen", Role.LEAD, clock);
        ActionGateway broken = new ActionGateway() {
            @Override
            public Operator operator() {
                return gateway.operator();
            }

            @Override
            public ActionRequests requests() {
                return gateway.requests();
            }

            @Override
            public CompletableFuture<ActionOutcome> submit(OperatorAction action) {
                return CompletableFuture.failedFuture(new IllegalStateException("outbox closed"));
            }
        };
        ConsoleRow incident = row("snow/sys-INC0012080");

        actions(broken).annotate(List.of(incident), "checking", false);
        runHop();

        assertThat(ledger.marker(incident.key(), board, NOW).state()).isEqualTo(RowMarker.State.FAILED);
        assertThat(status.latest().text()).contains("outbox closed");
    }

    @Test
    void aSubmitThatThrowsIsReportedAsRejected() {
        gateway = new FakeActionGateway("m.jansen", Role.LEAD, clock);
        ActionGateway throwing = new ActionGateway() {
            @Override
            public Operator operator() {
                return gateway.operator();
            }

            @Override
            public ActionRequests requests() {
                return gateway.requests();
            }

            @Override
            public CompletableFuture<ActionOutcome> submit(OperatorAction action) {
                throw new IllegalStateException("engine stopped");
            }
        };
        ConsoleRow incident = row("snow/sys-INC0012080");

        actions(throwing).escalate(List.of(incident), "customer impact");

        assertThat(ledger.marker(incident.key(), board, NOW).text())
                .isEqualTo("escalate rejected: could not be sent: engine stopped");
        assertThat(answers).hasSize(1);
    }

    @Test
    void escalateGoesToTheNextTierWithTheReason() throws Exception {
        gateway = new FakeActionGateway("m.jansen", Role.LEAD, clock);

        actions(gateway).escalate(List.of(row("snow/sys-INC0012080")), "p99 still above 2 s after restart");
        runHop();

        assertThat(gateway.submitted()).singleElement().isInstanceOfSatisfying(OperatorAction.Escalate.class, e -> {
            assertThat(e.reason()).isEqualTo("p99 still above 2 s after restart");
            assertThat(e.toTier()).isEqualTo(1);
            assertThat(e.toGroup()).contains("NOC Tier 2");
        });
    }

    @Test
    void aRoleThatDoesNotPermitTheActionSendsNothing() {
        gateway = new FakeActionGateway("watcher", Role.VIEWER, clock);

        actions(gateway).acknowledge(List.of(row("am/fp-0-CheckoutErrorRate")), Optional.empty());

        assertThat(gateway.submitted()).isEmpty();
        assertThat(ledger.pendingCount(board)).isZero();
        assertThat(status.latest().text())
                .isEqualTo("Acknowledge is not permitted for the viewer role; nothing was sent");
    }

    @Test
    void silenceAndCreateIncidentCarryWhatTheOperatorTyped() throws Exception {
        gateway = new FakeActionGateway("m.jansen", Role.OPERATOR, clock);
        ConsoleActions a = actions(gateway);
        ConsoleRow alert = row("am/fp-1-PaymentsProbeFailing");

        a.silence(List.of(alert), Duration.ofMinutes(90), "PSP maintenance window");
        a.createIncident(alert, io.watchfloor.core.SourceId.of("snow"), "Payments probe failing",
                io.watchfloor.core.Priority.P1);

        assertThat(gateway.submitted()).hasSize(2);
        assertThat(gateway.submitted().get(0)).isInstanceOfSatisfying(OperatorAction.Silence.class, s -> {
            assertThat(s.duration()).isEqualTo(Duration.ofMinutes(90));
            assertThat(s.comment()).isEqualTo("PSP maintenance window");
            assertThat(s.matchers()).isEmpty();
        });
        assertThat(gateway.submitted().get(1)).isInstanceOfSatisfying(OperatorAction.CreateIncident.class, c -> {
            assertThat(c.title()).isEqualTo("Payments probe failing");
            assertThat(c.desk().value()).isEqualTo("snow");
        });
    }
}
