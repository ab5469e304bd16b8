package io.watchfloor.store;

import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.OperatorAction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable outbox: every operator action is appended (and committed to the file) before it is
 * applied optimistically or sent, and stays until its upstream accepted or refused it.
 *
 * <p>Dispatchers in several processes may share it: an entry is sent only by the one that
 * {@link #claim claimed} it, under a lease; a conditional update makes the claim atomic, so two
 * claimers never both win. A lease that runs out (its sender died) lets another claim it again, marked
 * {@link OutboxEntry#outcomeUnknown() outcome unknown}.
 *
 * <p>Instants are the caller's ({@code Clock}-driven); nothing here reads the wall clock.
 * Blocking JDBC, thread-safe: call it from the engine's outbox thread ({@code wf-outbox}) or the
 * CLI's main thread, never the FX thread.
 */
public final class OutboxStore {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxStore.class);
    private static final int TEXT_LIMIT = 4000;
    private static final String OPEN = "state IN ('QUEUED', 'SENDING', 'RETRYING')";

    private final ConnectionPool pool;

    OutboxStore(ConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * Appends a queued action, due at once. Committed and written to the file before it returns.
     * Appending an id that is already there changes nothing and returns the entry as it is.
     */
    public OutboxEntry append(OperatorAction action, Instant at) throws StoreException {
        Objects.requireNonNull(at, "at");
        String json = DomainJson.SHARED.writeAction(action);
        OutboxEntry fresh = new OutboxEntry(action, OutboxState.QUEUED, 0, at, at, Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return pool.durable("append action " + action.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (action_id, kind, target_source,"
                    + " target_id, action_json, state, enqueued_at, next_attempt_at)"
                    + " VALUES (?, ?, ?, ?, ?, 'QUEUED', ?, ?)")) {
                ps.setString(1, action.id());
                ps.setString(2, action.kind().verb());
                ps.setString(3, action.target().source().value());
                ps.setString(4, action.target().id());
                ps.setString(5, json);
                SqlTime.set(ps, 6, at);
                SqlTime.set(ps, 7, at);
                ps.executeUpdate();
                return fresh;
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.DUPLICATE_KEY_1) {
                    throw e;
                }
                return select(c, action.id()).orElseThrow(() -> e);
            }
        });
    }

    /**
     * Open entries due at {@code now} ({@code nextAttemptAt <= now}) that no live lease holds, oldest
     * first; at most {@code limit}.
     */
    public List<OutboxEntry> due(Instant now, int limit) throws StoreException {
        requirePositive(limit);
        return pool.transaction("list due actions", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + OutboxRows.COLUMNS + " FROM outbox WHERE "
                    + OPEN + " AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)"
                    + " ORDER BY enqueued_at, seq LIMIT ?")) {
                SqlTime.set(ps, 1, now);
                SqlTime.set(ps, 2, now);
                ps.setInt(3, limit);
                return OutboxRows.list(ps);
            }
        });
    }

    /**
     * Takes an entry for sending: a due queued or retrying entry, or a sending one whose lease ran
     * out (then {@code outcomeUnknown} becomes true: its sender may have sent it). It becomes
     * {@link OutboxState#SENDING}, held by {@code owner} until {@code leaseUntil}, one more attempt.
     *
     * @return false when it is not there, not due, finished, or held by a live lease
     */
    public boolean claim(String actionId, String owner, Instant now, Instant leaseUntil) throws StoreException {
        checkClaim(owner, now, leaseUntil);
        return pool.durable("claim action " + actionId,
                c -> !OutboxBatches.claim(c, List.of(actionId), owner, now, leaseUntil).isEmpty());
    }

    /**
     * Claims several entries as {@link #claim} claims one, in one transaction: one commit and one write to
     * the file for all of them, done before it returns (so none is sent before its claim is durable).
     *
     * @return the ids whose claim took, in the order given
     */
    public Set<String> claimAll(List<String> actionIds, String owner, Instant now, Instant leaseUntil)
            throws StoreException {
        Set<String> ids = new LinkedHashSet<>();
        claimEach(actionIds, owner, now, leaseUntil).forEach(claim -> ids.add(claim.actionId()));
        return ids;
    }

    /**
     * Claims several entries as {@link #claimAll} does, and says of each claim that took whether it is the
     * entry's first try ({@link OutboxClaim#firstTry()}): a sender may then skip looking upstream for an
     * earlier try of the action (ADR 0009).
     *
     * @return the claims that took, in the order given
     */
    public List<OutboxClaim> claimEach(List<String> actionIds, String owner, Instant now, Instant leaseUntil)
            throws StoreException {
        checkClaim(owner, now, leaseUntil);
        if (actionIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = List.copyOf(actionIds);
        return pool.durable("claim " + ids.size() + " actions", c -> OutboxBatches.claim(c, ids, owner, now, leaseUntil));
    }

    /**
     * A send attempt failed for a reason that may pass: the entry waits until {@code nextAttemptAt}
     * and its lease is released. {@code outcomeUnknown} is added to what is known (it never goes back
     * to false). An entry that is no longer sending (finished or cancelled meanwhile) stays as it is.
     */
    public void retryLater(String actionId, Instant nextAttemptAt, String reason, boolean outcomeUnknown)
            throws StoreException {
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(reason, "reason");
        update(actionId, "schedule a retry of", "UPDATE outbox SET state = 'RETRYING', next_attempt_at = ?,"
                + " last_error = ?, outcome_unknown = (outcome_unknown OR ?), owner_name = NULL, lease_until = NULL"
                + " WHERE action_id = ? AND state = 'SENDING'", ps -> {
                    SqlTime.set(ps, 1, nextAttemptAt);
                    ps.setString(2, clip(reason, TEXT_LIMIT));
                    ps.setBoolean(3, outcomeUnknown);
                    ps.setString(4, actionId);
                });
    }

    /**
     * The upstream answered for good: {@link ActionOutcome.Accepted} makes the entry
     * {@link OutboxState#ACCEPTED}, {@link ActionOutcome.Rejected} {@link OutboxState#REJECTED}; the
     * outcome's summary is kept as its final reply. An entry already finished stays as it is.
     *
     * @throws IllegalArgumentException for {@link ActionOutcome.Failed}, which is not final (use
     *                                  {@link #retryLater})
     */
    public void finish(String actionId, ActionOutcome outcome, Instant at) throws StoreException {
        Objects.requireNonNull(at, "at");
        OutboxState state = finalState(outcome);
        update(actionId, "finish", "UPDATE outbox SET state = ?, finished_at = ?, final_reply = ?,"
                + " owner_name = NULL, lease_until = NULL WHERE action_id = ? AND " + OPEN, ps -> {
                    ps.setString(1, state.name());
                    SqlTime.set(ps, 2, at);
                    ps.setString(3, clip(outcome.summary(), TEXT_LIMIT));
                    ps.setString(4, actionId);
                });
    }

    /**
     * Withdraws an open entry that is not being sent under a live lease.
     *
     * @return whether it was cancelled (false: unknown, finished, or being sent right now)
     */
    public boolean cancel(String actionId, Instant at) throws StoreException {
        return pool.durable("cancel action " + actionId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = 'CANCELLED', finished_at = ?,"
                    + " owner_name = NULL, lease_until = NULL WHERE action_id = ? AND " + OPEN
                    + " AND (state <> 'SENDING' OR lease_until <= ?)")) {
                SqlTime.set(ps, 1, at);
                ps.setString(2, actionId);
                SqlTime.set(ps, 3, at);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The entry of this action, if there is one. */
    public Optional<OutboxEntry> find(String actionId) throws StoreException {
        return pool.transaction("read action " + actionId, c -> select(c, actionId));
    }

    /** Every open entry, oldest first. */
    public List<OutboxEntry> open() throws StoreException {
        return list("list open actions", "WHERE " + OPEN + " ORDER BY enqueued_at, seq", Integer.MAX_VALUE);
    }

    /** The newest {@code limit} entries in any state, newest first. */
    public List<OutboxEntry> recent(int limit) throws StoreException {
        requirePositive(limit);
        return list("list recent actions", "ORDER BY enqueued_at DESC, seq DESC", limit);
    }

    /** How many entries are open. */
    public int openCount() throws StoreException {
        return pool.transaction("count open actions", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE " + OPEN);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /**
     * Makes every queued or retrying entry due at {@code now}, whatever its backoff said (for
     * {@code watchfloor sync}). Entries being sent are left to their sender.
     *
     * @return how many entries were brought forward
     */
    public int expedite(Instant now) throws StoreException {
        return pool.durable("bring queued actions forward", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET next_attempt_at = ?"
                    + " WHERE state IN ('QUEUED', 'RETRYING') AND next_attempt_at > ?")) {
                SqlTime.set(ps, 1, now);
                SqlTime.set(ps, 2, now);
                return ps.executeUpdate();
            }
        });
    }

    /** Deletes finished entries (accepted, rejected, cancelled) that finished before {@code before}. */
    public int prune(Instant before) throws StoreException {
        return pool.transaction("prune finished actions", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE NOT " + OPEN
                    + " AND finished_at < ?")) {
                SqlTime.set(ps, 1, before);
                return ps.executeUpdate();
            }
        });
    }

    private List<OutboxEntry> list(String what, String tail, int limit) throws StoreException {
        return pool.transaction(what, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + OutboxRows.COLUMNS + " FROM outbox " + tail
                    + " LIMIT ?")) {
                ps.setInt(1, limit);
                return OutboxRows.list(ps);
            }
        });
    }

    private static Optional<OutboxEntry> select(Connection c, String actionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + OutboxRows.COLUMNS
                + " FROM outbox WHERE action_id = ?")) {
            ps.setString(1, actionId);
            return OutboxRows.single(ps);
        } catch (OutboxRows.UnreadableRow e) {
            throw new SQLException("outbox entry " + actionId + ": " + e.getMessage(), e);
        }
    }

    /** Runs a guarded update; when it matches nothing, says why (unknown id: error; wrong state: WARN). */
    private void update(String actionId, String what, String sql, Binder binder) throws StoreException {
        Optional<String> stale = pool.durable(what + " action " + actionId, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                if (ps.executeUpdate() == 1) {
                    return Optional.<String>empty();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT state FROM outbox WHERE action_id = ?")) {
                ps.setString(1, actionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return Optional.of(rs.next() ? rs.getString(1) : "");
                }
            }
        });
        if (stale.isPresent() && stale.get().isEmpty()) {
            throw new StoreException(pool.where() + ": cannot " + what + " action " + actionId
                    + ": it is not in the outbox");
        }
        stale.ifPresent(state -> LOG.warn("did not {} action {}: it is {} now", what, actionId, state));
    }

    /**
     * Records several final answers as {@link #finish} records one, in one transaction: one commit and one
     * write to the file for all of them, done before it returns. An entry already finished stays as it is
     * (WARN), as does an id the outbox does not hold (ERROR: the others are still recorded).
     */
    public void finishAll(List<OutboxAnswer> answers) throws StoreException {
        if (answers.isEmpty()) {
            return;
        }
        List<OutboxAnswer> all = List.copyOf(answers);
        report(pool.durable("finish " + all.size() + " actions", c -> OutboxBatches.finish(c, all, TEXT_LIMIT)));
    }

    /** Logs the answers {@link OutboxBatches#finish} left as they were. */
    private void report(Map<String, String> stale) {
        stale.forEach((id, state) -> {
            if (state.isEmpty()) {
                LOG.error("{}: cannot finish action {}: it is not in the outbox", pool.where(), id);
            } else {
                LOG.warn("did not finish action {}: it is {} now", id, state);
            }
        });
    }

    /**
     * Records final answers as {@link #finishAll(List)} does, and the audit rows of the same actions: when
     * {@code audit} is this database's audit trail, in the same transaction (one commit and one write to the
     * file for both, so that neither is ever on disk without the other); otherwise, or should that
     * transaction fail, the answers first and then the rows, each durable. A failure to write the audit rows
     * is logged, not thrown: the answers stand.
     *
     * @throws StoreException when the answers could not be recorded
     */
    public void finishAll(List<OutboxAnswer> answers, AuditStore audit, List<ActionStatus> rows) throws StoreException {
        if (answers.isEmpty() && rows.isEmpty()) {
            return;
        }
        List<OutboxAnswer> all = List.copyOf(answers);
        List<ActionStatus> audited = List.copyOf(rows);
        if (audit.uses(pool)) {
            try {
                report(pool.durable("finish and audit " + all.size() + " actions", c -> {
                    Map<String, String> stale = OutboxBatches.finish(c, all, TEXT_LIMIT);
                    AuditStore.merge(c, audited);
                    return stale;
                }));
                return;
            } catch (StoreException e) {
                LOG.warn("{}: answers and audit rows could not be written together ({}); writing them one after"
                        + " the other", pool.where(), e.getMessage());
            }
        }
        finishAll(all);
        try {
            audit.recordAll(audited);
        } catch (StoreException e) {
            LOG.error("could not write the outcomes of {} actions to the audit trail: {}", audited.size(), e.getMessage());
        }
    }

    private static void checkClaim(String owner, Instant now, Instant leaseUntil) {
        if (owner == null || owner.isBlank() || owner.length() > 128) {
            throw new IllegalArgumentException("claim needs an owner of 1-128 characters, was '" + owner + "'");
        }
        if (!leaseUntil.isAfter(now)) {
            throw new IllegalArgumentException("a lease must end after it starts: " + now + " .. " + leaseUntil);
        }
    }

    private static OutboxState finalState(ActionOutcome outcome) {
        if (outcome instanceof ActionOutcome.Accepted) {
            return OutboxState.ACCEPTED;
        }
        if (outcome instanceof ActionOutcome.Rejected) {
            return OutboxState.REJECTED;
        }
        throw new IllegalArgumentException("not a final outcome (retry it instead): " + outcome);
    }

    private static void requirePositive(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be > 0, was " + limit);
        }
    }

    private static String clip(String s, int max) {
        return OutboxBatches.clip(s, max);
    }

    /** Sets the parameters of a prepared statement. */
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }
}
