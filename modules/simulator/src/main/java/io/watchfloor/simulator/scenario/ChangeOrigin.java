package io.watchfloor.simulator.scenario;

/** Who made an incident change: the scenario (the simulated desk staff) or an operator through the API. */
public enum ChangeOrigin {
    SCRIPT,
    OPERATOR
}
