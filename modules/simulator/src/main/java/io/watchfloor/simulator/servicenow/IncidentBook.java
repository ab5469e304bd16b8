package io.watchfloor.simulator.servicenow;

import io.watchfloor.simulator.scenario.IncidentField;
import io.watchfloor.simulator.scenario.IncidentScript;
import io.watchfloor.simulator.scenario.World;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The incident table's records in number order. Scenario incidents are numbered when they open, in
 * opening order, and API-created ones when they are posted, from one counter starting at INC0010001;
 * since both happen in simulated-time order, numbers are a pure function of (seed, t, writes).
 * Guarded by the simulator lock.
 */
final class IncidentBook {
    private static final int FIRST_NUMBER = 10_001;

    private final World world;
    private final Map<String, IncidentRecord> byKey = new LinkedHashMap<>();
    private final Map<String, IncidentRecord> bySysId = new HashMap<>();
    private int posted;

    IncidentBook(World world) {
        this.world = world;
    }

    /** Opens every scripted incident due by {@code now} and refreshes changed scripts. */
    void advance(Instant now) {
        for (IncidentScript script : world.incidentsOpenedBy(now)) {
            IncidentRecord existing = byKey.get(script.key());
            if (existing == null) {
                add(script);
            } else {
                existing.updateScript(script);
            }
        }
    }

    /** Creates an incident from a POST at {@code now}. */
    IncidentRecord create(Map<IncidentField, String> opening, String author, Instant now) {
        advance(now);
        posted++;
        return add(new IncidentScript("posted-" + posted, now, author, opening, List.of()));
    }

    List<IncidentRecord> live() {
        return byKey.values().stream().filter(r -> !r.deleted()).toList();
    }

    Optional<IncidentRecord> find(String sysId) {
        return Optional.ofNullable(bySysId.get(sysId)).filter(r -> !r.deleted());
    }

    private IncidentRecord add(IncidentScript script) {
        String number = String.format("INC%07d", FIRST_NUMBER + byKey.size());
        IncidentRecord record = new IncidentRecord(SysIds.of("incident", world.seed() + ":" + script.key()), number,
                script);
        byKey.put(script.key(), record);
        bySysId.put(record.sysId(), record);
        return record;
    }
}
