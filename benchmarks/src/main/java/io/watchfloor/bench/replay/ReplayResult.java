package io.watchfloor.bench.replay;

import io.watchfloor.simulator.LedgerEntry;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How one replay of a queue of actions went. Immutable.
 *
 * @param actions        actions in the queue
 * @param seconds        from the start of sending until the last action was answered (or the deadline passed)
 * @param accepted       actions the upstream accepted
 * @param rejected       actions refused for good (by the upstream, or as conflicting with the board)
 * @param unfinished     actions still open at the end: waiting for a retry, or cut off by the deadline
 * @param writes         write requests the simulator received meanwhile
 * @param writesByKind   those writes by method and path ("POST /api/v2/silences": 5000)
 * @param firstRejection the reason of one refusal, "" when there was none
 */
public record ReplayResult(int actions, double seconds, int accepted, int rejected, int unfinished, int writes,
                           Map<String, Integer> writesByKind, String firstRejection) {
    public ReplayResult {
        writesByKind = Map.copyOf(writesByKind);
        Objects.requireNonNull(firstRejection, "firstRejection");
    }

    /** Writes per action of the queue. */
    public double writesPerAction() {
        return actions == 0 ? 0 : writes / (double) actions;
    }

    /** Whether every action got its final answer before the deadline. */
    public boolean finished() {
        return unfinished == 0;
    }

    /** Counts {@code entries} by method and path, the last path segment left out when it is an id. */
    static Map<String, Integer> byKind(List<LedgerEntry> entries) {
        Map<String, Integer> out = new TreeMap<>();
        for (LedgerEntry e : entries) {
            String path = e.path().replaceAll("/[^/]*\\d[^/]*$", "/{id}");
            out.merge(e.method() + " " + path, 1, Integer::sum);
        }
        return out;
    }
}
