package io.watchfloor.simulator.servicenow;

import io.watchfloor.simulator.scenario.IncidentChange;
import io.watchfloor.simulator.scenario.IncidentScript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One incident of the simulated desk: its identity, the scenario's script for it (empty steps for an
 * incident created through the API) and the operator writes received. Guarded by the simulator lock.
 */
final class IncidentRecord {
    private final String sysId;
    private final String number;
    private IncidentScript script;
    private final List<IncidentChange> operatorChanges = new ArrayList<>();
    private boolean deleted;

    IncidentRecord(String sysId, String number, IncidentScript script) {
        this.sysId = sysId;
        this.number = number;
        this.script = script;
    }

    String sysId() {
        return sysId;
    }

    String number() {
        return number;
    }

    String key() {
        return script.key();
    }

    /** Takes the newest version of the script (injected incidents gain steps when their outage ends). */
    void updateScript(IncidentScript newer) {
        this.script = newer;
    }

    void append(IncidentChange change) {
        operatorChanges.add(change);
    }

    void delete() {
        deleted = true;
    }

    boolean deleted() {
        return deleted;
    }

    IncidentView viewAt(Instant now, ReferenceData refs) {
        return IncidentFold.fold(script, operatorChanges, now, refs);
    }
}
