package io.watchfloor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of the outbox's group writes: several claims, or several answers, in one transaction,
 * so that they share one commit and one {@code CHECKPOINT} (ADR 0007) instead of paying one each. Each
 * row's update is the same conditional update as the single-entry call's. Package-private; runs inside a
 * unit of work of {@link ConnectionPool}.
 */
final class OutboxBatches {
    static final String CLAIM = "UPDATE outbox SET state = 'SENDING',"
            + " attempts = attempts + 1, last_attempt_at = ?, owner_name = ?, lease_until = ?,"
            + " outcome_unknown = (outcome_unknown OR state = 'SENDING') WHERE action_id = ? AND ("
            + "(state IN ('QUEUED', 'RETRYING') AND next_attempt_at <= ?)"
            + " OR (state = 'SENDING' AND lease_until <= ?))";
    /** What a claim made of the entry: the try it is, and whether an earlier one may have reached the upstream. */
    static final String CLAIMED = "SELECT attempts, outcome_unknown FROM outbox WHERE action_id = ?";
    static final String FINISH = "UPDATE outbox SET state = ?, finished_at = ?, final_reply = ?,"
            + " owner_name = NULL, lease_until = NULL WHERE action_id = ? AND state IN ('QUEUED', 'SENDING', 'RETRYING')";

    private OutboxBatches() {
    }

    /**
     * Claims each id in order; returns the claims that took, in that order, each with whether it is the
     * entry's first try (read back in the same transaction, after the claim's own update).
     */
    static List<OutboxClaim> claim(Connection c, List<String> ids, String owner, Instant now, Instant leaseUntil)
            throws SQLException {
        List<OutboxClaim> claimed = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(CLAIM);
             PreparedStatement after = c.prepareStatement(CLAIMED)) {
            for (String id : ids) {
                SqlTime.set(ps, 1, now);
                ps.setString(2, owner);
                SqlTime.set(ps, 3, leaseUntil);
                ps.setString(4, id);
                SqlTime.set(ps, 5, now);
                SqlTime.set(ps, 6, now);
                if (ps.executeUpdate() == 1) {
                    after.setString(1, id);
                    try (ResultSet rs = after.executeQuery()) {
                        claimed.add(new OutboxClaim(id, rs.next() && rs.getInt(1) == 1 && !rs.getBoolean(2)));
                    }
                }
            }
        }
        return claimed;
    }

    /**
     * Records each answer; returns, for the entries it left as they were, their state ("" when the id is
     * not in the outbox at all).
     */
    static Map<String, String> finish(Connection c, List<OutboxAnswer> answers, int textLimit) throws SQLException {
        Map<String, String> stale = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(FINISH)) {
            for (OutboxAnswer a : answers) {
                ps.setString(1, a.state().name());
                SqlTime.set(ps, 2, a.at());
                ps.setString(3, clip(a.outcome().summary(), textLimit));
                ps.setString(4, a.actionId());
                if (ps.executeUpdate() != 1) {
                    stale.put(a.actionId(), "");
                }
            }
        }
        if (!stale.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT state FROM outbox WHERE action_id = ?")) {
                for (String id : stale.keySet()) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        stale.put(id, rs.next() ? rs.getString(1) : "");
                    }
                }
            }
        }
        return stale;
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
