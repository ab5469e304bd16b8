package io.watchfloor.bench.load;

import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Alert churn for in-process benchmarks, as the connector would report it: each change resolves one firing
 * alert (it is missing from the next observation) and fires a new one, modelled on another alert of the
 * set (same rule, service and severity mix) on a new pod with a new fingerprint. The count stays the same.
 * Seeded, so a run is repeatable. Confined to one thread.
 */
public final class AlertChurn {
    private final SourceId source;
    private final List<Alert> current;
    private final SplittableRandom random;
    private long fired;

    /** Churn over {@code alerts} (the connector's first observation) from {@code source}. */
    public AlertChurn(SourceId source, List<Alert> alerts, long seed) {
        if (alerts.isEmpty()) {
            throw new IllegalArgumentException("churn needs alerts to replace");
        }
        this.source = source;
        this.current = new ArrayList<>(alerts);
        this.random = new SplittableRandom(seed);
    }

    /** The next observation: the current set with {@code changes} alerts replaced by new ones firing since {@code at}. */
    public SourceEvent.AlertsObserved next(Instant at, int changes) {
        for (int i = 0; i < changes; i++) {
            int victim = random.nextInt(current.size());
            Alert model = current.get(random.nextInt(current.size()));
            current.set(victim, successor(model, at));
        }
        return new SourceEvent.AlertsObserved(source, at, current);
    }

    /** How many alerts fire at once. */
    public int size() {
        return current.size();
    }

    private Alert successor(Alert model, Instant at) {
        fired++;
        String pod = model.service() + "-" + Long.toString(random.nextLong() >>> 24, 36) + "-bench" + fired;
        Map<String, String> labels = new HashMap<>(model.labels());
        labels.put("instance", pod + ".shop.internal:8080");
        String fingerprint = String.format(Locale.ROOT, "%016x", random.nextLong());
        return new Alert(model.source(), fingerprint, model.name(), labels, model.summary(), model.severity(),
                model.service(), at, Optional.empty(), AlertState.FIRING, List.of(), Optional.empty());
    }
}
