package io.watchfloor.core;

/** What an SLA clock measures. */
public enum SlaKind {
    /** Time to first response (acknowledge). */
    RESPONSE,
    /** Time to resolution. */
    RESOLUTION
}
