package io.watchfloor.simulator.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * What is already going on at t0 in the live scenario, so the first screen is busy: a payments cascade
 * in progress with a fresh, unassigned P1 (response and resolution clocks running), a CDN cascade with
 * its P2, a POS backlog P2, a breached P3, a P3 on hold, a new P3 near its response target, an old P4,
 * and two standing warnings.
 */
final class OpeningScene {
    private OpeningScene() {
    }

    /** Plays the scene; returns the kind of cascade the live generator must not start with. */
    static CascadeKind play(long seed, Instant t0, Directory directory, PlanSink sink) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x4F50454EL);
        CascadeKind.PAYMENTS.play(new CascadeBuilder(t0.minus(minutes(10)), sink, true), random, directory, "opening-p1");
        CascadeKind.CDN.play(new CascadeBuilder(t0.minus(minutes(16)), sink, true), random, directory, "opening-cdn");
        posBacklog(t0, random, directory, sink);
        sink.incident(marketplaceFeed(t0, random, directory));
        sink.incident(loyaltyOnHold(t0, random, directory));
        sink.incident(giftCardsNew(t0, random, directory));
        sink.incident(storeLocator(t0, random, directory));
        sink.alert(standing("store-locator", "CertificateExpiringSoon", "warning", "TLS certificate expires in 9 days",
                t0.minus(Duration.ofDays(3)), t0.plus(Duration.ofDays(4)), "probe_ssl_earliest_cert_expiry - time() < 86400 * 14"));
        sink.alert(standing("data-pipeline", "DiskSpaceLow", "warning", "Disk usage above 85 % on the spool volume",
                t0.minus(Duration.ofHours(5)), t0.plus(Duration.ofHours(3)), "node_filesystem_avail_bytes / node_filesystem_size_bytes < 0.15"));
        return CascadeKind.CDN;
    }

    private static void posBacklog(Instant t0, SplittableRandom r, Directory dir, PlanSink sink) {
        Instant resolved = t0.plus(minutes(Draw.between(r, 30, 60)));
        sink.alert(standing("pos-sync", "PosSyncBacklogGrowing", "major", "POS sync backlog above 50,000 messages",
                t0.minus(minutes(75)), resolved.minus(minutes(3)), "pos_sync_backlog_messages > 50000"));
        sink.alert(new AlertEpisode("inventory", "StockLevelsStale", "warning", false, t0.minus(minutes(60)),
                Optional.of(resolved.minus(minutes(5))), "Stock levels older than 15 minutes",
                "Store stock is not refreshed from POS sales.", "time() - inventory_last_update_seconds > 900"));
        String engineer = dir.memberOf(Directory.STORE_SYSTEMS, r);
        sink.incident(IncidentStory.open("opening-pos", t0.minus(minutes(70)), Directory.EVENT_MANAGEMENT)
                .about("pos-sync", "POS sync backlog: 14 stores in ap-south not sending sales",
                        "Sales from 14 stores are queueing; online stock for them is stale.", 2, 1)
                .with(IncidentField.CALLER, Directory.EVENT_MANAGEMENT)
                .with(IncidentField.ASSIGNMENT_GROUP, Directory.SERVICE_DESK).with(IncidentField.CATEGORY, "software")
                .assign(t0.minus(minutes(64)), Directory.SERVICE_DESK, dir.memberOf(Directory.SERVICE_DESK, r),
                        "Acknowledged; stores confirm tills work offline.")
                .assign(t0.minus(minutes(55)), Directory.STORE_SYSTEMS, engineer, "Escalated to Store Systems.")
                .note(t0.minus(minutes(20)), engineer, "Applying the broker vendor's patch to the sync cluster.")
                .resolve(resolved, engineer, "Solved (Permanently)", "Broker patched; backlog drained.")
                .close(resolved.plus(Duration.ofDays(1))).build());
    }

    private static IncidentScript marketplaceFeed(Instant t0, SplittableRandom r, Directory dir) {
        String engineer = dir.memberOf(Directory.DATA_PLATFORM, r);
        Instant resolved = t0.plus(minutes(Draw.between(r, 120, 300)));
        return IncidentStory.open("opening-marketplace", t0.minus(Duration.ofHours(30)), "Marco Bianchi")
                .about("marketplace-feeds", "Partner marketplace feed delayed: prices not updated since last night",
                        "Two marketplaces still show yesterday's prices.", 2, 2)
                .with(IncidentField.CALLER, "Marco Bianchi").with(IncidentField.ASSIGNMENT_GROUP, Directory.DATA_PLATFORM)
                .with(IncidentField.CATEGORY, "inquiry")
                .assign(t0.minus(Duration.ofHours(29)), Directory.DATA_PLATFORM, engineer, "Picked up.")
                .note(t0.minus(Duration.ofHours(6)), engineer, "Partner API rate-limits our bulk upload; splitting it.")
                .resolve(resolved, engineer, "Solved (Work Around)", "Feed split into smaller batches.")
                .close(resolved.plus(Duration.ofDays(1))).build();
    }

    private static IncidentScript loyaltyOnHold(Instant t0, SplittableRandom r, Directory dir) {
        String engineer = dir.memberOf(Directory.IDENTITY_ACCESS, r);
        Instant resumed = t0.plus(minutes(Draw.between(r, 60, 180)));
        Instant resolved = resumed.plus(minutes(Draw.between(r, 60, 180)));
        return IncidentStory.open("opening-loyalty", t0.minus(Duration.ofHours(27)), "Hannah Schmidt")
                .about("loyalty", "Loyalty points not credited for some online orders",
                        "Customers complain that points for orders since Monday are missing.", 2, 2)
                .with(IncidentField.CALLER, "Hannah Schmidt").with(IncidentField.ASSIGNMENT_GROUP, Directory.IDENTITY_ACCESS)
                .with(IncidentField.CATEGORY, "inquiry")
                .assign(t0.minus(Duration.ofHours(26)), Directory.IDENTITY_ACCESS, engineer, "Picked up.")
                .hold(t0.minus(Duration.ofHours(20)), engineer, "4", "Waiting for the loyalty vendor to replay events.")
                .resume(resumed, engineer, "Vendor replayed the events.")
                .resolve(resolved, engineer, "Solved (Permanently)", "Missing points credited.")
                .close(resolved.plus(Duration.ofDays(1))).build();
    }

    private static IncidentScript giftCardsNew(Instant t0, SplittableRandom r, Directory dir) {
        String engineer = dir.memberOf(Directory.PAYMENTS_SRE, r);
        Instant assigned = t0.plus(minutes(Draw.between(r, 10, 25)));
        Instant resolved = assigned.plus(minutes(Draw.between(r, 120, 300)));
        return IncidentStory.open("opening-giftcards", t0.minus(minutes(45)), "Hannah Schmidt")
                .about("gift-cards", "Gift card balance lookups slow for some cards",
                        "Customer care reports balance checks taking over 20 seconds.", 2, 2)
                .with(IncidentField.CALLER, "Hannah Schmidt").with(IncidentField.ASSIGNMENT_GROUP, Directory.PAYMENTS_SRE)
                .with(IncidentField.CATEGORY, "inquiry")
                .assign(assigned, Directory.PAYMENTS_SRE, engineer, "Picked up.")
                .resolve(resolved, engineer, "Solved (Permanently)", "Added a missing index on card numbers.")
                .close(resolved.plus(Duration.ofDays(1))).build();
    }

    private static IncidentScript storeLocator(Instant t0, SplittableRandom r, Directory dir) {
        String engineer = dir.memberOf(Directory.STORE_SYSTEMS, r);
        Instant resolved = t0.plus(Duration.ofHours(10));
        return IncidentStory.open("opening-storelocator", t0.minus(Duration.ofHours(50)), "Marco Bianchi")
                .about("store-locator", "Store locator shows closed stores as open",
                        "Three stores closed for refurbishment are listed as open.", 3, 2)
                .with(IncidentField.CALLER, "Marco Bianchi").with(IncidentField.ASSIGNMENT_GROUP, Directory.STORE_SYSTEMS)
                .with(IncidentField.CATEGORY, "inquiry")
                .assign(t0.minus(Duration.ofHours(48)), Directory.STORE_SYSTEMS, engineer, "Picked up.")
                .resolve(resolved, engineer, "Solved (Permanently)", "Store master data corrected.")
                .close(resolved.plus(Duration.ofDays(1))).build();
    }

    private static AlertEpisode standing(String service, String alertname, String severity, String summary,
                                         Instant from, Instant to, String expr) {
        return new AlertEpisode(service, alertname, severity, false, from, Optional.of(to), summary, summary + ".", expr);
    }

    private static Duration minutes(double m) {
        return Duration.ofSeconds(Math.round(m * 60));
    }
}
