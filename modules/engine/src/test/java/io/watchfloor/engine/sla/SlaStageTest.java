package io.watchfloor.engine.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Role;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.escalation.DueEscalation;
import io.watchfloor.core.escalation.EscalationPolicy;
import io.watchfloor.core.escalation.EscalationRule;
import io.watchfloor.core.escalation.PeakWindow;
import io.watchfloor.core.sla.SlaLevel;
import io.watchfloor.core.sla.SlaPolicies;
import io.watchfloor.core.sla.SlaPolicy;
import io.watchfloor.engine.action.ActionGateway;
import io.watchfloor.engine.action.ActionRequests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The SLA step of a snapshot with a fake clock: computed clocks, proposals when due, auto-escalation once. */
class SlaStageTest {
    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");
    private static final SourceId DESK = SourceId.of("rt");
    private static final SlaPolicies P1_POLICY = new SlaPolicies(List.of(
            SlaPolicy.forPriority(Priority.P1, Duration.ofMinutes(15), Duration.ofHours(4))));
    private static final EscalationRule UNACK_15_TIER2 =
            new EscalationRule.Unacknowledged(Duration.ofMinutes(15), 1, EnumSet.of(Priority.P1));

    private static Incident p1(IncidentState state, Instant updated, List<SlaClock> clocks) {
        return p1(state, Optional.empty(), updated, clocks);
    }

    private static Incident p1(IncidentState state, Optional<String> assignee, Instant updated, List<SlaClock> clocks) {
        return new Incident(DESK, "42", "RT-42", "Checkout down", "checkout", Priority.P1, state, assignee,
                Optional.of("Service Desk"), 0, T0, updated, Optional.empty(), List.of(), clocks);
    }

    private static BoardState board(Instant now, List<Incident> incidents, List<ActionStatus> actions) {
        SourceHealth desk = SourceHealth.pending(DESK, SourceKind.RT, "http://127.0.0.1:1", Duration.ofSeconds(10))
                .succeeded(now);
        return new BoardState(1, now, List.of(), List.of(), incidents, List.of(desk), actions);
    }

    private static SlaStage stage(boolean auto, PeakWindow... peaks) {
        return new SlaStage(P1_POLICY, EscalationPolicy.fromMatrix(EscalationMatrix.DEFAULT, List.of(UNACK_15_TIER2),
                List.of(peaks), auto), EscalationMatrix.DEFAULT);
    }

    @Test
    void aDeskWithoutClocksGetsComputedOnesThatCountDownToTheTarget() {
        Instant now = T0.plus(Duration.ofMinutes(10));

        BoardState out = stage(false).apply(board(now, List.of(p1(IncidentState.NEW, T0, List.of())), List.of()), now);

        Incident i = out.incidents().get(0);
        assertThat(i.clocks()).extracting(SlaClock::name)
                .containsExactly("P1 response (15m)", "P1 resolution (4h)");
        assertThat(i.clocks()).allSatisfy(c -> assertThat(c.origin()).isEqualTo(ClockOrigin.COMPUTED));
        SlaClock response = i.clocks().get(0);
        assertThat(response.remainingAt(now)).isEqualTo(Duration.ofMinutes(5));
        assertThat(response.breachAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThat(out.sla().level(i, response, now)).isEqualTo(SlaLevel.WARN);
    }

    @Test
    void deskClocksStayAndOnlyTheMissingKindIsComputed() {
        SlaClock deskResponse = new SlaClock("RT SLA (10m)", SlaKind.RESPONSE, ClockOrigin.DESK, ClockState.RUNNING,
                Duration.ofMinutes(10), T0, T0.plus(Duration.ofMinutes(10)), Duration.ZERO, T0);

        BoardState out = stage(false).apply(board(T0, List.of(p1(IncidentState.NEW, T0, List.of(deskResponse))),
                List.of()), T0);

        assertThat(out.incidents().get(0).clocks()).extracting(SlaClock::name, SlaClock::origin).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RT SLA (10m)", ClockOrigin.DESK),
                org.assertj.core.groups.Tuple.tuple("P1 resolution (4h)", ClockOrigin.COMPUTED));
    }

