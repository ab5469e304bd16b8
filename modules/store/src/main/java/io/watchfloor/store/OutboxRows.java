package io.watchfloor.store;

import io.watchfloor.core.OperatorAction;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads rows of the {@code outbox} table into {@link OutboxEntry} values. */
final class OutboxRows {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxStore.class);
    /** Unreadable entries already reported: the dispatcher lists the queue every tick. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
    /** Actions already parsed, by id: more than a long replay's queue, few enough to stay small. */
    private static final int PARSED_LIMIT = 50_000;
    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

    /** The columns every query selects, in the order {@link #read} expects. */
    static final String COLUMNS = "action_id, action_json, state, attempts, enqueued_at, next_attempt_at,"
            + " last_attempt_at, last_error, outcome_unknown, owner_name, lease_until, finished_at, final_reply";

    private OutboxRows() {
    }

    /**
     * Every entry the query returns. A row whose action cannot be read (written by a newer version,
     * or damaged) is left out, with an ERROR the first time: it stays in the table, untouched, for a
     * build that can read it.
     */
    static List<OutboxEntry> list(PreparedStatement ps) throws SQLException {
        List<OutboxEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    out.add(read(rs));
                } catch (UnreadableRow e) {
                    if (REPORTED.add(e.actionId)) {
                        LOG.error("outbox entry {} left out: {}", e.actionId, e.getMessage());
                    }
                }
            }
        }
        return out;
    }

    /** The one entry the query returns, if any. */
    static Optional<OutboxEntry> single(PreparedStatement ps) throws SQLException, UnreadableRow {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        }
    }

    private static OutboxEntry read(ResultSet rs) throws SQLException, UnreadableRow {
        String id = rs.getString("action_id");
        OperatorAction action;
        OutboxState state;
        try {
            action = action(id, rs.getString("action_json"));
            state = OutboxState.valueOf(rs.getString("state"));
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableRow(id, "its action cannot be read by this version: " + ConnectionPool.oneLine(e));
        }
        if (!action.id().equals(id)) {
            throw new UnreadableRow(id, "its action carries another id, " + action.id());
        }
        return new OutboxEntry(action, state, rs.getInt("attempts"), SqlTime.require(rs, "enqueued_at"),
                SqlTime.require(rs, "next_attempt_at"), SqlTime.get(rs, "last_attempt_at"),
                Optional.ofNullable(rs.getString("last_error")), rs.getBoolean("outcome_unknown"),
                Optional.ofNullable(rs.getString("owner_name")), SqlTime.get(rs, "lease_until"),
                SqlTime.get(rs, "finished_at"), Optional.ofNullable(rs.getString("final_reply")));
    }

    /**
     * The action a row holds. A row's action never changes (append does not overwrite), and the dispatcher
     * lists every open entry on each pass, so each is parsed once and kept while it is likely to be listed
     * again; a row whose text differs from what was kept is parsed anew.
     */
    private static OperatorAction action(String id, String json) throws IOException {
        Parsed kept = PARSED.get(id);
        if (kept != null && kept.json().equals(json)) {
            return kept.action();
        }
        OperatorAction action = DomainJson.SHARED.readAction(json);
        if (PARSED.size() >= PARSED_LIMIT) {
            PARSED.clear();
        }
        PARSED.put(id, new Parsed(json, action));
        return action;
    }

    /** An action as parsed from its row's text. */
    private record Parsed(String json, OperatorAction action) {
    }

    /** A row this build cannot turn into an entry. */
    static final class UnreadableRow extends Exception {
        private static final long serialVersionUID = 1L;
        final String actionId;

        UnreadableRow(String actionId, String message) {
            super(message);
            this.actionId = actionId;
        }
    }
}
