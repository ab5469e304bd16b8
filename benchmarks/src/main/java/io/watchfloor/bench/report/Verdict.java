package io.watchfloor.bench.report;

/** Whether a figure met its target in this run. */
public enum Verdict {
    PASS,
    MISS,
    /** The figure has no number in this run (its subject does not exist yet, or the case was skipped). */
    NOT_MEASURED;

    /** What the table shows. */
    public String text() {
        switch (this) {
            case PASS:
                return "PASS";
            case MISS:
                return "**MISS**";
            default:
                return "not measured";
        }
    }
}
