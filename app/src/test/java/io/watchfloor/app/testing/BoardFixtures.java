package io.watchfloor.app.testing;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.Criticality;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Service;
import io.watchfloor.core.ServiceStatus;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Records for tests, and one realistic night-shift board of 36 services. */
public final class BoardFixtures {
    /** 03:14:30 in Amsterdam, a night shift. */
    public static final Instant NOW = Instant.parse("2026-11-27T02:14:30Z");
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private BoardFixtures() {
    }

    public static SlaClock running(String name, SlaKind kind, ClockOrigin origin, Duration target, Duration elapsed,
                                   Instant now) {
        Instant started = now.minus(elapsed);
        return new SlaClock(name, kind, origin, ClockState.RUNNING, target, started, started.plus(target), elapsed, now);
    }

    public static SlaClock paused(String name, Duration target, Duration elapsed, Instant now) {
        Instant started = now.minus(elapsed).minusSeconds(1800);
        return new SlaClock(name, SlaKind.RESOLUTION, ClockOrigin.DESK, ClockState.PAUSED, target, started,
                now.plus(target.minus(elapsed)), elapsed, now);
    }

    public static Incident incident(String number, String title, String service, Priority priority, Instant now,
                                    SlaClock... clocks) {
        return new Incident(BoardBuilder.SNOW, "sys-" + number, number, title, service, priority,
                IncidentState.IN_PROGRESS, Optional.of("j.devries"), Optional.of("NOC L1"), 0,
                now.minusSeconds(3600), now.minusSeconds(60), Optional.empty(), List.of(), List.of(clocks));
    }

    /** A source that last answered {@code age} ago and polls every {@code poll}. */
    public static SourceHealth live(String id, SourceKind kind, Duration poll, Duration age, Instant now) {
        return SourceHealth.pending(SourceId.of(id), kind, "https://" + id + ".example", poll).succeeded(now.minus(age));
    }

    /** A source that answered {@code age} ago and has failed since with {@code error}. */
    public static SourceHealth failing(String id, SourceKind kind, Duration poll, Duration age, String error,
                                       Instant now) {
        return live(id, kind, poll, age, now).failed(now.minusSeconds(5), error).failed(now.minusSeconds(1), error);
    }

    /** A source never read successfully, failing with {@code error}. */
    public static SourceHealth offline(String id, SourceKind kind, Duration poll, String error, Instant now) {
        return SourceHealth.pending(SourceId.of(id), kind, "https://" + id + ".example", poll)
                .failed(now.minusSeconds(1), error);
    }

