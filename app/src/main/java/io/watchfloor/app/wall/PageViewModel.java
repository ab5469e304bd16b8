package io.watchfloor.app.wall;

import io.watchfloor.app.wall.config.PageSpec;
import io.watchfloor.app.wall.config.TileKind;
import io.watchfloor.app.wall.config.TilePlacement;
import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.core.BoardState;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Thread-confined (the FX thread once a view binds to it; the test thread in unit tests). Everything one page
 * shows: the board restricted by the page's filter, and a view model per tile. Every page follows every snapshot
 * and tick, shown or not, so that a page is current the moment it rotates in and downtime cost keeps counting;
 * the view model of a tile the page does not have (incidents, acknowledgements, cost, escalations, metrics) is
 * left alone, as nothing shows it.
 */
final class PageViewModel {
    private final PageSpec spec;
    private final WallViewModel board;
    private final DowntimeCostViewModel cost;
    private final IncidentTickerViewModel incidents;
    private final AcknowledgementsViewModel acks;
    private final OnCallViewModel onCall;
    private final EscalationsViewModel escalations;
    private final MetricsViewModel metrics = new MetricsViewModel();
    private final Clock clock;
    private final Map<TileKind, ReadOnlyObjectWrapper<Optional<DataAge>>> ages = new EnumMap<>(TileKind.class);
    private BoardState filtered;

    PageViewModel(PageSpec spec, WallConfig config, Clock clock) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.board = new WallViewModel(clock, spec.tile(TileKind.SLA).map(TilePlacement::itemCount)
                .orElse(TileKind.SLA.defaultItems()));
        this.cost = new DowntimeCostViewModel(clock, config.degradedShare());
        this.incidents = new IncidentTickerViewModel(spec.tile(TileKind.INCIDENTS).map(TilePlacement::itemCount)
                .orElse(TileKind.INCIDENTS.defaultItems()), clock.instant());
        this.acks = new AcknowledgementsViewModel(config.expiryWarning());
        this.onCall = new OnCallViewModel(config.onCall(), clock.getZone());
        this.escalations = new EscalationsViewModel(clock.getZone(), clock.instant());
        for (TileKind k : TileKind.values()) {
            ages.put(k, new ReadOnlyObjectWrapper<>(this, "age-" + k.configName(), Optional.empty()));
        }
        this.filtered = BoardState.empty(clock.instant());
    }

    /**
     * Takes the board through the page's filter ({@link WallFrame#of} applies it), digested off the FX thread;
     * the page keeps only what its filter lets through.
     */
    void apply(BoardDigest digest) {
        filtered = digest.board();
        Instant now = clock.instant();
        board.apply(digest);
        if (spec.has(TileKind.COST)) {
            cost.update(filtered);
        }
        if (spec.has(TileKind.INCIDENTS)) {
            incidents.apply(digest.openIncidents(), now);
        }
        if (spec.has(TileKind.ACKS)) {
            acks.apply(digest.acknowledged(), digest.silencedOnly(), now);
        }
        if (spec.has(TileKind.ESCALATIONS)) {
            escalations.update(filtered, now);
        }
        if (spec.has(TileKind.METRICS)) {
            metrics.update(filtered);
        }
        refreshAges(now);
        onCall.tick(now);
    }

    /** What moves with time alone. */
    void tick(Instant now) {
        board.tick(now);
        if (spec.has(TileKind.COST)) {
            cost.tick(now);
        }
        if (spec.has(TileKind.INCIDENTS)) {
            incidents.tick(now);
        }
        if (spec.has(TileKind.ACKS)) {
            acks.tick(now);
        }
        if (spec.has(TileKind.ESCALATIONS)) {
            escalations.tick(now);
        }
        onCall.tick(now);
        refreshAges(now);
    }

    private void refreshAges(Instant now) {
        for (TileKind k : TileKind.values()) {
            Optional<DataAge> age = DataAge.of(filtered.sources(), k.feeds(), now);
            if (!age.equals(ages.get(k).get())) {
                ages.get(k).set(age);
            }
        }
    }

    PageSpec spec() {
        return spec;
    }

    WallViewModel board() {
        return board;
    }

    DowntimeCostViewModel cost() {
        return cost;
    }

    IncidentTickerViewModel incidents() {
        return incidents;
    }

    AcknowledgementsViewModel acks() {
        return acks;
    }

    OnCallViewModel onCall() {
        return onCall;
    }

    EscalationsViewModel escalations() {
        return escalations;
    }

    MetricsViewModel metrics() {
        return metrics;
    }

    /** How old the data of a tile of this kind is while a source feeding it is not live. */
    ReadOnlyObjectProperty<Optional<DataAge>> ageProperty(TileKind kind) {
        return ages.get(kind).getReadOnlyProperty();
    }
}
