package io.watchfloor.core;

/** Lifecycle of a desk incident, in ServiceNow's terms (codes 1, 2, 3, 6, 7, 8). */
public enum IncidentState {
    NEW(1),
    IN_PROGRESS(2),
    ON_HOLD(3),
    RESOLVED(6),
    CLOSED(7),
    CANCELED(8);

    private final int code;

    IncidentState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Open means someone still has to act: new, in progress or on hold. */
    public boolean open() {
        return this == NEW || this == IN_PROGRESS || this == ON_HOLD;
    }

    public static IncidentState fromCode(int code) {
        for (IncidentState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown incident state code " + code);
    }
}