    private static final String[][] CATALOG = {
        {"checkout", "Checkout", "eu-west", "1", "0.999"},
        {"payments-gateway", "Payments Gateway", "eu-west", "1", "0.9995"},
        {"search", "Search", "eu-west", "1", "0.999"},
        {"identity-sso", "Identity / SSO", "global", "1", "0.9995"},
        {"order-api", "Order API", "eu-west", "1", "0.999"},
        {"cart", "Cart", "eu-west", "1", "0.999"},
        {"inventory", "Inventory", "eu-central", "1", "0.999"},
        {"pricing", "Pricing", "eu-central", "2", "0.999"},
        {"catalog", "Catalog", "eu-central", "2", "0.999"},
        {"recommendations", "Recommendations", "eu-west", "3", "0.99"},
        {"notifications", "Notifications", "eu-west", "2", "0.995"},
        {"email-relay", "Email Relay", "eu-west", "2", "0.995"},
        {"sms-gateway", "SMS Gateway", "global", "2", "0.995"},
        {"loyalty", "Loyalty", "eu-west", "3", "0.99"},
        {"shipping", "Shipping", "eu-central", "1", "0.999"},
        {"returns", "Returns", "eu-central", "2", "0.995"},
        {"customer-portal", "Customer Portal", "global", "1", "0.999"},
        {"mobile-bff", "Mobile BFF", "global", "1", "0.999"},
        {"cdn-edge", "CDN Edge", "global", "1", "0.9995"},
        {"dns", "DNS", "global", "1", "0.9999"},
        {"vpn", "VPN", "eu-west", "2", "0.995"},
        {"erp-sync", "ERP Sync", "on-prem", "2", "0.99"},
        {"warehouse-wms", "Warehouse WMS", "on-prem", "1", "0.999"},
        {"billing", "Billing", "eu-west", "1", "0.999"},
        {"invoicing", "Invoicing", "eu-west", "2", "0.995"},
        {"fraud-scoring", "Fraud Scoring", "eu-west", "1", "0.999"},
        {"kafka", "Kafka", "eu-west", "1", "0.9995"},
        {"postgres-main", "Postgres Main", "eu-west", "1", "0.9995"},
        {"redis-cache", "Redis Cache", "eu-west", "2", "0.999"},
        {"object-storage", "Object Storage", "eu-central", "2", "0.999"},
        {"data-warehouse", "Data Warehouse", "eu-central", "3", "0.99"},
        {"reporting", "Reporting", "eu-central", "3", "0.99"},
        {"partner-api", "Partner API", "global", "2", "0.999"},
        {"store-pos", "Store POS", "on-prem", "1", "0.999"},
        {"call-center", "Call Center", "on-prem", "2", "0.995"},
        {"status-page", "Status Page", "global", "3", "0.99"},
    };

    /** The 36 services of the realistic board. */
    public static List<Service> catalog() {
        return java.util.Arrays.stream(CATALOG)
                .map(r -> new Service(r[0], r[1], r[2], Criticality.parse(r[3]), Double.parseDouble(r[4]),
                        BigDecimal.valueOf(120), "EUR"))
                .toList();
    }

