package io.watchfloor.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Every write (POST, PUT, PATCH, DELETE) the simulator received, in the order it handled them, accepted
 * or refused. Read-only requests sent as POST (Prometheus form queries) are not writes. Thread-safe.
 */
public final class Ledger {
    private final List<LedgerEntry> entries = new ArrayList<>();

    /** A snapshot of the entries so far, oldest first. */
    public synchronized List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    synchronized void add(LedgerEntry entry) {
        entries.add(entry);
    }
}
