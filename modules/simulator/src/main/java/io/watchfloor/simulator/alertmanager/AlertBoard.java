package io.watchfloor.simulator.alertmanager;

import io.watchfloor.simulator.http.FormCodec;
import io.watchfloor.simulator.scenario.AlertEpisode;
import io.watchfloor.simulator.scenario.ServiceProfile;
import io.watchfloor.simulator.scenario.World;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final World world;
    private final SilenceStore silences;
    private final URI baseUrl;

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
        long resends = Duration.between(e.start(), now).toMillis() / RESEND.toMillis();
        Instant updated = e.start().plus(RESEND.multipliedBy(resends));
        String generator = baseUrl + "/graph?g0.expr=" + FormCodec.encode(e.expr()) + "&g0.tab=1";
        String fingerprint = Fingerprint.of(labels);
        return new LiveAlert(labels, annotations, e.start(), updated, updated.plus(RESOLVE_TIMEOUT),
                generator, fingerprint, silences.mutedBy(labels, now));
    }

    private static String kebab(String camel) {
        return CAMEL_HUMP.matcher(camel).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }
}
