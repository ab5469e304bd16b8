package io.watchfloor.connectors.alertmanager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The alerts of one poll, united across the replicas of an HA cluster that answered: one per
 * fingerprint, the most recently updated copy with the silence ids of every copy (gossip may lag), in
 * fingerprint order. Alerts without a fingerprint are kept (first) for the mapper to report.
 *
 * <p>Alertmanager sorts its answer by fingerprint, so the common case, one replica with distinct
 * fingerprints in order, is recognised in one pass and used as it is. Confined to the poll.
 */
final class AlertUnion {
    private final List<List<AlertDto>> replicas = new ArrayList<>();

    /** Adds the alerts one replica answered. */
    void add(List<AlertDto> alerts) {
        replicas.add(alerts);
    }

    /** The united alerts, in fingerprint order. */
    List<AlertDto> alerts() {
        if (replicas.isEmpty()) {
            return List.of();
        }
        if (replicas.size() == 1 && strictlyOrdered(replicas.get(0))) {
            return replicas.get(0);
        }
        Map<String, AlertDto> united = new TreeMap<>();
        for (List<AlertDto> replica : replicas) {
            for (AlertDto dto : replica) {
                merge(united, dto);
            }
        }
        return new ArrayList<>(united.values());
    }

    private static boolean strictlyOrdered(List<AlertDto> alerts) {
        String last = null;
        for (AlertDto dto : alerts) {
            String key = dto.fingerprint();
            if (key.isEmpty() || last != null && last.compareTo(key) >= 0) {
                return false;
            }
            last = key;
        }
        return true;
    }

    private static void merge(Map<String, AlertDto> united, AlertDto dto) {
        String key = dto.fingerprint();
        if (key.isEmpty()) {
            united.put("\u0000" + united.size(), dto); // unmappable; the mapper reports it
            return;
        }
        united.merge(key, dto, (old, fresh) -> {
            boolean freshIsNewer = AlertMapper.time(fresh.updatedAt()).orElse(Instant.MIN)
                    .isAfter(AlertMapper.time(old.updatedAt()).orElse(Instant.MIN));
            return freshIsNewer ? fresh.withSilencesOf(old) : old.withSilencesOf(fresh);
        });
    }
}
