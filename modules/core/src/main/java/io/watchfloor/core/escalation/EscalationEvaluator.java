package io.watchfloor.core.escalation;

import io.watchfloor.core.ClockState;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.sla.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, for one incident at an instant, whether an escalation is due under an
 * {@link EscalationPolicy} and when the next one will be. Stateless apart from the immutable policy;
 * thread-safe. Evaluate again on every tick.
 *
 * <p><b>When a rule fires.</b> Each rule that applies to the incident's priority has a due instant,
 * the first instant its condition holds, tightened by any {@link PeakWindow} active then:
 * <ul>
 *   <li>{@link EscalationRule.Unacknowledged}: {@code openedAt + after} (wall time), or inside a peak
 *       window the first instant at which {@code openedAt + tightened after} has passed; never once
 *       the incident is acknowledged;</li>
 *   <li>{@link EscalationRule.SlaPercent}: the instant a live clock (running or paused) of the kind
 *       reaches the percentage of its target (tightened inside a peak window), counted in the
 *       subject's {@link EscalationSubject#slaCalendar()}; a crossing already behind the clock's
 *       measurement is placed as if the clock had counted since (for a clock paused after the crossing
 *       this is later than the true one); a paused clock below the percentage never fires;</li>
 *   <li>{@link EscalationRule.OnPriority}: {@code openedAt};</li>
 *   <li>a peak window's floor level for the priority: the later of {@code openedAt} and the
 *       window's start, if that is inside the window.</li>
 * </ul>
 * Once due, a rule stays due while the incident is open (also after its peak window has ended):
 * an escalation that should have happened is still owed until someone raises the level.
 *
 * <p><b>Which proposal.</b> Only open incidents escalate. Among due rules whose target level is
 * above the current level, the highest target wins, then the earliest due instant, then config order.
 */
public final class EscalationEvaluator {
    private final EscalationPolicy policy;

    public EscalationEvaluator(EscalationPolicy policy) {
        this.policy = policy;
    }

    public EscalationPolicy policy() {
        return policy;
    }

    /** The escalation due at {@code now}, if any (its {@code dueAt} is not after {@code now}). */
    public Optional<EscalationProposal> evaluate(EscalationSubject subject, Instant now) {
        return triggers(subject).stream()
                .filter(t -> !t.dueAt().isAfter(now) && t.rule().toLevel() > subject.currentLevel())
                .min(Comparator.comparingInt((Trigger t) -> -t.rule().toLevel()).thenComparing(Trigger::dueAt))
                .map(t -> proposal(subject, t, now));
    }

    /**
     * The next escalation that will become due after {@code now} if nothing changes (no
     * acknowledgement, clocks keep running), above both the current level and whatever is already
     * due: for "escalates at 14:05 to Shift lead". Its reason describes the incident at its due instant.
     */
    public Optional<EscalationProposal> upcoming(EscalationSubject subject, Instant now) {
        List<Trigger> triggers = triggers(subject);
        int floor = subject.currentLevel();
        for (Trigger t : triggers) {
            if (!t.dueAt().isAfter(now)) {
                floor = Math.max(floor, t.rule().toLevel());
            }
        }
        int above = floor;
        return triggers.stream()
                .filter(t -> t.dueAt().isAfter(now) && t.rule().toLevel() > above)
                .min(Comparator.comparing(Trigger::dueAt).thenComparingInt(t -> -t.rule().toLevel()))
                .map(t -> proposal(subject, t, t.dueAt()));
    }

    /** When the next rule would fire after {@code now}: {@link #upcoming}'s due instant. */
    public Optional<Instant> nextDue(EscalationSubject subject, Instant now) {
        return upcoming(subject, now).map(EscalationProposal::dueAt);
    }

    private EscalationProposal proposal(EscalationSubject s, Trigger t, Instant at) {
        EscalationLevel to = policy.level(t.rule().toLevel());
        return new EscalationProposal(s.key(), s.number(), policy.level(s.currentLevel()), to,
                reason(s, t, to, at), t.rule(), t.peak(), t.dueAt());
    }

    private List<Trigger> triggers(EscalationSubject s) {
        List<Trigger> triggers = new ArrayList<>();
        if (!s.state().open()) {
            return triggers;
        }
        for (EscalationRule rule : policy.rules()) {
            if (!rule.appliesTo(s.priority())) {
                continue;
            }
            if (rule instanceof EscalationRule.Unacknowledged) {
                unacknowledged(s, (EscalationRule.Unacknowledged) rule).ifPresent(triggers::add);
            } else if (rule instanceof EscalationRule.SlaPercent) {
                slaPercent(s, (EscalationRule.SlaPercent) rule).ifPresent(triggers::add);
            } else {
                triggers.add(new Trigger(rule, s.openedAt(), Optional.empty(), Optional.empty()));
            }
        }
        for (PeakWindow peak : policy.peaks()) {
            Optional<Integer> level = peak.floorLevel(s.priority());
            Instant due = later(s.openedAt(), peak.start());
            if (level.isPresent() && due.isBefore(peak.end())) {
                triggers.add(new Trigger(new EscalationRule.OnPriority(Set.of(s.priority()), level.get()), due,
                        Optional.of(peak), Optional.empty()));
            }
        }
        return triggers;
    }

