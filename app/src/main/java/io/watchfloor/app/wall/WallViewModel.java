package io.watchfloor.app.wall;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.Freshness;
import io.watchfloor.core.ServiceStatus;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.UrgentClock;
import io.watchfloor.core.sla.SlaLevel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * Thread-confined: call {@link #update} and {@link #tick} on one thread (the FX Application Thread once a
 * view binds to it; the test thread in unit tests). What the wall board shows, derived from the newest
 * {@link BoardState} and the injected {@link Clock}: read-only JavaFX properties, no {@code Node}s, no IO.
 *
 * <p>{@link #update} takes a new snapshot and recomputes everything. {@link #tick} recomputes only what moves
 * with time alone (SLA countdowns, source ages and freshness, the offline banner), so the board keeps counting
 * between snapshots without a network call.
 */
public final class WallViewModel {
    /** The short availability window. */
    public static final Duration DAY = Duration.ofHours(24);
    /** The long availability window. */
    public static final Duration WEEK = Duration.ofDays(7);
    private static final int NAMES_IN_HEADLINE = 3;

    private final Clock clock;
    private final int slaTimerLimit;
    private final SourceBanner sourceBanner;
    private BoardState board;
    private SlaSchedule slaClocks = SlaSchedule.EMPTY;

    private final Map<Severity, ReadOnlyIntegerWrapper> firing = new EnumMap<>(Severity.class);
    private final Map<Severity, ReadOnlyIntegerWrapper> unacknowledged = new EnumMap<>(Severity.class);
    private final Map<ServiceStatus, ReadOnlyIntegerWrapper> statusCounts = new EnumMap<>(ServiceStatus.class);
    private final ReadOnlyListWrapper<ServiceCell> services = listWrapper();
    private final ReadOnlyListWrapper<AvailabilityRow> availability = listWrapper();
    private final ReadOnlyListWrapper<SlaTimerRow> slaTimers = listWrapper();
    private final ReadOnlyListWrapper<FreshnessRow> sources = listWrapper();
    private final ReadOnlyIntegerWrapper breachedTimers = new ReadOnlyIntegerWrapper(this, "breachedTimers");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "Waiting for data");
    private final ReadOnlyObjectWrapper<ServiceStatus> worstStatus =
            new ReadOnlyObjectWrapper<>(this, "worstStatus", ServiceStatus.UNKNOWN);
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
    private final ReadOnlyBooleanWrapper bannerVisible = new ReadOnlyBooleanWrapper(this, "bannerVisible");
    private final ReadOnlyObjectWrapper<Freshness> bannerFreshness =
            new ReadOnlyObjectWrapper<>(this, "bannerFreshness", Freshness.LIVE);

    /** A view model listing the five most urgent SLA timers. */
    public WallViewModel(Clock clock) {
        this(clock, 5);
    }

    /**
     * @param clock         where "now" comes from for {@link #update}; also gives the zone of banner times
     * @param slaTimerLimit how many SLA timers to list, most urgent first (at least 1)
     */
    public WallViewModel(Clock clock, int slaTimerLimit) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (slaTimerLimit < 1) {
            throw new IllegalArgumentException("SLA timer limit must be at least 1, was " + slaTimerLimit);
        }
        this.slaTimerLimit = slaTimerLimit;
        this.sourceBanner = new SourceBanner(clock.getZone());
        for (Severity s : Severity.values()) {
            firing.put(s, new ReadOnlyIntegerWrapper(this, "firing-" + s.label()));
            unacknowledged.put(s, new ReadOnlyIntegerWrapper(this, "unacknowledged-" + s.label()));
        }
        for (ServiceStatus s : ServiceStatus.values()) {
            statusCounts.put(s, new ReadOnlyIntegerWrapper(this, "status-" + s.name()));
        }
        this.board = BoardState.empty(clock.instant());
    }

    /** Takes a new snapshot and recomputes every property as of {@code clock.instant()}. */
    public void update(BoardState state) {
        apply(BoardDigest.of(Objects.requireNonNull(state, "state")));
    }

    /**
     * Takes a snapshot digested elsewhere (off the FX thread) and recomputes every property as of
     * {@code clock.instant()}; a property whose value did not change fires nothing.
     */
    void apply(BoardDigest digest) {
        board = digest.board();
        slaClocks = digest.slaClocks();
        for (Severity s : Severity.values()) {
            firing.get(s).set(digest.firing().get(s));
            unacknowledged.get(s).set(digest.unattended().get(s));
        }
        refreshServices(digest.cells());
        ListReplace.ifChanged(availability, digest.availability());
        tick(clock.instant());
    }

    /** Recomputes what changes with time alone: SLA countdowns, source ages and freshness, the banner. */
    public void tick(Instant now) {
        Objects.requireNonNull(now, "now");
        refreshTimers(now);
        List<FreshnessRow> rows = board.sources().stream().map(h -> freshnessRow(h, now))
                .sorted(Comparator.comparing(FreshnessRow::freshness, SourceBanner.WORST_FIRST)
                        .thenComparing(FreshnessRow::sourceId))
                .toList();
        ListReplace.ifChanged(sources, rows);
        Optional<SourceBanner.Line> line = sourceBanner.compose(board.sources(), now);
        banner.set(line.map(SourceBanner.Line::text).orElse(""));
        bannerFreshness.set(line.map(SourceBanner.Line::freshness).orElse(Freshness.LIVE));
        bannerVisible.set(line.isPresent());
    }

    private void refreshServices(List<ServiceCell> cells) {
        ListReplace.ifChanged(services, cells);
        for (ServiceStatus s : ServiceStatus.values()) {
            statusCounts.get(s).set((int) cells.stream().filter(c -> c.status() == s).count());
        }
        ServiceStatus worst = cells.isEmpty() ? ServiceStatus.UNKNOWN : cells.get(0).status();
        worstStatus.set(worst);
        headline.set(headlineFor(cells));
    }

    private static String headlineFor(List<ServiceCell> cells) {
        if (cells.isEmpty()) {
            return "Waiting for data";
        }
        ServiceStatus worst = cells.get(0).status();
        if (worst == ServiceStatus.UP) {
            return "All services up";
        }
        List<String> names = cells.stream().filter(c -> c.status() == worst).map(ServiceCell::displayName).toList();
        List<String> shown = names.subList(0, Math.min(NAMES_IN_HEADLINE, names.size()));
        StringBuilder text = new StringBuilder()
                .append(names.size()).append(names.size() == 1 ? " service " : " services ").append(worst.name())
                .append(" \u00b7 ").append(String.join(", ", shown));
        if (names.size() > NAMES_IN_HEADLINE) {
            text.append(" +").append(names.size() - NAMES_IN_HEADLINE).append(" more");
        }
        long degraded = cells.stream().filter(c -> c.status() == ServiceStatus.DEGRADED).count();
        if (worst == ServiceStatus.DOWN && degraded > 0) {
            text.append("  \u00b7  ").append(degraded).append(" DEGRADED");
        }
        return text.toString();
    }

    /** From the clocks sorted off the FX thread ({@link SlaSchedule}): a few rows and a count, not every clock. */
    private void refreshTimers(Instant now) {
        List<UrgentClock> urgent = slaClocks.urgent(now, slaTimerLimit);
        List<SlaTimerRow> rows = new ArrayList<>(urgent.size());
        for (UrgentClock u : urgent) {
            rows.add(timerRow(u, now));
        }
        ListReplace.ifChanged(slaTimers, rows);
        breachedTimers.set(slaClocks.breached(now));
    }

    private SlaTimerRow timerRow(UrgentClock u, Instant now) {
        SlaClock c = u.clock();
        SlaLevel level = board.sla().level(u.incident(), c, now);
        return new SlaTimerRow(u.incident().number(), u.incident().title(), u.incident().priority(),
                u.incident().service(), c.name(), c.kind(), c.origin(), c.stateAt(now), c.remainingAt(now),
                c.percentAt(now), level, WallTimes.clockTime(c.breachAt(), now, clock.getZone()));
    }

    private static FreshnessRow freshnessRow(SourceHealth h, Instant now) {
        return new FreshnessRow(h.id().value(), h.kind(), h.freshness(now), h.age(now), h.lastError());
    }

    private static <T> ReadOnlyListWrapper<T> listWrapper() {
        return new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    }

    /** Firing alerts of this severity. */
    public ReadOnlyIntegerProperty firingProperty(Severity severity) {
        return firing.get(severity).getReadOnlyProperty();
    }

    /** Firing alerts of this severity that nobody acknowledged or silenced. */
    public ReadOnlyIntegerProperty unacknowledgedProperty(Severity severity) {
        return unacknowledged.get(severity).getReadOnlyProperty();
    }

    /** How many services have this status. */
    public ReadOnlyIntegerProperty statusCountProperty(ServiceStatus status) {
        return statusCounts.get(status).getReadOnlyProperty();
    }

    /** Every service, worst status first, then by criticality and display name. */
    public ReadOnlyListProperty<ServiceCell> servicesProperty() {
        return services.getReadOnlyProperty();
    }

    /** Services that report availability, least error budget left first (furthest below their SLO). */
    public ReadOnlyListProperty<AvailabilityRow> availabilityProperty() {
        return availability.getReadOnlyProperty();
    }

    /** The most urgent live SLA clocks (breached first), recomputed every tick. */
    public ReadOnlyListProperty<SlaTimerRow> slaTimersProperty() {
        return slaTimers.getReadOnlyProperty();
    }

    /** How many live SLA clocks are breached at the last tick (all of them, not only those listed). */
    public ReadOnlyIntegerProperty breachedTimersProperty() {
        return breachedTimers.getReadOnlyProperty();
    }

    /** Every source, least fresh first, recomputed every tick. */
    public ReadOnlyListProperty<FreshnessRow> sourcesProperty() {
        return sources.getReadOnlyProperty();
    }

    /** One line for the top of the board: "2 services DOWN · Checkout, Payments Gateway" or "All services up". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The worst service status on the board; UNKNOWN while there are no services. */
    public ReadOnlyObjectProperty<ServiceStatus> worstStatusProperty() {
        return worstStatus.getReadOnlyProperty();
    }

    /** Which sources are not current and why; empty when all are. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** Whether some source is not current. */
    public ReadOnlyBooleanProperty bannerVisibleProperty() {
        return bannerVisible.getReadOnlyProperty();
    }

    /** The freshness of the worst source in the banner; LIVE when the banner is hidden. */
    public ReadOnlyObjectProperty<Freshness> bannerFreshnessProperty() {
        return bannerFreshness.getReadOnlyProperty();
    }
}
