package io.watchfloor.simulator.scenario;

import static io.watchfloor.simulator.scenario.Directory.EVENT_MANAGEMENT;
import static io.watchfloor.simulator.scenario.Directory.SERVICE_DESK;

import java.util.SplittableRandom;

/**
 * The outage cascades the live scenario plays: a root cause that escalates, spreads to dependent
 * services, opens an incident that is assigned, escalated and resolved, and then subsides.
 * Each kind lays itself out from its start instant with the caller's seeded random generator.
 */
enum CascadeKind {
    /** Payments gateway latency, then checkout errors; severe: the checkout probe fails 8 to 20 min, P1 (else P2). */
    PAYMENTS {
        @Override
        void play(CascadeBuilder b, SplittableRandom r, Directory dir, String key) {
            double probeUp = 6 + Draw.between(r, 8, 20);
            double open = 8;
            double resolve = open + Math.max(Draw.between(r, 12, 40), probeUp - open + 2);
            b.alert("payments-gateway", "PaymentsGatewayLatencyHigh", "warning", 0, 3,
                    "Payments Gateway p99 latency above 800 ms", "Card authorisations are slowing down at the acquirer.",
                    latencyExpr("payments-gateway", 0.8));
            b.alert("payments-gateway", "PaymentsGatewayLatencyHigh", "major", 3, probeUp + 3,
                    "Payments Gateway p99 latency above 2 s", "Card authorisations time out for a share of requests.",
                    latencyExpr("payments-gateway", 2));
            b.alert("checkout", "CheckoutErrorRateHigh", "critical", 5, probeUp + 1,
                    "Checkout error rate above 5 %", "Orders fail at the payment step.", errorExpr("checkout", 0.05));
            b.probeDown("checkout", 6, probeUp);
            b.incident(story(b, r, dir, key, open, resolve, Directory.PAYMENTS_SRE)
                    .about("checkout", b.severe() ? "Checkout failing: card payments time out at Payments Gateway"
                                    : "Checkout errors: card payments slow at Payments Gateway",
                            "Customers cannot complete orders; the payment step times out. Raised from monitoring.", 1,
                            b.severe() ? 1 : 2)
                    .note(b.at(Math.max(probeUp + 1, open + 9)), dir.memberOf(Directory.PAYMENTS_SRE, r),
                            "Failed over to the secondary acquirer; checkout errors are back to normal. Monitoring.")
                    .resolve(b.at(resolve), dir.memberOf(Directory.PAYMENTS_SRE, r), "Solved (Work Around)",
                            "Traffic failed over to the secondary acquirer; the primary acquirer is investigating.").build());
        }
    },
    /** CDN edge errors degrade catalog and search (severe: catalog probe fails 2 to 6 min): P2. */
    CDN {
        @Override
        void play(CascadeBuilder b, SplittableRandom r, Directory dir, String key) {
            double length = Draw.between(r, 18, 40);
            double probeUp = 6 + Draw.between(r, 2, 6);
            double open = 7;
            double resolve = open + Math.max(Draw.between(r, 12, 40), length - open + 2);
            b.alert("cdn", "CdnEdge5xxRateHigh", "major", 0, length, "CDN edge 5xx rate above 2 % in eu-west",
                    "Edge nodes in eu-west return 502/504 for origin fetches.", errorExpr("cdn", 0.02));
            b.alert("catalog", "CatalogImageLoadErrors", "warning", 2, length - 2, "Product images fail to load",
                    "Image requests through the CDN fail for a share of product pages.", errorExpr("catalog", 0.01));
            b.alert("search", "SearchLatencyHigh", "major", 4, length - 3, "Search p95 latency above 1.5 s",
                    "Search result pages are slow; asset fetches through the CDN stall.", latencyExpr("search", 1.5));
            b.probeDown("catalog", 6, probeUp);
            b.incident(story(b, r, dir, key, open, resolve, Directory.WEB_PLATFORM)
                    .about("catalog", "Catalog and search degraded in eu-west: CDN edge returning 5xx",
                            "Product pages load without images and search is slow. Raised from monitoring.", 2, 1)
                    .resolve(b.at(resolve), dir.memberOf(Directory.WEB_PLATFORM, r), "Solved (Permanently)",
                            "CDN provider rolled back a faulty edge configuration in eu-west.").build());
        }
    },
    /** SSO errors, customer accounts errors; severe: the SSO probe fails 4 to 12 min, P1 (else P2). */
    SSO {
        @Override
        void play(CascadeBuilder b, SplittableRandom r, Directory dir, String key) {
            double probeUp = 4 + Draw.between(r, 4, 12);
            double length = probeUp + Draw.between(r, 2, 6);
            double open = 6;
            double resolve = open + Math.max(Draw.between(r, 12, 40), probeUp - open + 2);
            b.alert("identity-directory", "LdapBindLatencyHigh", "warning", 0, length,
                    "Directory bind latency above 500 ms", "LDAP binds from SSO are slow.",
                    latencyExpr("identity-directory", 0.5));
            b.alert("sso", "SsoLoginErrorRateHigh", "critical", 2, length, "SSO login error rate above 10 %",
                    "The identity provider answers 503 to login requests.", errorExpr("sso", 0.1));
            b.alert("customer-accounts", "LoginFailuresHigh", "major", 3, length + 1,
                    "Customer sign-in failures above 5 %", "Account pages cannot obtain tokens from SSO.",
                    errorExpr("customer-accounts", 0.05));
            b.probeDown("sso", 4, probeUp);
            b.incident(story(b, r, dir, key, open, resolve, Directory.IDENTITY_ACCESS)
                    .about("sso", b.severe() ? "Customers cannot sign in: SSO returning 503"
                                    : "Sign-in errors for some customers: SSO degraded",
                            "Sign-in and account pages fail for customers. Raised from monitoring.", 1, b.severe() ? 1 : 2)
                    .resolve(b.at(resolve), dir.memberOf(Directory.IDENTITY_ACCESS, r), "Solved (Permanently)",
                            "Restarted the SSO session store and raised its connection limit.").build());
        }
    },
    /** Store POS sync backlog leaves inventory stale: P2. */
    POS {
        @Override
        void play(CascadeBuilder b, SplittableRandom r, Directory dir, String key) {
            double length = Draw.between(r, 22, 45);
            double open = 12;
            double resolve = open + Math.max(Draw.between(r, 15, 40), length - open + 1);
            b.alert("pos-sync", "PosSyncBacklogGrowing", "warning", 0, 8, "POS sync backlog above 5,000 messages",
                    "Store sales are queueing in the sync broker.", "pos_sync_backlog_messages > 5000");
            b.alert("pos-sync", "PosSyncBacklogGrowing", "major", 8, length, "POS sync backlog above 50,000 messages",
                    "Stores in ap-south are not sending sales.", "pos_sync_backlog_messages > 50000");
            b.alert("inventory", "StockLevelsStale", "major", 10, length + 2, "Stock levels older than 15 minutes",
                    "Store stock is not refreshed from POS sales.", "time() - inventory_last_update_seconds > 900");
            b.alert("click-collect", "ClickCollectAvailabilityErrors", "warning", 14, length - 3,
                    "Click & Collect shows wrong store availability", "Availability is computed from stale stock.",
                    errorExpr("click-collect", 0.01));
            b.incident(story(b, r, dir, key, open, resolve, Directory.STORE_SYSTEMS)
                    .about("pos-sync", "Store stock levels stale: POS sync backlog from stores",
                            "Sales from stores are not synchronised; online stock is stale. Raised from monitoring.", 2, 1)
                    .resolve(b.at(resolve), dir.memberOf(Directory.STORE_SYSTEMS, r), "Solved (Permanently)",
                            "Cleared a poisoned message from the sync queue; backlog drained.").build());
        }
    },
    /** Order database failover: order submission errors (severe: probe fails 2 to 5 min): P2. */
    ORDER_DB {
        @Override
        void play(CascadeBuilder b, SplittableRandom r, Directory dir, String key) {
            double failover = Draw.between(r, 2, 5);
            double length = Math.max(Draw.between(r, 15, 30), 8 + failover + 2);
            double open = 8;
            double resolve = open + Math.max(Draw.between(r, 12, 30), length - open + 1);
            b.alert("order-management", "DbReplicationLagHigh", "warning", 0, 5, "Order database replica lag above 30 s",
                    "The primary order database is under write pressure.", "pg_replication_lag_seconds > 30");
            b.alert("order-management", "OrderSubmitErrorRateHigh", "critical", 5, 6 + failover + 2,
                    "Order submission error rate above 5 %", "Orders fail while the database fails over.",
                    errorExpr("order-management", 0.05));
            b.probeDown("order-management", 6, 6 + failover);
            b.alert("warehouse-mgmt", "PickListDelayed", "warning", 8, length, "Pick lists delayed by more than 10 min",
                    "Warehouses receive new orders late.", "warehouse_picklist_delay_seconds > 600");
            b.incident(story(b, r, dir, key, open, resolve, Directory.FULFILMENT)
                    .about("order-management", "Order submission errors during order database failover",
                            "Some orders failed to submit while the database failed over. Raised from monitoring.", 1, 2)
                    .resolve(b.at(resolve), dir.memberOf(Directory.FULFILMENT, r), "Solved (Permanently)",
                            "Failover completed; replication healthy; failed orders re-queued.").build());
        }
    };

