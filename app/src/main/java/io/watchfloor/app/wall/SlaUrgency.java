package io.watchfloor.app.wall;

/** How an SLA timer row looks: the state and how close it is to its breach. Most urgent first. */
public enum SlaUrgency {
    /** Past its breach instant: red, "BREACHED +mm:ss". */
    BREACHED,
    /** Running with at least {@link WallViewModel#SLA_WARN_PERCENT} percent of its target used: amber. */
    WARNING,
    /** Running with time to spare. */
    OK,
    /** Paused by the desk (on hold, awaiting caller): frozen at what was measured. */
    PAUSED
}
