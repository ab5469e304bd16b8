package io.watchfloor.engine.sla;

import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SlaBoard;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.TargetRef;
import io.watchfloor.core.escalation.DueEscalation;
import io.watchfloor.core.escalation.EscalationEvaluator;
import io.watchfloor.core.escalation.EscalationPolicy;
import io.watchfloor.core.escalation.EscalationProposal;
import io.watchfloor.core.escalation.EscalationSubject;
import io.watchfloor.core.sla.BusinessCalendar;
import io.watchfloor.core.sla.MetricsReport;
import io.watchfloor.core.sla.ResponseMetrics;
import io.watchfloor.core.sla.SlaComputer;
import io.watchfloor.core.sla.SlaPolicies;
import io.watchfloor.core.sla.SlaPolicy;
import io.watchfloor.core.sla.SlaThresholds;
import io.watchfloor.core.sla.StateChange;
import io.watchfloor.engine.action.ActionGateway;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writer-thread confined. The SLA and escalation step of every snapshot the engine publishes, recomputed
 * each time (so on every pulse: a computed clock's forecast and a rule's due instant move with business
 * hours and pauses, which plain countdowns between snapshots cannot follow):
 * <ol>
 *   <li>notes each incident's state changes since the last snapshot;</li>
 *   <li>gives each incident its desk clocks plus computed ones for the kinds the desk has none of
 *       ({@link SlaComputer#clocksFor}; {@link ClockOrigin} says which is which); where a desk records no
 *       acknowledgement instant, its response is the moment the engine saw someone take the incident on, and
 *       an incident already taken on when first seen gets no computed response clock (its response time is
 *       unknown, and a made-up one would read as breached);</li>
 *   <li>evaluates the escalation rules for each open incident at its current level (the matrix's tier of its
 *       assignment group, or the level an escalation of ours pending or accepted on it goes to), acknowledged
 *       when the desk says so, when someone took it on (assigned and in progress or on hold, as the console
 *       reads it) or when an acknowledgement of ours is pending or accepted: the due escalation and the next
 *       one;</li>
 *   <li>when auto-escalation is on, performs a due escalation through the action gateway once per incident
 *       and level ({@link AutoEscalator});</li>
 *   <li>attaches the thresholds, escalations, latest MTTA/MTTR and active peak windows as the
 *       board's {@link SlaBoard}.</li>
 * </ol>
 * Cost: two clock computations and two rule evaluations per incident, a few microseconds each on a 24x7
 * calendar; 500 incidents fit well inside a one-second pulse.
 */
public final class SlaStage {
    private final SlaPolicies policies;
    private final EscalationEvaluator evaluator;
    private final EscalationMatrix matrix;
    private final SlaComputer computer = new SlaComputer();
    private final StateChangeLog changes = new StateChangeLog();
    private final AutoEscalator auto;
    private final ResponseMetrics targets;
    private List<MetricsReport> metrics = List.of();

    /**
     * @param policies   the SLA policies clocks are computed from where a desk has none
     * @param escalation the levels (one per tier of {@code matrix}), rules and peak windows
     * @param matrix     the escalation matrix an incident's current level is read from
     */
    public SlaStage(SlaPolicies policies, EscalationPolicy escalation, EscalationMatrix matrix) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.evaluator = new EscalationEvaluator(Objects.requireNonNull(escalation, "escalation"));
        this.matrix = Objects.requireNonNull(matrix, "matrix");
        this.auto = new AutoEscalator(matrix);
        this.targets = ResponseMetrics.targetsOf(policies);
    }

    /** No policies and no rules: desk clocks only, nothing proposed. */
    public static SlaStage none() {
        return new SlaStage(SlaPolicies.none(), EscalationPolicy.fromMatrix(EscalationMatrix.DEFAULT, List.of(),
                List.of(), false), EscalationMatrix.DEFAULT);
    }

    public SlaPolicies policies() {
        return policies;
    }

    /** The MTTA/MTTR targets per priority, from the policies. */
    public ResponseMetrics targets() {
        return targets;
    }

    /**
     * Performs due escalations through {@code gateway} (as its operator) from the next snapshot on, when the
     * escalation policy says {@code autoEscalate}.
     */
    public void autoEscalateThrough(ActionGateway gateway) {
        auto.through(Objects.requireNonNull(gateway, "gateway"));
    }

    /** The newest MTTA/MTTR reports, shown from the next snapshot on. */
    public void metrics(List<MetricsReport> reports) {
        metrics = List.copyOf(reports);
    }

    /** {@code raw} with recomputed clocks and its SLA side, as of {@code now}. */
    public BoardState apply(BoardState raw, Instant now) {
        changes.observe(raw.incidents(), now);
        Map<String, Integer> escalatedTo = escalationsOfOurs(raw.actions());
        Map<String, Instant> acknowledgedByUs = acknowledgementsOfOurs(raw.actions());
        boolean mayAct = evaluator.policy().autoEscalate() && auto.enabled();
        List<Incident> incidents = new ArrayList<>(raw.incidents().size());
        Map<String, SlaThresholds> thresholds = new HashMap<>();
        List<DueEscalation> due = new ArrayList<>();
        Map<String, EscalationProposal> upcoming = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (Incident reported : raw.incidents()) {
            Incident i = reported.withClocks(clocks(reported, now));
            incidents.add(i);
            keys.add(i.key());
            Optional<SlaPolicy> policy = policies.forIncident(i.service(), i.priority());
            policy.ifPresent(p -> thresholds.put(i.key(), p.thresholds()));
            if (!i.state().open()) {
                continue;
            }
            int level = Math.max(matrix.tierOf(i), escalatedTo.getOrDefault(i.key(), 0));
            EscalationSubject subject = subject(i, level, calendar(i, policy),
                    Optional.ofNullable(acknowledgedByUs.get(i.key())));
            Optional<EscalationProposal> dueNow = evaluator.evaluate(subject, now);
            if (dueNow.isPresent()) {
                boolean current = raw.health(i.source()).map(h -> h.freshness(now).current()).orElse(false);
                due.add(auto.consider(dueNow.get(), i, now, mayAct && current));
            }
            evaluator.upcoming(subject, now).ifPresent(p -> upcoming.put(i.key(), p));
        }
        auto.retain(keys);
        due.sort(Comparator.comparing((DueEscalation d) -> d.proposal().dueAt()).thenComparing(DueEscalation::incidentKey));
        SlaBoard sla = new SlaBoard(thresholds, due, upcoming, metrics, targets, evaluator.policy().peaksAt(now));
        return raw.withSla(incidents, sla);
    }

    /**
     * The incident's desk clocks and the computed ones for the kinds the desk has none of. A desk that records
     * no acknowledgement instant (ServiceNow without a journal note, RT) still shows that someone took the
     * incident on ({@link StateChangeLog#takenOn}): the response clock stops when the engine saw that happen.
     * For an incident already taken on when first seen, nobody knows when the response came, so no response
     * clock is computed rather than a made-up one.
     */
    private List<SlaClock> clocks(Incident reported, Instant now) {
        List<StateChange> observed = changes.of(reported.key());
        if (reported.acknowledgement().isPresent() || !StateChangeLog.takenOn(reported)) {
            return computer.clocksFor(policies, reported, observed, now);
        }
        Optional<Instant> takenOn = changes.takenOnAt(reported.key());
        if (takenOn.isPresent()) {
            return computer.clocksFor(policies, withAcknowledgement(reported, takenOn.get()), observed, now);
        }
        return computer.clocksFor(policies, reported, observed, now).stream()
                .filter(c -> c.origin() == ClockOrigin.DESK || c.kind() != SlaKind.RESPONSE).toList();
    }

    /**
     * The escalation rules' view of the incident: acknowledged when the desk says so, when someone took it on
     * (at the instant the engine saw it, or its last update when it was taken on before the engine first saw it),
     * or when an acknowledgement of ours is pending or accepted.
     */
    private EscalationSubject subject(Incident i, int level, BusinessCalendar calendar, Optional<Instant> ackOfOurs) {
        Optional<Instant> acknowledged = i.acknowledgement().map(Acknowledgement::since)
                .or(() -> StateChangeLog.takenOn(i)
                        ? Optional.of(changes.takenOnAt(i.key()).orElse(i.updatedAt())) : Optional.empty())
                .or(() -> ackOfOurs);
        return new EscalationSubject(i.key(), i.number(), i.priority(), i.state(), level, i.openedAt(), acknowledged,
                i.clocks(), calendar);
    }

    private static Incident withAcknowledgement(Incident i, Instant at) {
        return new Incident(i.source(), i.id(), i.number(), i.title(), i.service(), i.priority(), i.state(),
                i.assignee(), i.group(), i.escalationTier(), i.openedAt(), i.updatedAt(), i.resolvedAt(),
                i.linkedAlerts(), i.clocks(), Optional.of(new Acknowledgement(i.assignee().orElse("desk"), at,
                Optional.empty(), "taken on")), i.timeline());
    }

    /** Per incident, the highest level an escalation of ours pending or accepted on it goes to. */
    private static Map<String, Integer> escalationsOfOurs(List<ActionStatus> actions) {
        Map<String, Integer> out = new HashMap<>();
        for (ActionStatus s : actions) {
            if (s.action() instanceof OperatorAction.Escalate e && (s.pending() || s.accepted())) {
                out.merge(e.target().key(), e.toTier(), Math::max);
            }
        }
        return out;
    }

    /**
     * Per incident, when an acknowledgement of ours pending or accepted on it was taken. Acknowledgements of
     * alerts (most of a replayed queue) are skipped before their status is looked at: no SLA clock runs on them.
     */
    private static Map<String, Instant> acknowledgementsOfOurs(List<ActionStatus> actions) {
        Map<String, Instant> out = new HashMap<>();
        for (ActionStatus s : actions) {
            if (s.action() instanceof OperatorAction.Acknowledge a && a.target().type() == TargetRef.Type.INCIDENT
                    && (s.pending() || s.accepted())) {
                out.merge(a.target().key(), a.takenAt(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        return out;
    }

    /** The calendar the incident's computed clocks count in; desk clocks are read as 24x7. */
    private static BusinessCalendar calendar(Incident i, Optional<SlaPolicy> policy) {
        boolean computed = i.clocks().stream().map(SlaClock::origin).anyMatch(o -> o == ClockOrigin.COMPUTED);
        return computed && policy.isPresent() ? policy.get().calendar() : BusinessCalendar.always();
    }
}
