package io.watchfloor.connectors.prometheus;

import io.watchfloor.connectors.DurationText;
import io.watchfloor.connectors.Endpoints;
import io.watchfloor.connectors.SkippedRecords;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.SourceHttp;
import io.watchfloor.connectors.SourceOptions;
import io.watchfloor.core.Alert;
import io.watchfloor.core.Availability;
import io.watchfloor.core.ProbeResult;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads service availability from Prometheus (synthetic probes such as blackbox {@code probe_success})
 * into one {@link SourceEvent.AvailabilityObserved} per poll.
 *
 * <p>Options: {@code metric} (default {@code probe_success}); {@code selector}, label matchers added to
 * it ({@code job="blackbox"}; default none); {@code serviceLabel} (default {@code service}, falling
 * back to {@code instance}); {@code windows} (default {@code 24h,7d}); {@code scrapeInterval} (default
 * {@code 15s}), used to turn sample counts into covered time.
 *
 * <p>Per poll: an instant query of the series gives each service's latest probe (up only when every
 * series of the service reads exactly 1); per window {@code avg_over_time} gives the ratio (series of
 * one service weighted by their sample counts) and {@code count_over_time} the covered time,
 * {@code min(window, count x scrapeInterval)}, so a 30d window over 15d of retention says so. NaN and
 * infinite ratios are skipped. With several URLs the first server that answers is read.
 *
 * <p>Thread rule: {@link #poll()} runs on the source's poll thread, never concurrently with itself.
 */
public final class PrometheusConnector implements SourceConnector {
    private static final Logger LOG = LoggerFactory.getLogger(PrometheusConnector.class);
    private static final Set<String> OPTIONS = Set.of("metric", "selector", "serviceLabel", "windows", "scrapeInterval");
    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private final SourceConfig cfg;
    private final SourceHttp http;
    private final PrometheusApi api;
    private final SkippedRecords skipped;
    private final String series;
    private final String serviceLabel;
    private final Map<String, Duration> windows;
    private final Duration scrapeInterval;
    private Set<String> lastWarnings = Set.of();

    /**
     * @throws IllegalArgumentException on a bad option (metric name, window, scrape interval)
     */
    public PrometheusConnector(SourceConfig cfg, SourceHttp http) {
        this.cfg = cfg;
        this.http = http;
        SourceOptions options = new SourceOptions(cfg);
        options.warnUnknown(OPTIONS);
        String metric = options.text("metric", "probe_success");
        if (!METRIC_NAME.matcher(metric).matches()) {
            throw options.invalid("metric", "must be a metric name, was '" + metric + "'");
        }
        String selector = stripBraces(options.text("selector", ""));
        this.series = selector.isEmpty() ? metric : metric + "{" + selector + "}";
        this.serviceLabel = options.text("serviceLabel", "service");
        this.windows = windows(options);
        this.scrapeInterval = options.duration("scrapeInterval", Duration.ofSeconds(15));
        this.skipped = new SkippedRecords(LOG, cfg.id().value());
        this.api = new PrometheusApi(http, skipped);
    }

    @Override
    public SourceId id() {
        return cfg.id();
    }

    @Override
    public SourceKind kind() {
        return SourceKind.PROMETHEUS;
    }

    @Override
    public String endpoint() {
        return http.endpoint();
    }

    @Override
    public List<SourceEvent> poll() throws SourceException {
        SourceEvent event = Endpoints.firstAnswering(http.baseUrls(), "Prometheus servers", this::pollAt);
        skipped.readDone();
        return List.of(event);
    }

    private SourceEvent pollAt(HttpUrl base) throws SourceException {
        Set<String> warnings = new LinkedHashSet<>();
        QueryResult latest = api.query(base, series);
        warnings.addAll(latest.warnings());
        List<ProbeResult> probes = probes(latest.samples());
        List<Availability> availability = new ArrayList<>();
        for (Map.Entry<String, Duration> w : windows.entrySet()) {
            QueryResult avg = api.query(base, "avg_over_time(" + series + "[" + w.getKey() + "])");
            QueryResult count = api.query(base, "count_over_time(" + series + "[" + w.getKey() + "])");
            warnings.addAll(avg.warnings());
            warnings.addAll(count.warnings());
            availability.addAll(availability(w.getValue(), avg.samples(), count.samples()));
        }
        noteWarnings(warnings);
        return new SourceEvent.AvailabilityObserved(cfg.id(), http.clock().instant(), availability, probes);
    }

    private List<ProbeResult> probes(List<Sample> samples) {
        Map<String, Boolean> up = new TreeMap<>();
        for (Sample s : samples) {
            up.merge(service(s), s.value() == 1.0, Boolean::logicalAnd);
        }
        List<ProbeResult> out = new ArrayList<>();
        up.forEach((service, isUp) -> out.add(new ProbeResult(cfg.id(), service, isUp)));
        return out;
    }

    private List<Availability> availability(Duration window, List<Sample> averages, List<Sample> counts) {
        Map<Map<String, String>, Double> countBySeries = new HashMap<>();
        counts.forEach(c -> countBySeries.put(c.labels(), c.value()));
        Map<String, RatioSum> byService = new TreeMap<>();
        for (Sample avg : averages) {
            Optional<Double> ratio = ratio(avg);
            if (ratio.isEmpty()) {
                continue;
            }
            double n = countBySeries.getOrDefault(avg.labels(), Double.NaN);
            byService.computeIfAbsent(service(avg), k -> new RatioSum()).add(ratio.get(), n);
        }
        List<Availability> out = new ArrayList<>();
        byService.forEach((service, sum) -> out.add(new Availability(cfg.id(), service, window, sum.ratio(),
                sum.maxCount().map(n -> covered(window, n)))));
        return out;
    }

    /** The ratio of one series, when it is a number within 0..1 (rounding slack clamped). */
    private Optional<Double> ratio(Sample avg) {
        double v = avg.value();
        if (Double.isNaN(v) || Double.isInfinite(v) || v < -1e-9 || v > 1 + 1e-9) {
            LOG.debug("source {}: skipping ratio {} of series {}", cfg.id(), v, avg.labels());
            return Optional.empty();
        }
        return Optional.of(Math.min(1.0, Math.max(0.0, v)));
    }

    private Duration covered(Duration window, double samples) {
        Duration held = Duration.ofMillis(Math.round(scrapeInterval.toMillis() * samples));
        return held.compareTo(window) < 0 ? held : window;
    }

    private String service(Sample s) {
        String v = s.labels().get(serviceLabel);
        if (v == null || v.isBlank()) {
            v = s.labels().get("instance");
        }
        return v == null || v.isBlank() ? Alert.UNASSIGNED : v.trim();
    }

    /** Logs Prometheus' query warnings when they change, not on every poll. */
    private void noteWarnings(Set<String> warnings) {
        if (!warnings.equals(lastWarnings)) {
            if (warnings.isEmpty()) {
                LOG.info("source {}: Prometheus no longer warns about its queries", cfg.id());
            } else {
                LOG.warn("source {}: Prometheus warns: {}", cfg.id(), String.join("; ", warnings));
            }
            lastWarnings = Set.copyOf(warnings);
        }
    }

    private static Map<String, Duration> windows(SourceOptions options) {
        Map<String, Duration> out = new java.util.LinkedHashMap<>();
        for (String w : options.list("windows", "24h,7d")) {
            if (!DurationText.isPromDuration(w) || DurationText.parse(w).isZero()) {
                throw options.invalid("windows", "must list durations like 24h,7d,30d; '" + w + "' is not one");
            }
            out.put(w, DurationText.parse(w));
        }
        if (out.isEmpty()) {
            throw options.invalid("windows", "must name at least one window");
        }
        return out;
    }

    private static String stripBraces(String selector) {
        String s = selector.trim();
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1).trim();
        }
        return s;
    }

    /** Sample-count-weighted mean of one service's series ratios. */
    private static final class RatioSum {
        private double weighted;
        private double weights;
        private double maxCount = Double.NaN;

        void add(double ratio, double count) {
            boolean counted = !Double.isNaN(count) && count > 0 && !Double.isInfinite(count);
            double w = counted ? count : 1.0;
            weighted += ratio * w;
            weights += w;
            if (counted && (Double.isNaN(maxCount) || count > maxCount)) {
                maxCount = count;
            }
        }

        double ratio() {
            return Math.min(1.0, Math.max(0.0, weighted / weights));
        }

        Optional<Double> maxCount() {
            return Double.isNaN(maxCount) ? Optional.empty() : Optional.of(maxCount);
        }
    }
}
