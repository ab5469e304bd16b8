package io.watchfloor.connectors;

import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;

/**
 * Logs records a connector had to skip (one bad row must not blank the board) at WARN, but only when
 * a record starts being skipped, not on every poll while it stays bad: the log shows transitions.
 * Thread-safe (a client may be used from several threads).
 */
public final class SkippedRecords {
    private final Logger log;
    private final String source;
    private Set<String> previous = new HashSet<>();
    private Set<String> current = new HashSet<>();

    public SkippedRecords(Logger log, String source) {
        this.log = log;
        this.source = source;
    }

    /**
     * Notes a skipped record.
     *
     * @param key    stable identity of the record (a sys_id, a fingerprint) used to log it once
     * @param reason one line naming the record and what is wrong with it
     */
    public synchronized void skip(String key, String reason) {
        if (current.add(key) && !previous.contains(key)) {
            log.warn("source {}: skipped {}", source, reason);
        }
    }

    /** Ends one read: records skipped in it are remembered until the next read. */
    public synchronized void readDone() {
        previous = current;
        current = new HashSet<>();
    }
}
