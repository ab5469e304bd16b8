package io.watchfloor.simulator.alertmanager;

import io.watchfloor.simulator.http.FormCodec;
import io.watchfloor.simulator.scenario.AlertEpisode;
import io.watchfloor.simulator.scenario.ServiceProfile;
import io.watchfloor.simulator.scenario.World;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns the episodes firing at an instant into Alertmanager's alerts: labels, annotations, timestamps,
 * fingerprint and silence status. Episodes with the same label set are one alert (the earliest start
 * wins), as Alertmanager merges re-sent alerts. Guarded by the simulator lock.
 */
final class AlertBoard {
    static final String RECEIVER = "noc-default";
    private static final Duration RESEND = Duration.ofMinutes(1);
    private static final Duration RESOLVE_TIMEOUT = Duration.ofMinutes(5);
    private static final String RUNBOOKS = "https://runbooks.shop.example/alerts/";
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    /** Episodes described so far: more than a stress estate fires at once, few enough to stay small. */
    private static final int DESCRIBED_LIMIT = 100_000;

    private final World world;
    private final SilenceStore silences;
    private final URI baseUrl;
    private final Map<AlertEpisode, Described> described = new HashMap<>();

    AlertBoard(World world, SilenceStore silences, URI baseUrl) {
        this.world = world;
        this.silences = silences;
        this.baseUrl = baseUrl;
    }

    /** The alerts held at {@code now}, sorted by fingerprint. */
    List<LiveAlert> at(Instant now) {
        Map<String, LiveAlert> byFingerprint = new TreeMap<>();
        for (AlertEpisode episode : world.alertsFiringAt(now)) {
            LiveAlert alert = toAlert(episode, now);
            byFingerprint.merge(alert.fingerprint(), alert,
                    (a, b) -> a.startsAt().isAfter(b.startsAt()) ? b : a);
        }
        List<LiveAlert> alerts = new ArrayList<>(byFingerprint.values());
        alerts.sort(Comparator.comparing(LiveAlert::fingerprint));
        return alerts;
    }

    private LiveAlert toAlert(AlertEpisode e, Instant now) {
        Described d = described.get(e);
        if (d == null) {
            if (described.size() >= DESCRIBED_LIMIT) {
                described.clear();
            }
            d = describe(e);
            described.put(e, d);
        }
        long resends = Duration.between(e.start(), now).toMillis() / RESEND.toMillis();
        Instant updated = e.start().plus(RESEND.multipliedBy(resends));
        return new LiveAlert(d.labels(), d.annotations(), e.start(), updated, updated.plus(RESOLVE_TIMEOUT),
                d.generator(), d.fingerprint(), silences.mutedBy(d.labels(), now));
    }

    /** What does not change while an episode fires: built once per episode, not on every read. */
    private Described describe(AlertEpisode e) {
        ServiceProfile service = world.estate().require(e.service());
        TreeMap<String, String> labels = new TreeMap<>();
        labels.put("alertname", e.alertname());
        labels.put("severity", e.severity());
        labels.put("service", service.name());
        labels.put("region", service.region());
        labels.put("team", service.team());
        labels.put("job", e.fromProbe() ? "blackbox" : service.name());
        labels.put("instance", e.instance().orElse(e.fromProbe() ? service.probeInstance() : service.scrapeInstance()));
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", e.summary());
        annotations.put("description", e.description());
        annotations.put("runbook_url", RUNBOOKS + kebab(e.alertname()));
        String generator = baseUrl + "/graph?g0.expr=" + FormCodec.encode(e.expr()) + "&g0.tab=1";
        return new Described(Collections.unmodifiableSortedMap(labels), Collections.unmodifiableMap(annotations),
                generator, Fingerprint.of(labels));
    }

    /** An episode's labels, annotations, generator URL and fingerprint. */
    private record Described(SortedMap<String, String> labels, Map<String, String> annotations, String generator,
                             String fingerprint) {
    }

    private static String kebab(String camel) {
        return CAMEL_HUMP.matcher(camel).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }
}
