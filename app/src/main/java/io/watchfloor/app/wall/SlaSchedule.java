package io.watchfloor.app.wall;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.UrgentClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Immutable, made on any thread (the wall makes it off the FX thread, with the rest of a {@link BoardDigest}):
 * the live SLA clocks of one snapshot, sorted once so that the 1-second tick can list the most urgent ones and
 * count the breached ones without walking every incident.
 *
 * <p>Why one sort serves every later instant: a running clock's time left is its breach instant minus now, so
 * running clocks keep their order by breach instant as time passes; a paused clock's time left does not move.
 * {@link #urgent} merges the two sorted lists by time left at {@code now}, ties in board order, which is exactly
 * {@link BoardState#urgentClocks(Instant, int)}; {@link #breached} counts the paused clocks past their target
 * and the running clocks whose breach instant has come, as {@code SlaLevel.levelAt} grades them.
 */
final class SlaSchedule {
    /** A live clock with its place in board order (incident by incident, clock by clock), for ties. */
    private record Entry(UrgentClock clock, int order) {
    }

    static final SlaSchedule EMPTY = new SlaSchedule(List.of(), List.of(), 0);

    private final List<Entry> running;
    private final List<Entry> paused;
    private final int pausedBreached;

    private SlaSchedule(List<Entry> running, List<Entry> paused, int pausedBreached) {
        this.running = running;
        this.paused = paused;
        this.pausedBreached = pausedBreached;
    }

    /** Sorts the live clocks of {@code board}'s incidents. */
    static SlaSchedule of(BoardState board) {
        Objects.requireNonNull(board, "board");
        List<Entry> running = new ArrayList<>();
        List<Entry> paused = new ArrayList<>();
        int pausedBreached = 0;
        int order = 0;
        for (Incident i : board.incidents()) {
            for (SlaClock c : i.clocks()) {
                if (c.state() == ClockState.RUNNING) {
                    running.add(new Entry(new UrgentClock(i, c), order++));
                } else if (c.state() == ClockState.PAUSED) {
                    paused.add(new Entry(new UrgentClock(i, c), order++));
                    if (c.elapsed().compareTo(c.target()) >= 0) {
                        pausedBreached++;
                    }
                }
            }
        }
        // List.sort is stable: equal keys keep board order, as the stream sort of urgentClocks does
        running.sort(Comparator.comparing((Entry e) -> e.clock().clock().breachAt()));
        paused.sort(Comparator.comparing((Entry e) -> e.clock().clock().remainingAt(board.asOf())));
        return new SlaSchedule(List.copyOf(running), List.copyOf(paused), pausedBreached);
    }

    /** The {@code limit} live clocks with the least time left at {@code now} (breached ones first of all). */
    List<UrgentClock> urgent(Instant now, int limit) {
        List<UrgentClock> out = new ArrayList<>(Math.min(limit, running.size() + paused.size()));
        int r = 0;
        int p = 0;
        while (out.size() < limit && (r < running.size() || p < paused.size())) {
            if (p == paused.size() || r < running.size() && runningFirst(running.get(r), paused.get(p), now)) {
                out.add(running.get(r++).clock());
            } else {
                out.add(paused.get(p++).clock());
            }
        }
        return out;
    }

    private static boolean runningFirst(Entry run, Entry pause, Instant now) {
        Duration left = run.clock().clock().remainingAt(now);
        int c = left.compareTo(pause.clock().clock().remainingAt(now));
        return c < 0 || c == 0 && run.order() < pause.order();
    }

    /** How many live clocks are breached at {@code now}. */
    int breached(Instant now) {
        int lo = 0;
        int hi = running.size();
        while (lo < hi) { // the first running clock whose breach instant is still to come
            int mid = (lo + hi) >>> 1;
            if (now.isBefore(running.get(mid).clock().clock().breachAt())) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo + pausedBreached;
    }
}
