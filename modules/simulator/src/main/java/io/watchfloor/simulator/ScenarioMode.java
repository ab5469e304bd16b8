package io.watchfloor.simulator;

/** What the simulator does on its own. */
public enum ScenarioMode {
    /** A busy estate: 15 days of history, an outage in progress at start, noise, periodic cascades, tickets. */
    LIVE,
    /** A quiet estate: no alerts, no incidents, all probes up, until {@link ScenarioControl} injects something. */
    SCRIPTED
}
