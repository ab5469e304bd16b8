package io.watchfloor.core;

/** The state of an SLA clock. */
public enum ClockState {
    RUNNING,
    PAUSED,
    MET,
    BREACHED,
    CANCELLED;

    /** Running and paused clocks can still breach; the others are settled. */
    public boolean live() {
        return this == RUNNING || this == PAUSED;
    }
}
