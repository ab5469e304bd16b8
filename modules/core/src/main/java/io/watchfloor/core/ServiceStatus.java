package io.watchfloor.core;

/** What the wall says about a service, worst first. */
public enum ServiceStatus {
    DOWN,
    DEGRADED,
    /** No live source covers it: we do not know, and must not look healthy. */
    UNKNOWN,
    UP
}
