package io.watchfloor.connectors.alertmanager;

/** Lifecycle of an Alertmanager silence ({@code status.state}). */
public enum SilenceState {
    /** Starts in the future. */
    PENDING,
    /** Mutes matching alerts now. */
    ACTIVE,
    /** Ended or expired by DELETE; still readable for a while. */
    EXPIRED
}
