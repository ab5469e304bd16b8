package io.watchfloor.simulator.scenario;

import io.watchfloor.core.Service;
import java.util.Objects;

/**
 * A modelled service with what the simulated monitoring needs besides the core {@link Service}.
 *
 * @param service the core service (name is the slug of its display name)
 * @param group   the owning support group (ServiceNow assignment group name)
 */
public record ServiceProfile(Service service, String group) {
    public ServiceProfile {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(group, "group");
    }

    public String name() {
        return service.name();
    }

    public String region() {
        return service.region();
    }

    /** The {@code team} alert label: the slug of the owning group. */
    public String team() {
        return Slug.of(group);
    }

    /** The blackbox probe target, the {@code instance} label of {@code probe_success}. */
    public String probeInstance() {
        return "https://" + name() + ".shop.example/health";
    }

    /** The scrape target, the {@code instance} label of {@code up}. */
    public String scrapeInstance() {
        return name() + "." + region() + ".shop.internal:8080";
    }
}
