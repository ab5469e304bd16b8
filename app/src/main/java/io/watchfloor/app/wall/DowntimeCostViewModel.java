package io.watchfloor.app.wall;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.ServiceStatus;
import io.watchfloor.core.ServiceView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;

/**
 * Thread-confined (the FX thread once a view binds to it). What downtime costs: for every service that is DOWN
 * or DEGRADED, its cost per minute, the running total of its current outage and of today. Read-only JavaFX
 * properties, no {@code Node}s.
 *
 * <p>An outage is a run of snapshots in which the service is DOWN or DEGRADED; it starts when the wall first
 * sees it (so it cannot start before the wall started watching) and ends with a snapshot where the service is
 * UP or UNKNOWN, or gone. Cost accrues between snapshots and ticks at the rate of the status last seen: the
 * configured cost per minute when DOWN, that times {@code degradedShare} when DEGRADED. "Today" is the calendar
 * day in the clock's zone: totals restart at midnight, and an interval across midnight is split.
 */
final class DowntimeCostViewModel {
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final Clock clock;
    private final ZoneId zone;
    private final BigDecimal degradedShare;
    private final Map<String, Outage> outages = new LinkedHashMap<>();
    private final Map<String, BigDecimal> today = new HashMap<>();
    private final Map<String, String> currencies = new HashMap<>();
    private LocalDate day;
    private Instant accruedTo;
    private final ReadOnlyListWrapper<CostRow> rows =
            new ReadOnlyListWrapper<>(this, "rows", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<Map<String, BigDecimal>> todayTotals =
            new ReadOnlyObjectWrapper<>(this, "todayTotals", Map.of());

    /** One service's current outage. */
    private static final class Outage {
        final Instant start;
        ServiceView view;
        BigDecimal cost = BigDecimal.ZERO;

        Outage(Instant start, ServiceView view) {
            this.start = start;
            this.view = view;
        }
    }

    /**
     * @param clock         "now" for {@link #update}; its zone decides what "today" is
     * @param degradedShare share (0..1) of the cost per minute a degraded minute costs
     */
    DowntimeCostViewModel(Clock clock, double degradedShare) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = clock.getZone();
        this.degradedShare = BigDecimal.valueOf(degradedShare);
        this.accruedTo = clock.instant();
        this.day = accruedTo.atZone(zone).toLocalDate();
    }

    /** Takes a new snapshot: accrues up to now at the old statuses, then opens and closes outages. */
    void update(BoardState board) {
        Instant now = clock.instant();
        accrue(now);
        Map<String, ServiceView> seen = new HashMap<>();
        for (ServiceView v : board.services()) {
            if (v.status() == ServiceStatus.DOWN || v.status() == ServiceStatus.DEGRADED) {
                seen.put(v.service().name(), v);
            }
        }
        outages.keySet().retainAll(seen.keySet());
        seen.forEach((name, v) -> {
            outages.computeIfAbsent(name, n -> new Outage(now, v)).view = v;
            currencies.put(name, v.service().currency());
        });
        publish(now);
    }

    /** Accrues up to {@code now} and recomputes the rows. */
    void tick(Instant now) {
        accrue(now);
        publish(now);
    }

    private void accrue(Instant now) {
        if (!now.isAfter(accruedTo)) {
            return;
        }
        LocalDate nowDay = now.atZone(zone).toLocalDate();
        Instant dayStart = nowDay.atStartOfDay(zone).toInstant();
        if (!nowDay.equals(day)) {
            today.clear();
            day = nowDay;
        }
        BigDecimal seconds = seconds(accruedTo, now);
        BigDecimal todaySeconds = seconds(accruedTo.isBefore(dayStart) ? dayStart : accruedTo, now);
        for (Map.Entry<String, Outage> e : outages.entrySet()) {
            BigDecimal perMinute = perMinute(e.getValue().view);
            e.getValue().cost = e.getValue().cost.add(cost(perMinute, seconds));
            today.merge(e.getKey(), cost(perMinute, todaySeconds), BigDecimal::add);
        }
        accruedTo = now;
    }

    /** What {@code seconds} cost at {@code perMinute}, to a millionth of the currency unit. */
    private static BigDecimal cost(BigDecimal perMinute, BigDecimal seconds) {
        return perMinute.multiply(seconds).divide(SIXTY, 6, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal seconds(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).toMillis(), 3);
    }

    private BigDecimal perMinute(ServiceView v) {
        BigDecimal full = v.service().costPerMinute();
        return v.status() == ServiceStatus.DEGRADED ? full.multiply(degradedShare) : full;
    }

    private void publish(Instant now) {
        List<CostRow> list = outages.entrySet().stream().map(e -> {
            Outage o = e.getValue();
            return new CostRow(e.getKey(), o.view.service().displayName(), o.view.status(), perMinute(o.view),
                    o.view.service().currency(), o.start, Duration.between(o.start, now), o.cost,
                    today.getOrDefault(e.getKey(), BigDecimal.ZERO));
        }).sorted(Comparator.comparing(CostRow::perMinute).reversed()
                .thenComparing(CostRow::status).thenComparing(CostRow::displayName)).toList();
        ListReplace.ifChanged(rows, list);
        Map<String, BigDecimal> totals = new TreeMap<>();
        today.forEach((service, amount) -> totals.merge(currencies.get(service), amount, BigDecimal::add));
        todayTotals.set(Map.copyOf(totals));
    }

    /** The services down or degraded now, most expensive per minute first. */
    ReadOnlyListProperty<CostRow> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** What every outage seen today cost so far, per currency (recovered services included). */
    ReadOnlyObjectProperty<Map<String, BigDecimal>> todayTotalsProperty() {
        return todayTotals.getReadOnlyProperty();
    }
}