    @Test
    void timeOnHoldSeenBetweenPollsDoesNotCount() {
        SlaStage stage = stage(false);
        Instant hold = T0.plus(Duration.ofMinutes(5));
        Instant resume = T0.plus(Duration.ofMinutes(35));
        stage.apply(board(T0, List.of(p1(IncidentState.IN_PROGRESS, T0, List.of())), List.of()), T0);
        stage.apply(board(hold, List.of(p1(IncidentState.ON_HOLD, hold, List.of())), List.of()), hold);
        BoardState paused = stage.apply(board(resume.minusSeconds(1),
                List.of(p1(IncidentState.ON_HOLD, hold, List.of())), List.of()), resume.minusSeconds(1));
        Instant later = resume.plus(Duration.ofMinutes(10));
        BoardState out = stage.apply(board(later, List.of(p1(IncidentState.IN_PROGRESS, resume, List.of())), List.of()),
                later);

        SlaClock resolutionPaused = resolution(paused);
        assertThat(resolutionPaused.state()).isEqualTo(ClockState.PAUSED);
        assertThat(paused.sla().level(paused.incidents().get(0), resolutionPaused, resume)).isEqualTo(SlaLevel.PAUSED);
        SlaClock resolution = resolution(out);
        assertThat(resolution.elapsed()).isEqualTo(Duration.ofMinutes(15));
        assertThat(resolution.breachAt()).isEqualTo(T0.plus(Duration.ofHours(4)).plus(Duration.ofMinutes(30)));
    }

    private static SlaClock resolution(BoardState b) {
        return b.incidents().get(0).clocks().stream().filter(c -> c.kind() == SlaKind.RESOLUTION).findFirst()
                .orElseThrow();
    }

    @Test
    void anIncidentSeenBeingTakenOnHasItsComputedResponseStoppedThere() {
        SlaStage stage = stage(false);
        Instant taken = T0.plus(Duration.ofMinutes(9));
        stage.apply(board(T0, List.of(p1(IncidentState.NEW, T0, List.of())), List.of()), T0);

        Instant later = T0.plus(Duration.ofMinutes(30));
        BoardState out = stage.apply(board(later, List.of(p1(IncidentState.IN_PROGRESS, Optional.of("kofi"), taken,
                List.of())), List.of()), later);

        SlaClock response = out.incidents().get(0).clocks().get(0);
        assertThat(response.kind()).isEqualTo(SlaKind.RESPONSE);
        assertThat(response.state()).isEqualTo(ClockState.MET);
        assertThat(response.elapsed()).isEqualTo(Duration.ofMinutes(9));
        assertThat(out.incidents().get(0).acknowledgement()).as("the board still shows what the desk says").isEmpty();
        assertThat(out.sla().due()).as("taken on: the unacknowledged rule does not fire").isEmpty();
    }

    @Test
    void anIncidentFirstSeenTakenOnWithoutAnAcknowledgementGetsNoMadeUpResponseClock() {
        Instant now = T0.plus(Duration.ofHours(5));

        BoardState out = stage(false).apply(board(now, List.of(p1(IncidentState.IN_PROGRESS, Optional.of("kofi"),
                now.minusSeconds(60), List.of())), List.of()), now);

        assertThat(out.incidents().get(0).clocks()).extracting(SlaClock::kind).containsExactly(SlaKind.RESOLUTION);
        assertThat(out.sla().due()).isEmpty();
    }

    @Test
    void inProgressWithNobodyAssignedIsNotTakenOnSoItsResponseKeepsCounting() {
        Instant now = T0.plus(Duration.ofMinutes(20));

        BoardState out = stage(false).apply(board(now, List.of(p1(IncidentState.IN_PROGRESS, now, List.of())),
                List.of()), now);

        SlaClock response = out.incidents().get(0).clocks().get(0);
        assertThat(response.kind()).isEqualTo(SlaKind.RESPONSE);
        assertThat(response.stateAt(now)).isEqualTo(ClockState.BREACHED);
        assertThat(out.sla().due()).singleElement()
                .satisfies(d -> assertThat(d.proposal().reason()).startsWith("P1 unacknowledged for 20 min"));
    }

    @Test
    void anUnacknowledgedP1IsProposedExactlyWhenTheRuleIsDueAndForecastBefore() {
        SlaStage stage = stage(false);
        Instant due = T0.plus(Duration.ofMinutes(15));
        Incident i = p1(IncidentState.NEW, T0, List.of());

        BoardState before = stage.apply(board(due.minusMillis(1), List.of(i), List.of()), due.minusMillis(1));
        BoardState at = stage.apply(board(due, List.of(i), List.of()), due);

        assertThat(before.sla().due()).isEmpty();
        assertThat(before.sla().upcoming(i.key())).hasValueSatisfying(p -> {
            assertThat(p.dueAt()).isEqualTo(due);
            assertThat(p.to().name()).isEqualTo("Tier 2");
        });
        assertThat(at.sla().due()).singleElement().satisfies(d -> {
            assertThat(d.proposal().dueAt()).isEqualTo(due);
            assertThat(d.proposal().from().name()).isEqualTo("Tier 1");
            assertThat(d.proposal().to().who()).isEqualTo("Tier 2 (NOC Tier 2)");
            assertThat(d.proposal().reason()).isEqualTo("P1 unacknowledged for 15 min (rule: 15 min)");
            assertThat(d.performed()).isFalse();
        });
        assertThat(at.sla().upcoming(i.key())).isEmpty();
    }

