package io.watchfloor.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One thing an operator did, addressed to the system that owns the target. Immutable.
 *
 * <p>Every action carries an {@code id} that travels upstream with it (in the work note, the silence
 * comment), so that a retry can recognise an action the upstream already applied, who took it, and
 * when.
 */
public sealed interface OperatorAction {
    /** The action's idempotency key: a UUID, unique per action. */
    String id();

    Operator operator();

    TargetRef target();

    Instant takenAt();

    ActionKind kind();

    /** A new random action id. */
    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Alert: a silence marked as an acknowledgement. Incident: assign to the operator, In Progress, work note. */
    record Acknowledge(String id, Operator operator, TargetRef target, Instant takenAt, Duration duration,
                       Optional<String> note) implements OperatorAction {
        public Acknowledge {
            ActionChecks.common(id, operator, target, takenAt);
            ActionChecks.positive(duration, "acknowledgement duration");
            Objects.requireNonNull(note, "note");
        }

        @Override
        public ActionKind kind() {
            return ActionKind.ACKNOWLEDGE;
        }
    }

    /** Alert: expire the acknowledging silence. Incident: unassign. */
    record Unacknowledge(String id, Operator operator, TargetRef target, Instant takenAt) implements OperatorAction {
        public Unacknowledge {
            ActionChecks.common(id, operator, target, takenAt);
        }

        @Override
        public ActionKind kind() {
            return ActionKind.UNACKNOWLEDGE;
        }
    }

    /**
     * Incident: move to the next tier of the escalation matrix, with a reason.
     *
     * @param toTier     the tier it moves to (0 = first line)
     * @param toGroup    the assignment group of that tier, if the tier names one
     * @param toPriority the priority the tier raises it to, if any
     */
    record Escalate(String id, Operator operator, TargetRef target, Instant takenAt, String reason, int toTier,
                    Optional<String> toGroup, Optional<Priority> toPriority) implements OperatorAction {
        public Escalate {
            ActionChecks.common(id, operator, target, takenAt);
            ActionChecks.text(reason, "escalation reason");
            if (toTier < 0) {
                throw new IllegalArgumentException("tier must be >= 0");
            }
            Objects.requireNonNull(toGroup, "toGroup");
            Objects.requireNonNull(toPriority, "toPriority");
        }

        @Override
        public ActionKind kind() {
            return ActionKind.ESCALATE;
        }
    }

    /** A note: internal (work note) unless {@code customerVisible}. */
    record Annotate(String id, Operator operator, TargetRef target, Instant takenAt, String text,
                    boolean customerVisible) implements OperatorAction {
        public Annotate {
            ActionChecks.common(id, operator, target, takenAt);
            ActionChecks.text(text, "note");
        }

        @Override
        public ActionKind kind() {
            return ActionKind.ANNOTATE;
        }
    }

    /** Assign to a person and/or a group (at least one). */
    record Assign(String id, Operator operator, TargetRef target, Instant takenAt, Optional<String> assignee,
                  Optional<String> group) implements OperatorAction {
        public Assign {
            ActionChecks.common(id, operator, target, takenAt);
            Objects.requireNonNull(assignee, "assignee");
            Objects.requireNonNull(group, "group");
            if (assignee.isEmpty() && group.isEmpty()) {
                throw new IllegalArgumentException("assign needs a person or a group");
            }
        }

        @Override
        public ActionKind kind() {
            return ActionKind.ASSIGN;
        }
    }

    /** Resolve with the desk's close code and notes. */
    record Resolve(String id, Operator operator, TargetRef target, Instant takenAt, String closeCode, String notes)
            implements OperatorAction {
        public Resolve {
            ActionChecks.common(id, operator, target, takenAt);
            ActionChecks.text(closeCode, "close code");
            ActionChecks.text(notes, "close notes");
        }

        @Override
        public ActionKind kind() {
            return ActionKind.RESOLVE;
        }
    }

    /** Alert: a silence with these matchers (empty = every label of the target alert) for this long. */
    record Silence(String id, Operator operator, TargetRef target, Instant takenAt, Duration duration, String comment,
                   List<LabelMatcher> matchers) implements OperatorAction {
        public Silence {
            ActionChecks.common(id, operator, target, takenAt);
            ActionChecks.positive(duration, "silence duration");
            ActionChecks.text(comment, "silence comment");
            matchers = List.copyOf(matchers);
        }

        @Override
        public ActionKind kind() {
            return ActionKind.SILENCE;
        }
    }

    /** Open a desk incident for an alert, linking the two. */
    record CreateIncident(String id, Operator operator, TargetRef target, Instant takenAt, SourceId desk, String title,
                          Priority priority) implements OperatorAction {
        public CreateIncident {
            ActionChecks.common(id, operator, target, takenAt);
            Objects.requireNonNull(desk, "desk");
            ActionChecks.text(title, "incident title");
            Objects.requireNonNull(priority, "priority");
            if (target.type() != TargetRef.Type.ALERT) {
                throw new IllegalArgumentException("an incident is created from an alert");
            }
        }

        @Override
        public ActionKind kind() {
            return ActionKind.CREATE_INCIDENT;
        }
    }
}
