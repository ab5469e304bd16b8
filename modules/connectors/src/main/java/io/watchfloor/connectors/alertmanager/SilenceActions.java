package io.watchfloor.connectors.alertmanager;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.WriteOutcomes;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.LabelMatcher;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.TargetRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs operator actions on Alertmanager alerts as silences (API-NOTES 0 and 1.4-1.6). Acknowledge
 * and silence create a silence whose comment carries the action's marker; before creating one, the
 * silences with the same matchers (and those the board saw muting the alert) are read, and an active or
 * pending silence with that marker is taken as the action already done. Unacknowledge expires the
 * acknowledging silences.
 *
 * <p>A first try ({@link ActionContext#earlierTry()} false, ADR 0009) has no earlier silence to find, so it
 * skips that read when the board can judge it instead (ADR 0013): a silence always, an acknowledgement when
 * the board read the source at most {@link #BOARD_READ_FOR} ago; the acknowledgement is then refused when that
 * read shows the alert acknowledged by another operator, and otherwise created with one request. Thread-safe
 * (stateless apart from the client); blocks on network IO.
 */
final class SilenceActions {
    private static final Logger LOG = LoggerFactory.getLogger(SilenceActions.class);
    /**
     * How old the board's read of the source may be for a first-try acknowledgement to be judged on it instead
     * of on a read of the alert's silences made just before the write (ADR 0013).
     */
    static final Duration BOARD_READ_FOR = Duration.ofSeconds(5);

    private final SourceId source;
    private final AlertmanagerClient client;
    private final String ackPrefix;
    private final Clock clock;

    SilenceActions(SourceId source, AlertmanagerClient client, String ackPrefix, Clock clock) {
        this.source = source;
        this.client = client;
        this.ackPrefix = ackPrefix;
        this.clock = clock;
    }

    ActionOutcome perform(OperatorAction action, ActionContext context) {
        TargetRef target = action.target();
        if (!target.source().equals(source)) {
            return rejected(action.kind().verb() + " of " + target.key() + " was sent to source " + source);
        }
        if (target.type() != TargetRef.Type.ALERT) {
            return rejected("alertmanager has no incidents: cannot " + action.kind().verb() + " " + target.display());
        }
        ActionOutcome outcome;
        if (action instanceof OperatorAction.Acknowledge) {
            outcome = acknowledge((OperatorAction.Acknowledge) action, context);
        } else if (action instanceof OperatorAction.Unacknowledge) {
            outcome = unacknowledge(action, context);
        } else if (action instanceof OperatorAction.Silence) {
            outcome = silence((OperatorAction.Silence) action, context);
        } else {
            outcome = rejected("alertmanager cannot " + action.kind().verb() + " an alert");
        }
        LOG.debug("source {}: {} {} by {}: {}", source, action.kind().verb(), target.id(), action.operator().name(),
                outcome.summary());
        return outcome;
    }

    private ActionOutcome acknowledge(OperatorAction.Acknowledge ack, ActionContext context) {
        Optional<Alert> alert = onBoard(ack, context);
        if (alert.isEmpty()) {
            return notOnBoard(ack);
        }
        String comment = ackPrefix + " acknowledged by " + ack.operator().name() + " via Watchfloor"
                + ack.note().map(n -> ": " + n).orElse("") + " " + ActionConnector.marker(ack);
        Alert a = alert.get();
        if (!context.earlierTry() && boardIsRecent(context)) {
            Optional<ActionOutcome> taken = a.acknowledgement().filter(k -> !k.by().equalsIgnoreCase(ack.operator().name()))
                    .map(k -> rejected(name(ack) + " is already acknowledged by " + k.by()
                            + k.until().map(u -> " until " + u).orElse("") + " (silence " + k.reference() + ")"));
            return taken.orElseGet(() -> write(ack, exact(a.labels()), ack.duration(), comment, "acknowledged"));
        }
        return create(ack, exact(a.labels()), a.silencedBy(), ack.duration(), comment, "acknowledged",
                silences -> silences.stream()
                        .filter(s -> s.state() == SilenceState.ACTIVE && isAckOf(s, a)
                                && !s.createdBy().equalsIgnoreCase(ack.operator().name()))
                        .findFirst()
                        .map(s -> rejected(name(ack) + " is already acknowledged by " + s.createdBy() + " until "
                                + s.endsAt() + " (silence " + s.id() + ")")));
    }

    private ActionOutcome silence(OperatorAction.Silence silence, ActionContext context) {
        List<SilenceMatcher> matchers = new ArrayList<>();
        if (silence.matchers().isEmpty()) {
            Optional<Alert> alert = onBoard(silence, context);
            if (alert.isEmpty()) {
                return notOnBoard(silence);
            }
            matchers.addAll(exact(alert.get().labels()));
        } else {
            for (LabelMatcher m : silence.matchers()) {
                matchers.add(new SilenceMatcher(m.name(), m.value(), m.regex(), m.equal()));
            }
        }
        String comment = silence.comment().strip() + " " + ActionConnector.marker(silence);
        if (!context.earlierTry()) {
            // Nothing but an earlier try's marker is looked for in the silences read before a silence.
            return write(silence, matchers, silence.duration(), comment, "silenced");
        }
        return create(silence, matchers, List.of(), silence.duration(), comment, "silenced",
                silences -> Optional.empty());
    }

    /**
     * Creates the silence unless one carrying the action's marker is already in effect, or
     * {@code conflict} finds a reason not to among the silences the cluster holds.
     */
    private ActionOutcome create(OperatorAction action, List<SilenceMatcher> matchers, List<String> silencedBy,
                                 Duration duration, String comment, String done,
                                 Function<List<Silence>, Optional<ActionOutcome>> conflict) {
        String marker = ActionConnector.marker(action);
        List<Silence> existing;
        try {
            existing = relevant(matchers, silencedBy);
        } catch (SourceException e) {
            return WriteOutcomes.failedRead(e);
        }
        for (Silence s : existing) {
            if (s.state() != SilenceState.EXPIRED && s.comment().contains(marker)) {
                return new ActionOutcome.Accepted("already " + done + " by silence " + s.id() + " until "
                        + s.endsAt(), Optional.of(s.id()));
            }
        }
        Optional<ActionOutcome> refused = conflict.apply(existing);
        if (refused.isPresent()) {
            return refused.get();
        }
        return write(action, matchers, duration, comment, done);
    }

    /** Creates the silence, starting now (the only request of a first try the board judged, ADR 0013). */
    private ActionOutcome write(OperatorAction action, List<SilenceMatcher> matchers, Duration duration, String comment,
                                String done) {
        Instant now = clock.instant();
        Instant end = now.plus(duration);
        try {
            String id = client.createSilence(matchers, now, end, action.operator().name(), comment);
            return new ActionOutcome.Accepted(done + " by silence " + id + " until " + end, Optional.of(id));
        } catch (SourceException e) {
            return WriteOutcomes.failedWrite(e);
        }
    }

    /** The board's read of the source, which the context's alert comes from, is at most {@link #BOARD_READ_FOR} old. */
    private boolean boardIsRecent(ActionContext context) {
        Instant oldest = clock.instant().minus(BOARD_READ_FOR);
        return context.readAt().filter(at -> !at.isBefore(oldest)).isPresent();
    }

    private ActionOutcome unacknowledge(OperatorAction unack, ActionContext context) {
        Optional<Alert> alert = onBoard(unack, context);
        if (alert.isEmpty()) {
            return notOnBoard(unack);
        }
        List<Silence> all;
        try {
            all = relevant(exact(alert.get().labels()), alert.get().silencedBy());
        } catch (SourceException e) {
            return WriteOutcomes.failedRead(e);
        }
        List<Silence> acks = new ArrayList<>();
        for (Silence s : all) {
            if (s.state() != SilenceState.EXPIRED && isAckOf(s, alert.get())) {
                acks.add(s);
            }
        }
        if (acks.isEmpty()) {
            return alreadyExpired(unack, all, alert.get()).<ActionOutcome>map(s -> new ActionOutcome.Accepted(
                            "already unacknowledged: silence " + s.id() + " was expired at " + s.endsAt(), Optional.of(s.id())))
                    .orElseGet(() -> rejected(name(unack) + " is not acknowledged"));
        }
        List<String> expired = new ArrayList<>();
        for (Silence s : acks) {
            try {
                client.expireSilence(s.id());
                expired.add(s.id());
            } catch (SourceException e) {
                if (e.httpStatus() == 404) {
                    expired.add(s.id()); // gone since it was read: expired by someone else
                    continue;
                }
                ActionOutcome failed = WriteOutcomes.outcome(e, !expired.isEmpty() || WriteOutcomes.mayHaveBeenApplied(e));
                return expired.isEmpty() ? failed : partly(failed, expired, acks.size());
            }
        }
        return new ActionOutcome.Accepted("expired acknowledging silence" + (expired.size() == 1 ? " " : "s ")
                + String.join(", ", expired), Optional.of(String.join(",", expired)));
    }

    /**
     * The silences an action on a target must look at, asked for instead of every silence the cluster holds
     * (which grows with every acknowledgement): those carrying all of {@code matchers} (a silence Watchfloor
     * or karma made for exactly this alert, whatever its state; among them an earlier attempt of the action),
     * and the ones the board saw muting the alert ({@code silencedBy}), whatever their matchers.
     */
    private List<Silence> relevant(List<SilenceMatcher> matchers, List<String> silencedBy) throws SourceException {
        List<Silence> out = new ArrayList<>(client.silences(matchers));
        Set<String> seen = new HashSet<>();
        out.forEach(s -> seen.add(s.id()));
        for (String id : silencedBy) {
            if (seen.add(id)) {
                client.silence(id).ifPresent(out::add);
            }
        }
        return out;
    }

    /** An ACK silence that mutes the alert (listed in its silencedBy, or matching its labels). */
    private boolean isAckOf(Silence s, Alert alert) {
        return s.comment().startsWith(ackPrefix) && (alert.silencedBy().contains(s.id()) || s.mutes(alert.labels()));
    }

    /** An ACK silence of the alert expired after the action was taken: a retried unacknowledge already done. */
    private Optional<Silence> alreadyExpired(OperatorAction unack, List<Silence> all, Alert alert) {
        return all.stream().filter(s -> s.state() == SilenceState.EXPIRED && isAckOf(s, alert))
                .filter(s -> !s.endsAt().isBefore(unack.takenAt())
                        && s.updatedAt().filter(u -> !u.isBefore(unack.takenAt())).isPresent())
                .findFirst();
    }

    private static ActionOutcome partly(ActionOutcome failed, List<String> expired, int of) {
        String prefix = "expired " + expired.size() + " of " + of + " acknowledging silences ("
                + String.join(", ", expired) + "), then ";
        if (failed instanceof ActionOutcome.Failed) {
            return new ActionOutcome.Failed(prefix + ((ActionOutcome.Failed) failed).reason(), true);
        }
        ActionOutcome.Rejected r = (ActionOutcome.Rejected) failed;
        return new ActionOutcome.Rejected(prefix + r.reason(), r.status());
    }

    private static Optional<Alert> onBoard(OperatorAction action, ActionContext context) {
        return context.alert().filter(a -> a.fingerprint().equals(action.target().id()) && a.firing());
    }

    private static ActionOutcome notOnBoard(OperatorAction action) {
        return rejected("alert " + action.target().id() + " is not on the board (resolved?)");
    }

    private static String name(OperatorAction action) {
        TargetRef t = action.target();
        return t.display().isBlank() || t.display().equals(t.id()) ? t.id() : t.display() + " (" + t.id() + ")";
    }

    private static List<SilenceMatcher> exact(Map<String, String> labels) {
        List<SilenceMatcher> out = new ArrayList<>();
        new TreeMap<>(labels).forEach((k, v) -> out.add(SilenceMatcher.exact(k, v)));
        return out;
    }

    private static ActionOutcome rejected(String reason) {
        return new ActionOutcome.Rejected(reason, Optional.empty());
    }
}
