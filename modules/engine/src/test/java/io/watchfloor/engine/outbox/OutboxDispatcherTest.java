package io.watchfloor.engine.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.SourceException;
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
import io.watchfloor.engine.action.ActionRequests;
import io.watchfloor.engine.action.ActionService;
import io.watchfloor.store.AuditEntry;
import io.watchfloor.store.LocalDatabase;
import io.watchfloor.store.OutboxEntry;
import io.watchfloor.store.OutboxState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dispatcher over a real outbox (H2 in a temp dir), a fake clock and scripted connectors: retries,
 * Retry-After, refusals, order per target, restarts, dead and live owners, conflicts and sync.
 */
class OutboxDispatcherTest {
    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");
    private static final Duration QUIET = Duration.ofMillis(400);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final MutableClock clock = new MutableClock(T0);
    private final Operator priya = new Operator("priya", Role.LEAD);
    private final List<AutoCloseable> open = new ArrayList<>();

    @TempDir
    Path dataDir;
    private LocalDatabase db;
    private ScriptedConnector am;
    private ScriptedConnector snow;
    private Engine engine;
    private OutboxDispatcher dispatcher;
    private ActionService actions;

    @BeforeEach
    void openDatabase() throws Exception {
        db = LocalDatabase.open(dataDir);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        db.close();
    }

    static Alert alert(SourceId src, String fp) {
        return new Alert(src, fp, "CheckoutErrorRateHigh", Map.of("alertname", "CheckoutErrorRateHigh", "fp", fp),
                "errors", Severity.CRITICAL, "checkout", T0, Optional.empty(), AlertState.FIRING, List.of(), Optional.empty());
    }

    static Incident incident(SourceId src) {
        return new Incident(src, "sys1", "INC0010044", "Checkout failing", "checkout", Priority.P1, IncidentState.NEW,
                Optional.empty(), Optional.of("Service Desk"), 0, T0, T0, Optional.empty(), List.of(), List.of());
    }

    /** An engine over fresh scripted sources (two alerts, one incident), read once, and a dispatcher on the database. */
    private void startSession() throws Exception {
        am = new ScriptedConnector("am").then(id -> List.of(new SourceEvent.AlertsObserved(id, T0,
                List.of(alert(id, "a1"), alert(id, "a2")))));
        snow = new ScriptedConnector("snow").then(id -> List.of(new SourceEvent.IncidentsObserved(id, T0,
                List.of(incident(id)))));
        engine = new Engine(List.of(new PolledSource(am, Duration.ofSeconds(30)), new PolledSource(snow, Duration.ofSeconds(30))),
                List.of(), clock, Duration.ofMillis(50));
        open.add(engine);
        engine.start();
        engine.awaitFirstRead(WAIT);
        startDispatcher();
    }

