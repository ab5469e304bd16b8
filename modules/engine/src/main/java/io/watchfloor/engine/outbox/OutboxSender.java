package io.watchfloor.engine.outbox;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.PlannedAction;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.TargetRef;
import io.watchfloor.engine.Engine;
import io.watchfloor.store.AuditStore;
import io.watchfloor.store.OutboxAnswer;
import io.watchfloor.store.OutboxEntry;
import io.watchfloor.store.OutboxState;
import io.watchfloor.store.OutboxStore;
import io.watchfloor.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries of claimed actions: judge each against the board, perform it through its connector, and record
 * the answers in the outbox, the audit trail and on the board (a batch's answers in one durable write
 * each). Also keeps the futures of the answers callers wait for. Thread-safe; {@link #performAll} and
 * {@link #record} run on a send lane and block on network IO and the store.
 */
final class OutboxSender {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final OutboxStore outbox;
    private final Map<SourceId, ActionConnector> connectors;
    private final Engine engine;
    private final BoardUpdates board;
    private final AuditStore audit;
    private final Clock clock;
    private final Backoff backoff;
    private final BoardTargets targets = new BoardTargets();
    private final Map<String, CompletableFuture<ActionOutcome>> firstAttempts = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<ActionOutcome>> finals = new ConcurrentHashMap<>();

    OutboxSender(OutboxStore outbox, Map<SourceId, ActionConnector> connectors, Engine engine, BoardUpdates board,
                 AuditStore audit, Clock clock, Backoff backoff) {
        this.outbox = outbox;
        this.connectors = connectors;
        this.engine = engine;
        this.board = board;
        this.audit = audit;
        this.clock = clock;
        this.backoff = backoff;
    }

    /** The source that performs the action: the desk for create-incident, else the target's source. */
    static SourceId ownerSource(OperatorAction action) {
        return action instanceof OperatorAction.CreateIncident ? ((OperatorAction.CreateIncident) action).desk()
                : action.target().source();
    }

    /** Where an entry stands, for people: "queued since 02:00:00: cannot connect ... (3 tries)". */
    static String progress(OutboxEntry e, ZoneId zone) {
        String since = "queued since " + HH_MM_SS.format(LocalTime.ofInstant(e.enqueuedAt(), zone));
        return e.lastError().map(r -> since + ": " + r + " (" + e.attempts() + " tries)").orElse(since);
    }

    /** The answer a finished entry records: accepted, rejected, or withdrawn (shown as not applied). */
    static Optional<ActionOutcome> finalOutcome(OutboxEntry e) {
        String reply = e.finalReply().orElse("");
        if (e.state() == OutboxState.ACCEPTED) {
            return Optional.of(new ActionOutcome.Accepted(reply.replaceFirst("^accepted: ", ""), Optional.empty()));
        }
        if (e.state() == OutboxState.REJECTED) {
            return Optional.of(new ActionOutcome.Rejected(reply.replaceFirst("^rejected: ", ""), Optional.empty()));
        }
        if (e.state() == OutboxState.CANCELLED) {
            return Optional.of(new ActionOutcome.Rejected("withdrawn from the outbox before it was sent", Optional.empty()));
        }
        return Optional.empty();
    }

    /** The answer to the first try of an action, when it comes. */
    CompletableFuture<ActionOutcome> firstAttempt(String actionId) {
        return firstAttempts.computeIfAbsent(actionId, k -> new CompletableFuture<>());
    }

    /** The final answer to an action, when it comes. */
    CompletableFuture<ActionOutcome> finalAnswer(String actionId) {
        return finals.computeIfAbsent(actionId, k -> new CompletableFuture<>());
    }

    /** Drops what callers wait for on an action that was never queued. */
    void forget(String actionId) {
        firstAttempts.remove(actionId);
        finals.remove(actionId);
    }

    /** Another process answered the action: whoever waits here gets that answer. */
    void answeredElsewhere(String actionId, ActionOutcome outcome) {
        Optional.ofNullable(firstAttempts.remove(actionId)).ifPresent(f -> f.complete(outcome));
        Optional.ofNullable(finals.remove(actionId)).ifPresent(f -> f.complete(outcome));
    }

    /** One try of a claimed action: its action, the number of the try (1 for the first) and the answer. */
    record Tried(OperatorAction action, int attempt, ActionOutcome outcome) {
    }

    /**
     * Records the answers of several tries: the final ones in the outbox and the audit trail in one durable write
     * (ADR 0007), then on the board; the failed ones as retries, each on its own. Until the outbox write
     * returned, nothing is shown as answered.
     *
     * @return the final answers that are recorded, by action id
     */
    Map<String, ActionOutcome> record(List<Tried> tries) {
        Instant now = clock.instant();
        List<OutboxAnswer> answers = new ArrayList<>();
        List<ActionStatus> rows = new ArrayList<>();
        for (Tried t : tries) {
            if (t.outcome() instanceof ActionOutcome.Failed) {
                try {
                    retryLater(t.action(), t.attempt(), (ActionOutcome.Failed) t.outcome(), now);
                } catch (StoreException e) {
                    LOG.error("outbox: cannot schedule the retry of {}: {}", t.action().id(), e.getMessage());
                }
            } else {
                answers.add(new OutboxAnswer(t.action().id(), t.outcome(), now));
                rows.add(new ActionStatus(t.action(), Optional.of(t.outcome()), now));
            }
        }
        Map<String, ActionOutcome> answered = new LinkedHashMap<>();
        try {
            outbox.finishAll(answers, audit, rows);
            tries.stream().filter(t -> !(t.outcome() instanceof ActionOutcome.Failed))
                    .forEach(t -> answered.put(t.action().id(), t.outcome()));
        } catch (StoreException e) {
            // The upstream answered but the outbox could not record it: the entries' leases run out and they
            // are sent again, which the upstream recognises by their markers. Nothing is lost.
            LOG.error("outbox: cannot record the answers to {} actions: {}", answers.size(), e.getMessage());
        }
        for (Tried t : tries) {
            ActionOutcome outcome = answered.get(t.action().id());
            if (outcome != null) {
                board.answered(t.action().id(), outcome);
                LOG.info("{} {} by {}: {}", t.action().kind().verb(), t.action().target().display(),
                        t.action().operator().name(), outcome.summary());
                Optional.ofNullable(finals.remove(t.action().id())).ifPresent(f -> f.complete(outcome));
            }
            Optional.ofNullable(firstAttempts.remove(t.action().id())).ifPresent(f -> f.complete(t.outcome()));
        }
        return answered;
    }

    private void retryLater(OperatorAction action, int attempt, ActionOutcome.Failed f, Instant now) throws StoreException {
        Duration wait = backoff.next(attempt, f.retryAfter());
        Instant next = now.plus(wait);
        outbox.retryLater(action.id(), next, f.reason(), f.outcomeUnknown());
        board.progress(action.id(), "queued: " + f.reason() + "; attempt " + attempt + ", next try "
                + HH_MM_SS.format(LocalTime.ofInstant(next.truncatedTo(ChronoUnit.SECONDS), clock.getZone())));
        LOG.info("{} {}: {}; retry in {} ms", action.kind().verb(), action.target().display(), f.reason(), wait.toMillis());
    }

    /**
     * Tries several claimed actions (on distinct targets), recording nothing: each is judged against the newest
     * board first (a connector that cannot do it, a conflict, an alert the board cannot see while its source
     * fails); those left are handed to their connectors, one
     * {@link ActionConnector#performAll} per connector (which may read their targets upstream together),
     * while {@code inTime} says so.
     *
     * <p>A claim that says it is the action's first try ({@code OutboxClaim.firstTry}) lets the connector skip
     * looking for the action's marker upstream (ADR 0009).
     *
     * @return the tries made, in the order of {@code claimed} within each connector; an action missing from
     *         them was not tried ({@code inTime} said no before its turn)
     */
    List<Tried> performAll(List<Claimed> claimed, BooleanSupplier inTime) {
        BoardState state = engine.feed().current();
        List<Tried> tried = new ArrayList<>();
        Map<SourceId, List<Claimed>> byOwner = new LinkedHashMap<>();
        Map<String, ActionContext> contexts = new HashMap<>();
        for (Claimed c : claimed) {
            SourceId owner = ownerSource(c.action());
            Judged judged = judge(c.action(), owner, connectors.get(owner), c.firstTry(), state);
            if (judged.answer().isPresent()) {
                tried.add(new Tried(c.action(), c.attempt(), judged.answer().get()));
            } else {
                byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(c);
                contexts.put(c.action().id(), judged.context());
            }
        }
        byOwner.forEach((owner, list) -> tried.addAll(performWith(owner, list, contexts, state, inTime)));
        return tried;
    }

    /**
     * The tries of one connector's share of a batch; an exception fails them all, outcome unknown (a retry
     * looks for its marker upstream).
     */
    private List<Tried> performWith(SourceId owner, List<Claimed> claimed, Map<String, ActionContext> contexts,
                                    BoardState state, BooleanSupplier inTime) {
        List<PlannedAction> planned = claimed.stream()
                .map(c -> new PlannedAction(c.action(), contexts.get(c.action().id()))).toList();
        List<ActionOutcome> answers;
        try {
            answers = connectors.get(owner).performAll(planned, inTime);
        } catch (RuntimeException e) {
            LOG.error("connector failed performing {} actions", claimed.size(), e);
            return claimed.stream().map(c -> new Tried(c.action(), c.attempt(),
                    new ActionOutcome.Failed("internal error: " + e, true))).toList();
        }
        List<Tried> tried = new ArrayList<>();
        for (int i = 0; i < answers.size() && i < claimed.size(); i++) {
            Claimed c = claimed.get(i);
            tried.add(new Tried(c.action(), c.attempt(), notARefusal(answers.get(i), owner, state)));
        }
        return tried;
    }

    /** A claimed action to try: the number of this try (1 for the first) and whether the claim calls it the first. */
    record Claimed(OperatorAction action, int attempt, boolean firstTry) {
    }

    /** The verdict on an action before its connector sees it: an answer already, or the context to send it with. */
    private record Judged(Optional<ActionOutcome> answer, ActionContext context) {
    }

    private Judged judge(OperatorAction action, SourceId owner, ActionConnector connector, boolean firstTry,
                         BoardState state) {
        ActionContext none = new ActionContext(Optional.empty(), Optional.empty(), Optional.empty());
        if (connector == null || !connector.supports(action.kind(), action.target().type())) {
            return new Judged(Optional.of(new ActionOutcome.Rejected("source " + owner + " is not configured to "
                    + action.kind().verb() + " here", Optional.empty())), none);
        }
        Optional<String> conflict = Conflicts.since(action, state, targets);
        if (conflict.isPresent()) {
            return new Judged(Optional.of(new ActionOutcome.Rejected(conflict.get(), Optional.empty())), none);
        }
        ActionContext known = Conflicts.context(action.target(), state, targets);
        ActionContext context = firstTry ? known.firstTry() : known;
        return new Judged(unknownTarget(action, context, state), context);
    }

    /**
     * An alert the board does not show while its source cannot be read: the connector would refuse it as
     * "not on the board" for good, though it may be there. Wait for the source instead.
     */
    private static Optional<ActionOutcome> unknownTarget(OperatorAction action, ActionContext context, BoardState state) {
        TargetRef t = action.target();
        if (t.type() != TargetRef.Type.ALERT || context.alert().isPresent()) {
            return Optional.empty();
        }
        return state.health(t.source()).filter(h -> h.consecutiveFailures() > 0).map(h -> new ActionOutcome.Failed(
                "alert " + t.display() + " is not on the board while " + t.source() + " cannot be read ("
                        + h.lastError().orElse("failing") + ")", false));
    }

    /**
     * A 401 says the credentials are wrong, not the action; a 403 while the source's own reads are refused
     * too is the same trouble. Neither is the upstream's verdict on the action: keep it queued (it is sent
     * when the credentials work again) instead of dropping it. A 403 while reads succeed is a real refusal
     * (an ACL, a data policy).
     */
    private static ActionOutcome notARefusal(ActionOutcome outcome, SourceId owner, BoardState state) {
        if (!(outcome instanceof ActionOutcome.Rejected)) {
            return outcome;
        }
        ActionOutcome.Rejected r = (ActionOutcome.Rejected) outcome;
        int status = r.status().orElse(0);
        boolean readsRefused = state.health(owner).filter(h -> h.consecutiveFailures() > 0).isPresent();
        if (status == 401 || (status == 403 && readsRefused)) {
            String http = r.reason().contains("HTTP " + status) ? "" : " (HTTP " + status + ")";
            return new ActionOutcome.Failed(r.reason() + http + "; kept queued until " + owner + " accepts the credentials",
                    false);
        }
        return outcome;
    }
}
