package io.watchfloor.app.testing;

import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.Availability;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Criticality;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Service;
import io.watchfloor.core.ServiceStatus;
import io.watchfloor.core.ServiceView;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link BoardState}s by hand for tests: services with a given status, alerts, incidents, sources. */
public final class BoardBuilder {
    public static final SourceId AM = SourceId.of("am");
    public static final SourceId PROM = SourceId.of("prom");
    public static final SourceId SNOW = SourceId.of("snow");

    private final Instant now;
    private long version = 1;
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, ServiceStatus> statuses = new LinkedHashMap<>();
    private final Map<String, String> reasons = new LinkedHashMap<>();
    private final Map<String, List<Availability>> availability = new LinkedHashMap<>();
    private final List<Alert> alerts = new ArrayList<>();
    private final List<Incident> incidents = new ArrayList<>();
    private final List<SourceHealth> sources = new ArrayList<>();

    public BoardBuilder(Instant now) {
        this.now = now;
    }

    public BoardBuilder version(long v) {
        this.version = v;
        return this;
    }

    /** A tier-2 service with a 99.9 % SLO whose display name is derived from its name. */
    public BoardBuilder service(String name, ServiceStatus status, String reason) {
        return service(new Service(name, displayName(name), "eu-west", Criticality.TIER_2, 0.999, BigDecimal.TEN,
                "EUR"), status, reason);
    }

    public BoardBuilder service(Service service, ServiceStatus status, String reason) {
        services.put(service.name(), service);
        statuses.put(service.name(), status);
        reasons.put(service.name(), reason);
        return this;
    }

    /** Availability of a configured service over 24 h and 7 d, fully covered. */
    public BoardBuilder availability(String service, double day, double week) {
        return availability(service, day, Optional.empty(), week, Optional.empty());
    }

    public BoardBuilder availability(String service, double day, Optional<Duration> dayCovered, double week,
                                     Optional<Duration> weekCovered) {
        availability.put(service, List.of(
                new Availability(PROM, service, Duration.ofHours(24), day, dayCovered),
                new Availability(PROM, service, Duration.ofDays(7), week, weekCovered)));
        return this;
    }

    /** A firing alert from Alertmanager, started five minutes ago; acknowledged by "nightshift" if asked. */
    public BoardBuilder alert(Severity severity, String service, String name, boolean acknowledged) {
        Optional<Acknowledgement> ack = acknowledged
                ? Optional.of(new Acknowledgement("nightshift", now.minusSeconds(120), Optional.empty(), "sil-" + name))
                : Optional.empty();
        alerts.add(new Alert(AM, "fp-" + alerts.size() + "-" + name, name, Map.of("alertname", name,
                "severity", severity.label(), "service", service), name + " on " + service, severity, service,
                now.minusSeconds(300), Optional.empty(), AlertState.FIRING, List.of(), ack));
        return this;
    }

    public BoardBuilder incident(Incident incident) {
        incidents.add(incident);
        return this;
    }

    public BoardBuilder source(SourceHealth health) {
        sources.add(health);
        return this;
    }

    public BoardState build() {
        List<ServiceView> views = new ArrayList<>();
        for (Service s : services.values()) {
            int firing = (int) alerts.stream().filter(a -> a.service().equals(s.name())).count();
            views.add(new ServiceView(s, statuses.get(s.name()), reasons.get(s.name()),
                    availability.getOrDefault(s.name(), List.of()), firing));
        }
        return new BoardState(version, now, views, alerts, incidents, sources);
    }

    /** "payments-gateway" -> "Payments Gateway". */
    public static String displayName(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("-")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