    private void startDispatcher() throws Exception {
        dispatcher = new OutboxDispatcher(db.outbox(), engine.actionConnectors(), engine, db.audit(), clock,
                new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random(7)), 2, Duration.ofMillis(20));
        open.add(dispatcher);
        dispatcher.start();
        actions = new ActionService(priya, new ActionRequests(priya, clock, EscalationMatrix.DEFAULT, Duration.ofHours(1)),
                engine.actionConnectors(), engine, db.audit(), dispatcher, clock);
        open.add(actions);
    }

    private Alert alertOnBoard(String fp) {
        return engine.feed().current().alerts().stream().filter(a -> a.fingerprint().equals(fp)).findFirst().orElseThrow();
    }

    private TargetRef incidentRef() {
        return TargetRef.of(engine.feed().current().incidents().get(0));
    }

    private Optional<ActionStatus> onBoard(String actionId) {
        return engine.feed().current().actions().stream().filter(s -> s.action().id().equals(actionId)).findFirst();
    }

    private OutboxEntry entry(String actionId) throws Exception {
        return db.outbox().find(actionId).orElseThrow();
    }

    /** Answers with {@code answers} in turn, then accepts. */
    private static Function<OperatorAction, ActionOutcome> answers(ActionOutcome... answers) {
        AtomicInteger n = new AtomicInteger();
        return a -> {
            int i = n.getAndIncrement();
            return i < answers.length ? answers[i] : new ActionOutcome.Accepted("done", Optional.empty());
        };
    }

    private static String phase(ActionStatus s) {
        if (s.queued()) {
            return "queued";
        }
        return s.outcome().map(o -> o instanceof ActionOutcome.Accepted ? "accepted" : "rejected").orElse("pending");
    }

    @Test
    void aTransientFailureIsRetriedOnceItsBackoffHasPassedAndAcceptedOnce() throws Exception {
        startSession();
        am.writeAnswer = answers(new ActionOutcome.Failed("HTTP 503 from POST /api/v2/silences", true));
        OperatorAction ack = actions.requests().acknowledge(TargetRef.of(alertOnBoard("a1")), Optional.empty());
        List<String> phases = new CopyOnWriteArrayList<>();
        open.add(engine.feed().subscribe(b -> b.actions().stream().filter(s -> s.action().id().equals(ack.id()))
                .findFirst().map(OutboxDispatcherTest::phase)
                .filter(p -> phases.isEmpty() || !phases.get(phases.size() - 1).equals(p)).ifPresent(phases::add)));

        ActionOutcome first = actions.submit(ack).get(10, TimeUnit.SECONDS);

        assertThat(first).isInstanceOf(ActionOutcome.Failed.class);
        OutboxEntry waiting = entry(ack.id());
        assertThat(waiting.state()).isEqualTo(OutboxState.RETRYING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).contains("HTTP 503 from POST /api/v2/silences");
        assertThat(waiting.nextAttemptAt()).isBetween(T0.plusSeconds(1), T0.plusSeconds(2));
        await().atMost(WAIT).untilAsserted(() -> assertThat(onBoard(ack.id())).hasValueSatisfying(s -> {
            assertThat(s.queued()).isTrue();
            assertThat(s.progress().orElseThrow()).startsWith("queued: HTTP 503 from POST /api/v2/silences; attempt 1, next try 02:00:0");
        }));
        await().during(QUIET).atMost(WAIT).until(() -> am.performed.size() == 1);

        clock.advance(Duration.ofSeconds(2));

        await().atMost(WAIT).until(() -> entry(ack.id()).state() == OutboxState.ACCEPTED);
        assertThat(am.performed).containsExactly(ack, ack);
        assertThat(entry(ack.id()).attempts()).isEqualTo(2);
        await().atMost(WAIT).until(() -> onBoard(ack.id()).map(ActionStatus::accepted).orElse(false));
        assertThat(phases).containsExactly("pending", "queued", "accepted");
        assertThat(db.audit().forTarget("am", "a1")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("accepted"));
        clock.advance(Duration.ofMinutes(10));
        await().during(QUIET).atMost(WAIT).until(() -> am.performed.size() == 2);
    }

    @Test
    void onlyAnActionsFirstTryTellsTheConnectorThatNoEarlierTryCanHaveReachedTheUpstream() throws Exception {
        startSession();
        am.writeAnswer = answers(new ActionOutcome.Failed("cannot connect for POST /api/v2/silences", false));
        OperatorAction ack = actions.requests().acknowledge(TargetRef.of(alertOnBoard("a1")), Optional.empty());

        assertThat(actions.submit(ack).get(10, TimeUnit.SECONDS)).isInstanceOf(ActionOutcome.Failed.class);
        clock.advance(Duration.ofSeconds(2));
        await().atMost(WAIT).until(() -> entry(ack.id()).state() == OutboxState.ACCEPTED);

        assertThat(am.performed).containsExactly(ack, ack);
        assertThat(am.contexts).extracting(ActionContext::earlierTry).as("first try, then the retry").containsExactly(false, true);
    }

    @Test
    void actionsQueuedOnOneTargetAreEachSentOnceInTheOrderTaken() throws Exception {
        startSession();
        closeDispatcher();
        List<OperatorAction> notes = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            OperatorAction note = actions.requests().annotate(incidentRef(), "note " + i, false);
            notes.add(note);
            db.outbox().append(note, T0.plusMillis(i));
        }
        clock.advance(OutboxDispatcher.ORPHAN_AFTER.plusSeconds(1));

        startDispatcher();

        await().atMost(WAIT).until(() -> db.outbox().openCount() == 0);
        assertThat(snow.performed).as("one after another, none twice, none overtaking").containsExactlyElementsOf(notes);
        assertThat(snow.contexts).extracting(ActionContext::earlierTry).containsOnly(false);
    }

    @Test
    void retryAfterIsHonouredEvenWhenTheBackoffWouldBeShorter() throws Exception {
        startSession();
        am.writeAnswer = answers(new ActionOutcome.Failed("HTTP 429 from POST /api/v2/silences", false,
                Optional.of(Duration.ofSeconds(60))));
        OperatorAction ack = actions.requests().acknowledge(TargetRef.of(alertOnBoard("a1")), Optional.empty());

        assertThat(actions.submit(ack).get(10, TimeUnit.SECONDS)).isInstanceOf(ActionOutcome.Failed.class);
        assertThat(entry(ack.id()).nextAttemptAt()).isEqualTo(T0.plusSeconds(60));

        clock.advance(Duration.ofSeconds(30));
        await().during(QUIET).atMost(WAIT).until(() -> am.performed.size() == 1);
        clock.advance(Duration.ofSeconds(29));
        await().during(QUIET).atMost(WAIT).until(() -> am.performed.size() == 1);
        clock.advance(Duration.ofSeconds(1));

        await().atMost(WAIT).until(() -> entry(ack.id()).state() == OutboxState.ACCEPTED);
        assertThat(am.performed).hasSize(2);
    }

    @Test
    void aRefusalIsFinalRollsTheOptimisticViewBackAndIsAuditedAsRejected() throws Exception {
        startSession();
        am.writeAnswer = a -> new ActionOutcome.Rejected("silence matchers refused: bad regex", Optional.of(400));
        Alert alert = alertOnBoard("a1");
        OperatorAction ack = actions.requests().acknowledge(TargetRef.of(alert), Optional.empty());

        ActionOutcome outcome = actions.submit(ack).get(10, TimeUnit.SECONDS);

        ActionOutcome.Rejected refused = new ActionOutcome.Rejected("silence matchers refused: bad regex", Optional.of(400));
        assertThat(outcome).isEqualTo(refused);
        await().atMost(WAIT).untilAsserted(() -> assertThat(onBoard(ack.id()).flatMap(ActionStatus::outcome)).contains(refused));
        assertThat(engine.feed().current().needsAttention(alert)).as("rolled back: needs someone again").isTrue();
        OutboxEntry done = entry(ack.id());
        assertThat(done.state()).isEqualTo(OutboxState.REJECTED);
        assertThat(done.finalReply()).contains("rejected: silence matchers refused: bad regex");
        assertThat(db.audit().forTarget("am", "a1")).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("rejected");
            assertThat(e.upstreamReply()).hasValueSatisfying(r -> assertThat(r).contains("bad regex"));
        });
        clock.advance(Duration.ofMinutes(10));
        await().during(QUIET).atMost(WAIT).until(() -> am.performed.size() == 1);
    }

    @Test
    void actionsOnOneTargetKeepTheirOrderWhileAnotherTargetProceeds() throws Exception {
        startSession();
        am.writeAnswer = answers(new ActionOutcome.Failed("cannot connect for POST /api/v2/silences", false));
        TargetRef a1 = TargetRef.of(alertOnBoard("a1"));
        OperatorAction ack = actions.requests().acknowledge(a1, Optional.empty());
        OperatorAction unack = actions.requests().unacknowledge(a1);
        OperatorAction ackOther = actions.requests().acknowledge(TargetRef.of(alertOnBoard("a2")), Optional.empty());
        OperatorAction note = actions.requests().annotate(incidentRef(), "looking", false);

        assertThat(actions.submit(ack).get(10, TimeUnit.SECONDS)).isInstanceOf(ActionOutcome.Failed.class);
        var unackAnswer = actions.submit(unack);
        assertThat(actions.submit(ackOther).get(10, TimeUnit.SECONDS)).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(actions.submit(note).get(10, TimeUnit.SECONDS)).isInstanceOf(ActionOutcome.Accepted.class);

        await().during(QUIET).atMost(WAIT).until(() -> !am.performed.contains(unack));
        assertThat(entry(unack.id()).state()).as("waits behind the ack").isEqualTo(OutboxState.QUEUED);
        assertThat(unackAnswer).isNotDone();

        clock.advance(Duration.ofSeconds(2));

        assertThat(unackAnswer.get(10, TimeUnit.SECONDS)).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(am.performed).filteredOn(a -> a.target().equals(a1)).containsExactly(ack, ack, unack);
        assertThat(entry(ack.id()).state()).isEqualTo(OutboxState.ACCEPTED);
    }

    @Test
    void aRestartedDispatcherShowsWhatIsStillQueuedAsPendingAndSendsIt() throws Exception {
        startSession();
        am.writeAnswer = a -> new ActionOutcome.Failed("cannot connect for POST /api/v2/silences", false);
        OperatorAction ack = actions.requests().acknowledge(TargetRef.of(alertOnBoard("a1")), Optional.empty());
        assertThat(actions.submit(ack).get(10, TimeUnit.SECONDS)).isInstanceOf(ActionOutcome.Failed.class);
        OperatorAction note = actions.requests().annotate(incidentRef(), "rolled back", false);
        snow.writeAnswer = a -> new ActionOutcome.Failed("cannot connect for PATCH /api/now/table/incident/sys1", false);
        assertThat(actions.submit(note).get(10, TimeUnit.SECONDS)).isInstanceOf(ActionOutcome.Failed.class);
        closeSession();

        clock.advance(Duration.ofSeconds(3));
        startSession();

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(onBoard(ack.id())).hasValueSatisfying(s -> {
                assertThat(s.pending()).isTrue();
                assertThat(s.progress().orElseThrow()).isEqualTo(
                        "queued since 02:00:00: cannot connect for POST /api/v2/silences (1 tries)");
            });
            assertThat(onBoard(note.id())).hasValueSatisfying(s -> assertThat(s.pending()).isTrue());
        });
        assertThat(engine.feed().current().needsAttention(alertOnBoard("a1"))).as("still acknowledged optimistically")
                .isFalse();

        clock.advance(OutboxDispatcher.ORPHAN_AFTER);

        await().atMost(WAIT).until(() -> entry(ack.id()).state() == OutboxState.ACCEPTED
                && entry(note.id()).state() == OutboxState.ACCEPTED);
        assertThat(am.performed).containsExactly(ack);
        assertThat(snow.performed).containsExactly(note);
        await().atMost(WAIT).until(() -> onBoard(ack.id()).map(ActionStatus::accepted).orElse(false));
    }

    @Test
    void anEntryADeadProcessWasSendingIsTakenOverAtOnceAsOutcomeUnknown() throws Exception {
        startSession();
        closeDispatcher();
        OperatorAction ack = actions.requests().acknowledge(TargetRef.of(alertOnBoard("a1")), Optional.empty());
        db.outbox().append(ack, T0);
        String deadOwner = ownerWithPid(deadPid());
        assertThat(db.outbox().claim(ack.id(), deadOwner, T0, T0.plus(OutboxDispatcher.LEASE))).isTrue();
        clock.advance(Duration.ofSeconds(1));

        startDispatcher();

        await().atMost(WAIT).until(() -> entry(ack.id()).state() == OutboxState.ACCEPTED);
        OutboxEntry done = entry(ack.id());
        assertThat(done.outcomeUnknown()).isTrue();
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(am.performed).containsExactly(ack);
        assertThat(am.contexts).extracting(ActionContext::earlierTry).as("the dead process may have sent it")
                .containsExactly(true);
        assertThat(clock.instant()).as("neither the lease nor the orphan delay was waited for").isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void entriesAnotherLiveProcessQueuedOrIsSendingAreLeftToIt() throws Exception {
        startSession();
        OperatorAction queuedThere = actions.requests().acknowledge(TargetRef.of(alertOnBoard("a1")), Optional.empty());
        OperatorAction sendingThere = actions.requests().annotate(incidentRef(), "on it", false);
        db.outbox().append(queuedThere, T0);
        db.outbox().append(sendingThere, T0);
        String liveOwner = ownerWithPid(ProcessHandle.current().pid()).replaceAll("/[^/]*$", "/otherrun");
        assertThat(db.outbox().claim(sendingThere.id(), liveOwner, T0, T0.plusSeconds(30))).isTrue();

        clock.advance(OutboxDispatcher.ORPHAN_AFTER.minusSeconds(1));
        await().during(QUIET).atMost(WAIT).until(() -> am.performed.isEmpty() && snow.performed.isEmpty());

        clock.advance(Duration.ofSeconds(2));
        await().atMost(WAIT).until(() -> entry(queuedThere.id()).state() == OutboxState.ACCEPTED);
        assertThat(entry(queuedThere.id()).outcomeUnknown()).isFalse();
        await().during(QUIET).atMost(WAIT).until(() -> snow.performed.isEmpty());
        assertThat(entry(sendingThere.id()).state()).as("its lease still holds").isEqualTo(OutboxState.SENDING);

        clock.advance(Duration.ofSeconds(30));
        await().atMost(WAIT).until(() -> entry(sendingThere.id()).state() == OutboxState.ACCEPTED);
        assertThat(entry(sendingThere.id()).outcomeUnknown()).isTrue();
        assertThat(snow.performed).containsExactly(sendingThere);
    }

    @Test
    void anIncidentGoneFromAFreshReadAfterTheActionWasTakenIsRejectedWithoutWriting() throws Exception {
        startSession();
        snow.writeAnswer = a -> new ActionOutcome.Failed("cannot connect for GET /api/now/table/incident/sys1", false);
        OperatorAction ack = actions.requests().acknowledge(incidentRef(), Optional.empty());
        assertThat(actions.submit(ack).get(10, TimeUnit.SECONDS)).isInstanceOf(ActionOutcome.Failed.class);

        clock.advance(Duration.ofSeconds(1));
        snow.then(id -> List.of(new SourceEvent.IncidentsObserved(id, clock.instant(), List.of())));
        engine.pollNow(snow.id());
        await().atMost(WAIT).until(() -> engine.feed().current().incidents().isEmpty());
        clock.advance(Duration.ofSeconds(2));

        await().atMost(WAIT).until(() -> entry(ack.id()).state() == OutboxState.REJECTED);
        assertThat(entry(ack.id()).finalReply())
                .contains("rejected: incident INC0010044 was resolved or closed upstream meanwhile");
        assertThat(snow.performed).as("only the first, failed try reached the connector").hasSize(1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(onBoard(ack.id()).flatMap(ActionStatus::outcome))
                .hasValueSatisfying(o -> assertThat(o.summary()).contains("resolved or closed upstream meanwhile")));
        assertThat(db.audit().recent(1)).extracting(AuditEntry::outcome).containsExactly("rejected");
    }

    @Test
    void syncSendsEntriesWhoseBackoffIsStillRunning() throws Exception {
        startSession();
        am.writeAnswer = answers(new ActionOutcome.Failed("HTTP 503", false, Optional.of(Duration.ofMinutes(10))));
        OperatorAction ack = actions.requests().acknowledge(TargetRef.of(alertOnBoard("a1")), Optional.empty());
        OperatorAction unack = actions.requests().unacknowledge(TargetRef.of(alertOnBoard("a1")));
        assertThat(actions.submit(ack).get(10, TimeUnit.SECONDS)).isInstanceOf(ActionOutcome.Failed.class);
        actions.submit(unack);
        await().atMost(WAIT).until(() -> db.outbox().find(unack.id()).isPresent());

        List<OutboxEntry> after = dispatcher.syncNow(WAIT);

        assertThat(after).extracting(OutboxEntry::actionId).containsExactly(ack.id(), unack.id());
        assertThat(after).extracting(OutboxEntry::state).containsOnly(OutboxState.ACCEPTED);
        assertThat(am.performed).containsExactly(ack, ack, unack);
        assertThat(clock.instant()).isEqualTo(T0);
    }

    @Test
    void anAlertActionQueuedBeforeARestartWaitsForTheFirstReadInsteadOfBeingSentBlind() throws Exception {
        startSession();
        am.writeAnswer = a -> new ActionOutcome.Failed("cannot connect", false);
        OperatorAction ack = actions.requests().acknowledge(TargetRef.of(alertOnBoard("a1")), Optional.empty());
        assertThat(actions.submit(ack).get(10, TimeUnit.SECONDS)).isInstanceOf(ActionOutcome.Failed.class);
        closeSession();
        clock.advance(Duration.ofMinutes(1));

        CountDownLatch firstRead = new CountDownLatch(1);
        am = new ScriptedConnector("am").then(id -> {
            block(firstRead);
            return List.of(new SourceEvent.AlertsObserved(id, clock.instant(), List.of(alert(id, "a1"))));
        });
        snow = new ScriptedConnector("snow");
        engine = new Engine(List.of(new PolledSource(am, Duration.ofSeconds(30)), new PolledSource(snow, Duration.ofSeconds(30))),
                List.of(), clock, Duration.ofMillis(50));
        open.add(engine);
        engine.start();
        startDispatcher();

        await().during(QUIET).atMost(WAIT).until(() -> am.performed.isEmpty());
        firstRead.countDown();

        await().atMost(WAIT).until(() -> entry(ack.id()).state() == OutboxState.ACCEPTED);
        assertThat(am.contexts).singleElement().satisfies(c -> assertThat(c.alert()).isPresent());
    }

    // --- helpers ---

    private void closeDispatcher() {
        actions.close();
        dispatcher.close();
        open.remove(actions);
        open.remove(dispatcher);
    }

    private void closeSession() {
        closeDispatcher();
        engine.close();
        open.remove(engine);
    }

    /** An owner string as this host's dispatcher writes it, for another process id. */
    private static String ownerWithPid(long pid) {
        String[] parts = OutboxOwner.thisProcess().id().split("/");
        return parts[0] + "/" + pid + "/" + parts[2];
    }

    /** The id of a process that has finished (a JVM that printed its version). */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        await().atMost(WAIT).until(() -> ProcessHandle.of(p.pid()).map(h -> !h.isAlive()).orElse(true));
        return p.pid();
    }

    private static void block(CountDownLatch latch) throws SourceException {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new SourceException(SourceException.Kind.TIMEOUT, "test latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(SourceException.Kind.TIMEOUT, "interrupted");
        }
    }

    @Test
    void startingForgetsActionsFinishedMoreThanAWeekAgoAndKeepsNewerOnes() throws Exception {
        Operator op = new Operator("priya", Role.LEAD);
        ActionRequests requests = new ActionRequests(op, clock, EscalationMatrix.DEFAULT, Duration.ofHours(1));
        OperatorAction old = requests.annotate(TargetRef.of(incident(SourceId.of("snow"))), "old", false);
        OperatorAction recent = requests.annotate(TargetRef.of(incident(SourceId.of("snow"))), "recent", false);
        db.outbox().append(old, T0.minus(Duration.ofDays(9)));
        db.outbox().finish(old.id(), new ActionOutcome.Accepted("ok", Optional.empty()), T0.minus(Duration.ofDays(8)));
        db.outbox().append(recent, T0.minus(Duration.ofDays(2)));
        db.outbox().finish(recent.id(), new ActionOutcome.Accepted("ok", Optional.empty()), T0.minus(Duration.ofDays(1)));

        startSession();

        assertThat(db.outbox().find(old.id())).isEmpty();
        assertThat(db.outbox().find(recent.id())).isPresent();
    }
}
