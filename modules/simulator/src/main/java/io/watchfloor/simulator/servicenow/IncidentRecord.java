package io.watchfloor.simulator.servicenow;

import io.watchfloor.simulator.scenario.IncidentChange;
import io.watchfloor.simulator.scenario.IncidentScript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One incident of the simulated desk: its identity, the scenario's script for it (empty steps for an
 * incident created through the API) and the operator writes received. Keeps its last folded view, as a desk
 * keeps a record's current values: it is folded again only when a change came in or came due since (a
 * scripted step whose time has come), or the directory that names authors grew. Guarded by the simulator lock.
 */
final class IncidentRecord {
    private final String sysId;
    private final String number;
    private IncidentScript script;
    private final List<IncidentChange> operatorChanges = new ArrayList<>();
    private boolean deleted;
    /** The last view folded and what it was folded from: the script, the operator writes, the directory size. */
    private IncidentView folded;
    private IncidentScript foldedScript;
    private int foldedWrites = -1;
    private int foldedHeadcount = -1;
    /** How many of {@link #changeTimes} the last view applied. */
    private int foldedApplied = -1;
    /** The instants of the script's steps and the operator writes, sorted. */
    private Instant[] changeTimes = new Instant[0];

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

    /** The incident as of {@code now}: its script's steps and the operator writes up to then, folded. */
    IncidentView viewAt(Instant now, ReferenceData refs) {
        if (foldedScript != script || foldedWrites != operatorChanges.size() || foldedHeadcount != refs.headcount()) {
            List<Instant> times = new ArrayList<>();
            script.steps().forEach(c -> times.add(c.at()));
            operatorChanges.forEach(c -> times.add(c.at()));
            changeTimes = times.stream().sorted().toArray(Instant[]::new);
            foldedScript = script;
            foldedWrites = operatorChanges.size();
            foldedHeadcount = refs.headcount();
            folded = null;
        }
        int applied = dueBy(now);
        if (folded == null || applied != foldedApplied) {
            folded = IncidentFold.fold(script, operatorChanges, now, refs);
            foldedApplied = applied;
        }
        return folded;
    }

    /** How many changes are due by {@code now} (at or before it), the ones a fold at {@code now} applies. */
    private int dueBy(Instant now) {
        int low = 0;
        int high = changeTimes.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (changeTimes[mid].isAfter(now)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
