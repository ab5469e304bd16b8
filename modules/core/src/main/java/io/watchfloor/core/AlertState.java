package io.watchfloor.core;

/** Whether an alert is still firing. Alertmanager drops resolved alerts; we infer RESOLVED when one vanishes. */
public enum AlertState {
    FIRING,
    RESOLVED
}
