package io.watchfloor.simulator.prometheus;

import io.watchfloor.simulator.scenario.EstateCatalog;
import io.watchfloor.simulator.scenario.ServiceProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The series the simulated Prometheus stores, two per service:
 * {@code probe_success{job="blackbox",service,region,instance="https://<service>.shop.example/health"}} and
 * {@code up{job="<service>",service,region,instance="<service>.<region>.shop.internal:8080"}}. Immutable.
 */
final class SeriesCatalog {
    private final List<Series> series;

    SeriesCatalog(EstateCatalog estate) {
        List<Series> all = new ArrayList<>();
        for (ServiceProfile p : estate.profiles()) {
            TreeMap<String, String> probe = new TreeMap<>();
            probe.put("__name__", "probe_success");
            probe.put("job", "blackbox");
            probe.put("service", p.name());
            probe.put("region", p.region());
            probe.put("instance", p.probeInstance());
            all.add(new Series(probe, p.name()));
            TreeMap<String, String> up = new TreeMap<>();
            up.put("__name__", "up");
            up.put("job", p.name());
            up.put("service", p.name());
            up.put("region", p.region());
            up.put("instance", p.scrapeInstance());
            all.add(new Series(up, p.name()));
        }
        this.series = List.copyOf(all);
    }

    List<Series> select(List<PromMatcher> matchers) {
        return series.stream().filter(s -> s.matches(matchers)).toList();
    }
}