    /** Lays out this cascade; {@code key} identifies its incident. */
    abstract void play(CascadeBuilder b, SplittableRandom r, Directory dir, String key);

    /**
     * The common life of a cascade incident: opened by monitoring at {@code open} minutes, acknowledged by
     * the service desk 3 minutes later, escalated to {@code owner} 5 minutes after that, closed a day after
     * {@code resolve}. The caller adds the resolution and extra notes; steps are sorted when built.
     */
    static IncidentStory story(CascadeBuilder b, SplittableRandom r, Directory dir, String key, double open,
                               double resolve, String owner) {
        String desk = dir.memberOf(SERVICE_DESK, r);
        String engineer = dir.memberOf(owner, r);
        IncidentStory story = IncidentStory.open(key, b.at(open), EVENT_MANAGEMENT)
                .with(IncidentField.CALLER, EVENT_MANAGEMENT).with(IncidentField.ASSIGNMENT_GROUP, SERVICE_DESK)
                .with(IncidentField.CATEGORY, "software")
                .assign(b.at(open + 3), SERVICE_DESK, desk, "Acknowledged from the monitoring event; investigating.")
                .comment(b.at(open + 5), desk, "We are aware of the issue and are working on it. Next update in 30 minutes.")
                .assign(b.at(open + 8), owner, engineer, "Escalated to " + owner + " for diagnosis.")
                .close(b.at(resolve + 24 * 60));
        return story;
    }

    static String latencyExpr(String service, double seconds) {
        return "histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service=\""
                + service + "\"}[5m]))) > " + seconds;
    }

    static String errorExpr(String service, double ratio) {
        return "sum(rate(http_requests_total{service=\"" + service + "\",code=~\"5..\"}[5m])) / sum(rate("
                + "http_requests_total{service=\"" + service + "\"}[5m])) > " + ratio;
    }
}