    private Optional<Trigger> unacknowledged(EscalationSubject s, EscalationRule.Unacknowledged rule) {
        if (s.acknowledgedAt().isPresent()) {
            return Optional.empty();
        }
        Trigger best = new Trigger(rule, s.openedAt().plus(rule.after()), Optional.empty(), Optional.empty());
        for (PeakWindow peak : policy.peaks()) {
            Instant due = later(s.openedAt().plus(peak.tighten(rule.after())), peak.start());
            if (due.isBefore(peak.end()) && due.isBefore(best.dueAt())) {
                best = new Trigger(rule, due, Optional.of(peak), Optional.empty());
            }
        }
        return Optional.of(best);
    }

    private Optional<Trigger> slaPercent(EscalationSubject s, EscalationRule.SlaPercent rule) {
        Trigger best = null;
        for (SlaClock clock : s.clocks()) {
            if (!clock.live() || rule.kind().filter(k -> k != clock.kind()).isPresent()) {
                continue;
            }
            Optional<Instant> base = crossing(clock, rule.percent(), s.slaCalendar());
            if (base.isPresent() && (best == null || base.get().isBefore(best.dueAt()))) {
                best = new Trigger(rule, base.get(), Optional.empty(), Optional.of(clock));
            }
            for (PeakWindow peak : policy.peaks()) {
                Optional<Instant> due = crossing(clock, peak.tighten(rule.percent()), s.slaCalendar())
                        .map(t -> later(t, peak.start())).filter(t -> t.isBefore(peak.end()));
                if (due.isPresent() && (best == null || due.get().isBefore(best.dueAt()))) {
                    best = new Trigger(rule, due.get(), Optional.of(peak), Optional.of(clock));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** When {@code clock} reaches {@code percent} of its target (see the class comment). */
    static Optional<Instant> crossing(SlaClock clock, double percent, BusinessCalendar calendar) {
        Duration amount = Duration.ofNanos(Math.round(clock.target().toNanos() * (percent / 100.0)));
        Duration elapsed = clock.elapsed();
        if (elapsed.compareTo(amount) >= 0) {
            Instant past = calendar.subtractBusinessTime(clock.measuredAt(), elapsed.minus(amount));
            return Optional.of(later(past, clock.startedAt()));
        }
        if (clock.state() == ClockState.RUNNING) {
            return Optional.of(calendar.addBusinessTime(clock.measuredAt(), amount.minus(elapsed)));
        }
        return Optional.empty();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String reason(EscalationSubject s, Trigger t, EscalationLevel to, Instant at) {
        String p = s.priority().name();
        EscalationRule rule = t.rule();
        if (rule instanceof EscalationRule.Unacknowledged) {
            Duration after = ((EscalationRule.Unacknowledged) rule).after();
            return p + " unacknowledged for " + ReasonText.minutes(Duration.between(s.openedAt(), at))
                    + " (rule: " + ReasonText.exact(after)
                    + t.peak().map(k -> "; " + k.name() + " peak: " + ReasonText.exact(k.tighten(after))).orElse("")
                    + ")";
        }
        if (rule instanceof EscalationRule.SlaPercent) {
            double percent = ((EscalationRule.SlaPercent) rule).percent();
            SlaClock clock = t.clock().orElseThrow();
            double threshold = t.peak().map(k -> k.tighten(percent)).orElse(percent);
            double reached = at.isAfter(clock.measuredAt()) && t.dueAt().equals(at) ? threshold : clock.percentAt(at);
            return p + " " + clock.kind().name().toLowerCase(Locale.ROOT) + " SLA at " + ReasonText.reached(reached)
                    + " (rule: " + ReasonText.percent(percent)
                    + t.peak().map(k -> "; " + k.name() + " peak: " + ReasonText.percent(k.tighten(percent))).orElse("")
                    + ")";
        }
        if (t.peak().isPresent()) {
            return p + " during " + t.peak().get().name() + " peak goes straight to " + to.name();
        }
        return p + " goes straight to " + to.name() + " (rule: " + rule.describe() + ")";
    }

    /** A rule with its due instant, and the peak window and clock that set it. */
    private record Trigger(EscalationRule rule, Instant dueAt, Optional<PeakWindow> peak, Optional<SlaClock> clock) {
    }
}
