package io.watchfloor.engine.action;

import io.watchfloor.core.Alert;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.EscalationTier;
import io.watchfloor.core.Incident;
import io.watchfloor.core.LabelMatcher;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.TargetRef;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes {@link OperatorAction}s for one operator: a new id, the current instant, and for escalations
 * the next tier of the matrix. Stateless apart from its settings; safe from any thread.
 */
public final class ActionRequests {
    private final Operator operator;
    private final Clock clock;
    private final EscalationMatrix matrix;
    private final Duration ackDuration;

    /**
     * @param ackDuration how long an alert acknowledgement (a silence) lasts
     */
    public ActionRequests(Operator operator, Clock clock, EscalationMatrix matrix, Duration ackDuration) {
        this.operator = Objects.requireNonNull(operator, "operator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.matrix = Objects.requireNonNull(matrix, "matrix");
        this.ackDuration = Objects.requireNonNull(ackDuration, "ackDuration");
    }

    public EscalationMatrix matrix() {
        return matrix;
    }

    public OperatorAction.Acknowledge acknowledge(TargetRef target, Optional<String> note) {
        return new OperatorAction.Acknowledge(OperatorAction.newId(), operator, target, clock.instant(), ackDuration, note);
    }

    public OperatorAction.Unacknowledge unacknowledge(TargetRef target) {
        return new OperatorAction.Unacknowledge(OperatorAction.newId(), operator, target, clock.instant());
    }

    /**
     * Escalates to the next tier of the matrix.
     *
     * @throws IllegalArgumentException when the incident is already at the top tier
     */
    public OperatorAction.Escalate escalate(Incident incident, String reason) {
        int next = matrix.next(incident).orElseThrow(() -> new IllegalArgumentException(
                incident.number() + " is already at the top tier (" + matrix.tier(matrix.tierOf(incident)).name() + ")"));
        EscalationTier tier = matrix.tier(next);
        Optional<Priority> raise = tier.priority().filter(p -> p.compareTo(incident.priority()) < 0);
        return new OperatorAction.Escalate(OperatorAction.newId(), operator, TargetRef.of(incident), clock.instant(),
                reason, next, tier.group(), raise);
    }

    public OperatorAction.Annotate annotate(TargetRef target, String text, boolean customerVisible) {
        return new OperatorAction.Annotate(OperatorAction.newId(), operator, target, clock.instant(), text, customerVisible);
    }

    public OperatorAction.Assign assign(TargetRef target, Optional<String> assignee, Optional<String> group) {
        return new OperatorAction.Assign(OperatorAction.newId(), operator, target, clock.instant(), assignee, group);
    }

    public OperatorAction.Resolve resolve(TargetRef target, String closeCode, String notes) {
        return new OperatorAction.Resolve(OperatorAction.newId(), operator, target, clock.instant(), closeCode, notes);
    }

    /** A silence; with no matchers, every label of the alert is matched exactly. */
    public OperatorAction.Silence silence(Alert alert, Duration duration, String comment, List<LabelMatcher> matchers) {
        return new OperatorAction.Silence(OperatorAction.newId(), operator, TargetRef.of(alert), clock.instant(),
                duration, comment, matchers);
    }

    public OperatorAction.CreateIncident createIncident(Alert alert, SourceId desk, String title, Priority priority) {
        return new OperatorAction.CreateIncident(OperatorAction.newId(), operator, TargetRef.of(alert), clock.instant(),
                desk, title, priority);
    }
}
