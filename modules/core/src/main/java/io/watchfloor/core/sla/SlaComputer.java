package io.watchfloor.core.sla;

import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SlaKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Computes Watchfloor's own SLA clocks ({@link ClockOrigin#COMPUTED}) from a policy and an
 * incident's facts. Stateless and thread-safe; recompute on every SLA tick.
 *
 * <p><b>Counting.</b> Both clocks start at {@code openedAt}. Time counts when the incident is in an
 * open state that does not pause ({@link SlaPolicy#pauseStates}) <em>and</em> the calendar is open;
 * outside business hours a clock stays {@link ClockState#RUNNING} but does not count. The response
 * clock stops at the acknowledgement (or at the resolution if that came first); the resolution clock
 * stops at the resolution ({@link IncidentFacts#resolution()}). A stop, acknowledgement or resolution
 * later than {@code now} (clock skew) is taken as {@code now}.
 *
 * <p><b>Results.</b> {@code elapsed} is counted business time up to {@code now} (or the stop).
 * A stopped clock is {@link ClockState#MET} when it stopped before its target was used up, else
 * {@link ClockState#BREACHED} (kept as such). A clock of a canceled incident is
 * {@link ClockState#CANCELLED}. A live clock is {@link ClockState#PAUSED} while the incident is in a
 * pause state, else RUNNING; running or paused past the target it keeps that state and its
 * {@code breachAt} lies in the past, so {@link SlaClock#stateAt} reads breached.
 *
 * <p><b>Breach forecast.</b> {@link SlaClock#breachAt()} is the forecast the wall shows ("breaches
 * at 14:32"): for a live clock not yet breached, {@code calendar.addBusinessTime(now, target -
 * elapsed)}, i.e. assuming it counts from now on without pauses (for a paused clock: were it resumed
 * now; it moves with every recomputation); once the target is used up, the instant it was; for a met
 * clock, when it would have breached had it kept counting after the stop. Invariant for a live clock
 * before breach: {@code elapsed + calendar.businessTimeBetween(now, breachAt) == target}.
 */
public final class SlaComputer {

    /** Both clocks the policy defines (response first), computed at {@code now}. */
    public List<SlaClock> compute(SlaPolicy policy, IncidentFacts facts, Instant now) {
        List<SlaClock> clocks = new ArrayList<>(2);
        clock(policy, SlaKind.RESPONSE, facts, now).ifPresent(clocks::add);
        clock(policy, SlaKind.RESOLUTION, facts, now).ifPresent(clocks::add);
        return List.copyOf(clocks);
    }

    /**
     * The clocks to show for a desk incident: every {@link ClockOrigin#DESK} clock it carries, plus a
     * computed clock for each kind the desk has none of, from the policy that
     * {@link SlaPolicies#forIncident} picks (none when no policy applies). Previously computed clocks
     * on the incident are replaced.
     */
    public List<SlaClock> clocksFor(SlaPolicies policies, Incident incident, List<StateChange> observed,
                                    Instant now) {
        List<SlaClock> clocks = new ArrayList<>();
        Set<SlaKind> deskKinds = EnumSet.noneOf(SlaKind.class);
        for (SlaClock c : incident.clocks()) {
            if (c.origin() == ClockOrigin.DESK) {
                clocks.add(c);
                deskKinds.add(c.kind());
            }
        }
        Optional<SlaPolicy> policy = policies.forIncident(incident.service(), incident.priority());
        if (policy.isPresent() && deskKinds.size() < SlaKind.values().length) {
            IncidentFacts facts = IncidentFacts.of(incident, observed);
            for (SlaKind kind : SlaKind.values()) {
                if (!deskKinds.contains(kind)) {
                    clock(policy.get(), kind, facts, now).ifPresent(clocks::add);
                }
            }
        }
        return List.copyOf(clocks);
    }

    /** One clock, when the policy sets a target for {@code kind}. */
    public Optional<SlaClock> clock(SlaPolicy policy, SlaKind kind, IncidentFacts facts, Instant now) {
        Optional<Duration> target = policy.target(kind);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Instant start = facts.openedAt();
        Instant at = now.isBefore(start) ? start : now;
        Optional<Instant> stop = stopOf(kind, facts).map(s -> clamp(s, start, at));
        Optional<Instant> cancel = stop.isPresent() ? Optional.empty()
                : facts.cancellation().map(s -> clamp(s, start, at));
        Instant end = stop.or(() -> cancel).orElse(at);
        Count count = count(policy, facts, start, end, target.get());
        Duration remaining = target.get().minus(count.elapsed());
        ClockState state;
        if (stop.isPresent()) {
            state = remaining.isNegative() ? ClockState.BREACHED : ClockState.MET;
        } else if (cancel.isPresent()) {
            state = ClockState.CANCELLED;
        } else {
            state = policy.pausesIn(facts.stateAt(at)) ? ClockState.PAUSED : ClockState.RUNNING;
        }
        Instant breachAt = count.breachAt()
                .orElseGet(() -> policy.calendar().addBusinessTime(end, remaining));
        String name = policy.name() + " " + kind.name().toLowerCase(Locale.ROOT)
                + " (" + TargetText.of(target.get()) + ")";
        return Optional.of(new SlaClock(name, kind, ClockOrigin.COMPUTED, state, target.get(), start, breachAt,
                count.elapsed(), at));
    }

    private static Optional<Instant> stopOf(SlaKind kind, IncidentFacts facts) {
        Optional<Instant> resolution = facts.resolution();
        if (kind == SlaKind.RESOLUTION) {
            return resolution;
        }
        Optional<Instant> ack = facts.acknowledgedAt();
        if (ack.isPresent() && resolution.isPresent()) {
            return Optional.of(ack.get().isBefore(resolution.get()) ? ack.get() : resolution.get());
        }
        return ack.or(() -> resolution);
    }

    private static Instant clamp(Instant t, Instant min, Instant max) {
        return t.isBefore(min) ? min : t.isAfter(max) ? max : t;
    }

    /**
     * Counted time in {@code [start, end)}, and the instant the count reached {@code target} when it
     * did: walks the state segments, adding business time of those that count.
     */
    private static Count count(SlaPolicy policy, IncidentFacts facts, Instant start, Instant end, Duration target) {
        BusinessCalendar calendar = policy.calendar();
        Duration elapsed = Duration.ZERO;
        Optional<Instant> breachAt = Optional.empty();
        Instant segmentStart = start;
        IncidentState state = facts.stateAt(start);
        List<StateChange> history = facts.history();
        int i = 0;
        while (segmentStart.isBefore(end)) {
            while (i < history.size() && !history.get(i).at().isAfter(segmentStart)) {
                i++;
            }
            Instant segmentEnd = i < history.size() && history.get(i).at().isBefore(end) ? history.get(i).at() : end;
            if (state.open() && !policy.pausesIn(state)) {
                Duration counted = calendar.businessTimeBetween(segmentStart, segmentEnd);
                Duration left = target.minus(elapsed);
                if (breachAt.isEmpty() && counted.compareTo(left) >= 0) {
                    breachAt = Optional.of(calendar.addBusinessTime(segmentStart, left));
                }
                elapsed = elapsed.plus(counted);
            }
            segmentStart = segmentEnd;
            state = facts.stateAt(segmentStart);
        }
        return new Count(elapsed, breachAt);
    }

    /** Counted time and, once the target was used up, the instant that happened. */
    private record Count(Duration elapsed, Optional<Instant> breachAt) {
    }
}