    /**
     * A night-shift board at {@code now}: 36 services (checkout and payments-gateway DOWN, search and
     * notifications DEGRADED), alerts of every severity, five incidents with running, warning, breached and paused
     * SLA clocks, and three sources of which ServiceNow is STALE.
     */
    public static BoardState realistic(Instant now) {
        BoardBuilder b = new BoardBuilder(now).version(42);
        for (Service s : catalog()) {
            switch (s.name()) {
                case "checkout" -> b.service(s, ServiceStatus.DOWN, "critical: CheckoutErrorRate");
                case "payments-gateway" -> b.service(s, ServiceStatus.DOWN, "probe failing (prom)");
                case "search" -> b.service(s, ServiceStatus.DEGRADED, "major: SearchLatencyHigh");
                case "notifications" -> b.service(s, ServiceStatus.DEGRADED, "P2 INC0012077");
                default -> b.service(s, ServiceStatus.UP, "ok");
            }
        }
        b.availability("checkout", 0.99412, 0.99861)
                .availability("payments-gateway", 0.99650, 0.99921)
                .availability("search", 0.99893, 0.99962)
                .availability("identity-sso", 0.99991, 0.99987)
                .availability("order-api", 0.99970, 0.99951)
                .availability("cdn-edge", 0.99999, 0.99998)
                .availability("kafka", 0.99980, Optional.empty(), 0.99940, Optional.of(Duration.ofDays(4)))
                .availability("notifications", 0.99820, 0.99910)
                .availability("dns", 1.0, 0.99999)
                .availability("billing", 0.99960, 0.99935);
        b.alert(Severity.CRITICAL, "checkout", "CheckoutErrorRate", false)
                .alert(Severity.CRITICAL, "payments-gateway", "PaymentsProbeFailing", false)
                .alert(Severity.CRITICAL, "checkout", "CheckoutLatencyP99", true);
        for (int i = 0; i < 4; i++) {
            b.alert(Severity.MAJOR, i == 0 ? "search" : "kafka", "MajorCondition" + i, i > 1);
        }
        for (int i = 0; i < 6; i++) {
            b.alert(Severity.MINOR, "redis-cache", "MinorCondition" + i, i % 2 == 0);
        }
        for (int i = 0; i < 9; i++) {
            b.alert(Severity.WARNING, "object-storage", "DiskFillingUp" + i, i < 3);
        }
        for (int i = 0; i < 12; i++) {
            b.alert(Severity.INFO, "reporting", "Info" + i, false);
        }
        b.incident(incident("INC0012071", "Checkout returns HTTP 502 for all card payments", "checkout", Priority.P1,
                        now, running("P1 resolution (4h)", SlaKind.RESOLUTION, ClockOrigin.DESK,
                                Duration.ofHours(4), Duration.ofHours(4).plusMinutes(12).plusSeconds(7), now)))
                .incident(incident("INC0012074", "Payments gateway probe failing from all regions",
                        "payments-gateway", Priority.P1, now,
                        running("P1 response (15m)", SlaKind.RESPONSE, ClockOrigin.COMPUTED, Duration.ofMinutes(15),
                                Duration.ofMinutes(12).plusSeconds(40), now)))
                .incident(incident("INC0012077", "Push notifications delayed by up to 20 minutes", "notifications",
                        Priority.P2, now, running("P2 resolution (8h)", SlaKind.RESOLUTION, ClockOrigin.DESK,
                                Duration.ofHours(8), Duration.ofHours(6).plusMinutes(30), now)))
                .incident(incident("INC0012080", "Search latency p99 above 2 s in eu-west", "search", Priority.P2,
                        now, running("P2 resolution (8h)", SlaKind.RESOLUTION, ClockOrigin.COMPUTED,
                                Duration.ofHours(8), Duration.ofHours(1).plusMinutes(5), now)))
                .incident(incident("INC0012066", "Store POS receipts printing twice in two stores", "store-pos",
                        Priority.P3, now, paused("P3 resolution (24h)", Duration.ofHours(24),
                                Duration.ofHours(9).plusMinutes(41), now)));
        b.source(live("am", SourceKind.ALERTMANAGER, Duration.ofSeconds(5), Duration.ofSeconds(2), now))
                .source(live("prom", SourceKind.PROMETHEUS, Duration.ofSeconds(15), Duration.ofSeconds(9), now))
                .source(failing("snow", SourceKind.SERVICENOW, Duration.ofSeconds(30), Duration.ofMinutes(4).plusSeconds(12),
                        "connection refused", now));
        return b.build();
    }

    /** A quiet night: every service up, a few warnings and infos, no open incidents, every source live. */
    public static BoardState calm(Instant now) {
        BoardBuilder b = new BoardBuilder(now).version(7);
        for (Service s : catalog()) {
            b.service(s, ServiceStatus.UP, "ok");
        }
        b.availability("checkout", 0.99991, 0.99978)
                .availability("payments-gateway", 0.99998, 0.99990)
                .availability("search", 0.99962, 0.99951)
                .availability("identity-sso", 0.99999, 0.99996)
                .availability("dns", 1.0, 1.0);
        b.alert(Severity.WARNING, "object-storage", "DiskFillingUp", true)
                .alert(Severity.WARNING, "kafka", "ConsumerLagGrowing", false)
                .alert(Severity.INFO, "reporting", "NightlyExportRunning", false);
        b.source(live("am", SourceKind.ALERTMANAGER, Duration.ofSeconds(5), Duration.ofSeconds(1), now))
                .source(live("prom", SourceKind.PROMETHEUS, Duration.ofSeconds(15), Duration.ofSeconds(4), now))
                .source(live("snow", SourceKind.SERVICENOW, Duration.ofSeconds(30), Duration.ofSeconds(12), now));
        return b.build();
    }

    /** The same board with another version, to publish it after a newer one. */
    public static BoardState withVersion(BoardState s, long version) {
        return new BoardState(version, s.asOf(), s.services(), s.alerts(), s.incidents(), s.sources());
    }
}