    @Test
    void autoEscalationSendsTheEscalationOnceAndShowsItPerformed() {
        SlaStage stage = stage(true);
        RecordingGateway gateway = new RecordingGateway();
        stage.autoEscalateThrough(gateway);
        Instant due = T0.plus(Duration.ofMinutes(15));
        Incident i = p1(IncidentState.NEW, T0, List.of());

        BoardState first = stage.apply(board(due, List.of(i), List.of()), due);
        for (int s = 1; s <= 5; s++) {
            stage.apply(board(due.plusSeconds(s), List.of(i), List.of()), due.plusSeconds(s));
        }

        assertThat(gateway.sent).singleElement().satisfies(a -> {
            OperatorAction.Escalate e = (OperatorAction.Escalate) a;
            assertThat(e.toTier()).isEqualTo(1);
            assertThat(e.toGroup()).contains("NOC Tier 2");
            assertThat(e.operator().name()).isEqualTo("watchfloor-auto");
            assertThat(e.reason()).contains("P1 unacknowledged for 15 min");
        });
        assertThat(first.sla().due()).singleElement().satisfies(d ->
                assertThat(d.autoActionId()).contains(gateway.sent.get(0).id()));
    }

    @Test
    void aPendingEscalationOfOursRaisesTheLevelSoNothingMoreIsProposed() {
        Instant due = T0.plus(Duration.ofMinutes(15));
        Incident i = p1(IncidentState.NEW, T0, List.of());
        Operator lead = new Operator("dana", Role.LEAD);
        OperatorAction.Escalate mine = new OperatorAction.Escalate("a1", lead, io.watchfloor.core.TargetRef.of(i), due,
                "by hand", 1, Optional.of("NOC Tier 2"), Optional.empty());

        BoardState out = stage(false).apply(board(due, List.of(i), List.of(new ActionStatus(mine, Optional.empty(), due))),
                due);

        assertThat(out.sla().due()).isEmpty();
    }

    @Test
    void noAutoEscalationOnStaleDeskDataButTheProposalShows() {
        SlaStage stage = stage(true);
        RecordingGateway gateway = new RecordingGateway();
        stage.autoEscalateThrough(gateway);
        Instant due = T0.plus(Duration.ofMinutes(15));
        SourceHealth stale = SourceHealth.pending(DESK, SourceKind.RT, "http://127.0.0.1:1", Duration.ofSeconds(10))
                .succeeded(T0);
        BoardState raw = new BoardState(1, due, List.of(), List.of(), List.of(p1(IncidentState.NEW, T0, List.of())),
                List.of(stale), List.of());

        BoardState out = stage.apply(raw, due);

        assertThat(out.sla().due()).singleElement().satisfies(d -> assertThat(d.performed()).isFalse());
        assertThat(gateway.sent).isEmpty();
    }

    @Test
    void aPeakWindowTightensTheRuleAndIsShownWhileActive() {
        PeakWindow blackFriday = new PeakWindow("Black Friday", T0.minus(Duration.ofHours(2)), T0.plus(Duration.ofDays(1)),
                2.0 / 3, Map.of());
        SlaStage stage = stage(false, blackFriday);
        Instant tenMinutes = T0.plus(Duration.ofMinutes(10));

        BoardState out = stage.apply(board(tenMinutes, List.of(p1(IncidentState.NEW, T0, List.of())), List.of()),
                tenMinutes);

        assertThat(out.sla().activePeaks()).extracting(PeakWindow::name).containsExactly("Black Friday");
        assertThat(out.sla().due()).extracting(DueEscalation::proposal).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("Black Friday peak: 10 min"));
    }

    /** A gateway that records what it is given and accepts it. */
    private static final class RecordingGateway implements ActionGateway {
        final List<OperatorAction> sent = new CopyOnWriteArrayList<>();
        private final Operator operator = new Operator("watchfloor-auto", Role.LEAD);

        @Override
        public Operator operator() {
            return operator;
        }

        @Override
        public ActionRequests requests() {
            return new ActionRequests(operator, Clock.fixed(T0, ZoneOffset.UTC), EscalationMatrix.DEFAULT,
                    Duration.ofHours(1));
        }

        @Override
        public CompletableFuture<ActionOutcome> submit(OperatorAction action) {
            sent.add(action);
            return CompletableFuture.completedFuture(new ActionOutcome.Accepted("ok", Optional.empty()));
        }
    }
}
