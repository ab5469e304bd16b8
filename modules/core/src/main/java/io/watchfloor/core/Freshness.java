package io.watchfloor.core;

/** How current a source's data is. A stale or offline source never looks healthy. */
public enum Freshness {
    /** Not read yet. */
    PENDING,
    /** Read within two poll intervals, and the last attempt succeeded. */
    LIVE,
    /** Older than that, or the last attempt failed, but within five poll intervals. */
    DELAYED,
    /** Older than five poll intervals. */
    STALE,
    /** Never read successfully since start, and failing. */
    OFFLINE;

    /** Whether the data can be trusted as current. */
    public boolean current() {
        return this == LIVE || this == DELAYED;
    }
}
