package io.watchfloor.core;

/** ITSM priority, P1 most urgent. Codes follow ServiceNow's 1 (Critical) .. 5 (Planning). */
public enum Priority {
    P1(1, "Critical"),
    P2(2, "High"),
    P3(3, "Moderate"),
    P4(4, "Low"),
    P5(5, "Planning");

    /** {@link #values()} once: that method hands out a new array per call, and the history reads a code per row. */
    private static final Priority[] ALL = values();

    private final int code;
    private final String displayName;

    Priority(int code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public int code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** The priority with this numeric code; codes outside 1..5 are a desk's data error. */
    public static Priority fromCode(int code) {
        for (Priority p : ALL) {
            if (p.code == code) {
                return p;
            }
        }
        throw new IllegalArgumentException("priority code must be 1..5, was " + code);
    }
}
