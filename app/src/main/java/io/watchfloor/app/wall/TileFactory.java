package io.watchfloor.app.wall;

import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import io.watchfloor.app.theme.ThemePalette;
import io.watchfloor.app.wall.config.TileKind;
import io.watchfloor.app.wall.config.TilePlacement;
import io.watchfloor.core.Freshness;
import io.watchfloor.core.ServiceStatus;
import io.watchfloor.core.Severity;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * FX-thread confined. The one place that decides the wall's tiles: which TilesFX skin each uses, its size
 * limits and its colours (resolved from the theme's tokens, never hard-coded), and which content it shows.
 * Panels use {@link PanelTileSkin} with their own JavaFX content; the clock uses TilesFX's CLOCK skin, driven
 * by the wall's own ticker rather than TilesFX's timer so that its time comes from the injected clock.
 * {@link #create} makes the tile a page's config asks for; {@link #applyPalette} recolours every tile made so far
 * when the theme changes.
 */
final class TileFactory {
    /** The theme tokens this factory needs as colours. */
    static final List<String> TOKENS = List.of("-wf-surface", "-wf-border", "-wf-fg", "-wf-muted");
    private static final String CLOCK = "wf-clock";

    private ThemePalette palette;
    private final Locale locale;
    private final ObservableStringValue fontStyle;
    private final List<Tile> made = new ArrayList<>();

    /**
     * @param palette   the theme's colours
     * @param locale    for the clock's day and month names
     * @param fontStyle the inline style carrying the wall's base font size, applied to every panel tile
     */
    TileFactory(ThemePalette palette, Locale locale, ObservableStringValue fontStyle) {
        this.palette = Objects.requireNonNull(palette, "palette");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.fontStyle = Objects.requireNonNull(fontStyle, "fontStyle");
    }

    /**
     * The tile {@code placement} asks for, showing {@code page}'s data, with the age of that data in its header
     * while a source feeding it is not live. A clock tile shows {@code now} and is ticked by the wall.
     */
    Tile create(TilePlacement placement, PageViewModel page, ZonedDateTime now) {
        WallViewModel model = page.board();
        TileKind kind = placement.kind();
        Tile tile = switch (kind) {
            case SERVICES -> serviceGrid(model);
            case ALERTS -> severityCounts(model);
            case SLA -> slaTimers(model, placement.itemCount());
            case AVAILABILITY -> availability(model, placement.itemCount());
            case SOURCES -> freshness(model);
            case CLOCK -> clock(now.getZone(), now);
            case COST -> cost(page.cost(), placement.itemCount());
            case INCIDENTS -> incidents(page.incidents(), placement.itemCount());
            case ACKS -> acks(page.acks(), placement.itemCount(), now.getZone());
            case ONCALL -> onCall(page.onCall(), placement.itemCount());
            case ESCALATIONS -> escalations(page.escalations(), placement.itemCount());
            case METRICS -> metrics(page.metrics());
        };
        if (!kind.feeds().isEmpty()) {
            tile.getProperties().put(PanelTileSkin.BADGE, new DataAgeBadge(tile.getId(), page.ageProperty(kind)));
            dimWhenNotCurrent(tile, page.ageProperty(kind));
        }
        return tile;
    }

    /**
     * Dims the tile's content (not its header and age badge) while the data it shows is stale or
     * offline, so that a dead source's tiles never look as current as the others; it lights up again
     * with the first fresh read. The content's opacity is set directly: switching a style class on it would
     * re-apply CSS to everything in the tile (a hundred service cells) each time a source goes stale or recovers.
     */
    private static void dimWhenNotCurrent(Tile tile, ObservableValue<Optional<DataAge>> age) {
        Runnable apply = () -> {
            boolean dim = age.getValue().map(a -> a.freshness() == Freshness.STALE
                    || a.freshness() == Freshness.OFFLINE).orElse(false);
            tile.pseudoClassStateChanged(DIMMED, dim);
            double opacity = dim ? DIMMED_OPACITY : 1;
            if (tile.getGraphic() != null && tile.getGraphic().getOpacity() != opacity) {
                tile.getGraphic().setOpacity(opacity);
            }
        };
        age.addListener((o, was, now) -> apply.run());
        tile.graphicProperty().addListener((o, was, now) -> apply.run());
        apply.run();
    }

    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("data-dimmed");
    /** How far a tile's content fades while its data is stale or offline; header and age badge stay legible. */
    static final double DIMMED_OPACITY = 0.45;

    /** Every service as a cell coloured by status, worst first. */
    Tile serviceGrid(WallViewModel model) {
        Tile tile = panel("tile-services", "SERVICES", WallIcons.SERVICES,
                new ServiceGridTile(model.servicesProperty()));
        tile.textProperty().bind(Bindings.createStringBinding(() -> {
            int up = model.statusCountProperty(ServiceStatus.UP).get();
            return up + " of " + model.servicesProperty().size() + " up";
        }, model.servicesProperty(), model.statusCountProperty(ServiceStatus.UP)));
        return tile;
    }

    /** Firing alerts per severity with the unacknowledged ones. */
    Tile severityCounts(WallViewModel model) {
        Tile tile = panel("tile-alerts", "ACTIVE ALERTS", WallIcons.ALERTS, new SeverityCountsTile(model));
        tile.textProperty().bind(Bindings.createStringBinding(() -> totalFiring(model) + " firing",
                model.firingProperty(Severity.CRITICAL),
                model.firingProperty(Severity.MAJOR),
                model.firingProperty(Severity.MINOR),
                model.firingProperty(Severity.WARNING),
                model.firingProperty(Severity.INFO)));
        return tile;
    }

    private static int totalFiring(WallViewModel model) {
        int total = 0;
        for (Severity s : Severity.values()) {
            total += model.firingProperty(s).get();
        }
        return total;
    }

    /** Availability against the SLO for the worst {@code rows} services. */
    Tile availability(WallViewModel model, int rows) {
        Tile tile = panel("tile-availability", "AVAILABILITY VS SLO", WallIcons.AVAILABILITY,
                new AvailabilityTile(model.availabilityProperty(), rows));
        tile.textProperty().bind(Bindings.createStringBinding(() -> {
            long below = model.availabilityProperty().stream().filter(AvailabilityRow::belowSlo).count();
            return below == 0 ? "all within SLO" : below + " below SLO";
        }, model.availabilityProperty()));
        return tile;
    }

    /** The most urgent SLA timers. */
    Tile slaTimers(WallViewModel model, int rows) {
        Tile tile = panel("tile-sla", "SLA TIMERS", WallIcons.SLA, new SlaTimersTile(model.slaTimersProperty(), rows));
        tile.textProperty().bind(Bindings.createStringBinding(() -> {
            int breached = model.breachedTimersProperty().get();
            return breached == 0 ? "none breached" : breached + " breached";
        }, model.breachedTimersProperty()));
        return tile;
    }

    /** Freshness of every source. */
    Tile freshness(WallViewModel model) {
        Tile tile = panel("tile-sources", "SOURCES", WallIcons.SOURCES, new FreshnessTile(model.sourcesProperty()));
        tile.textProperty().bind(Bindings.createStringBinding(() -> {
            long current = model.sourcesProperty().stream().filter(r -> r.freshness().current()).count();
            return current + " of " + model.sourcesProperty().size() + " current";
        }, model.sourcesProperty()));
        return tile;
    }

    /** Downtime cost of the services down or degraded, with today's total in the summary. */
    Tile cost(DowntimeCostViewModel model, int rows) {
        MoneyFormat money = new MoneyFormat(locale);
        CostTile body = new CostTile(model.rowsProperty(), rows, money);
        Tile tile = panel("tile-cost", "DOWNTIME COST", WallIcons.COST, body);
        tile.textProperty().bind(Bindings.createStringBinding(() -> {
            Map<String, java.math.BigDecimal> totals = model.todayTotalsProperty().get();
            int more = body.notShownProperty().get();
            return "today " + money.totals(totals) + (more > 0 ? " \u00b7 +" + more + " more" : "");
        }, model.todayTotalsProperty(), body.notShownProperty()));
        return tile;
    }

    /** Open incidents, P1 first, rotating when they do not all fit. */
    Tile incidents(IncidentTickerViewModel model, int rows) {
        Tile tile = panel("tile-incidents", "OPEN INCIDENTS", WallIcons.INCIDENTS,
                new IncidentTickerTile(model.rowsProperty(), rows));
        tile.textProperty().bind(Bindings.createStringBinding(() -> {
            StringBuilder s = new StringBuilder().append(model.totalProperty().get()).append(" open");
            if (model.p1Property().get() > 0) {
                s.append(" \u00b7 ").append(model.p1Property().get()).append(" P1");
            }
            if (!model.windowProperty().get().isEmpty()) {
                s.append(" \u00b7 ").append(model.windowProperty().get());
            }
            return s.toString();
        }, model.totalProperty(), model.p1Property(), model.windowProperty()));
        return tile;
    }

    /** Acknowledged alerts, those about to expire first. */
    Tile acks(AcknowledgementsViewModel model, int rows, ZoneId zone) {
        Tile tile = panel("tile-acks", "ACKNOWLEDGED", WallIcons.ACKS, new AcksTile(model.rowsProperty(), rows, zone));
        tile.textProperty().bind(Bindings.createStringBinding(() -> {
            StringBuilder s = new StringBuilder().append(model.rowsProperty().size()).append(" acknowledged");
            if (model.expiringProperty().get() > 0) {
                s.append(" \u00b7 ").append(model.expiringProperty().get()).append(" expiring");
            }
            if (model.silencedOnlyProperty().get() > 0) {
                s.append(" \u00b7 ").append(model.silencedOnlyProperty().get()).append(" silenced");
            }
            return s.toString();
        }, model.rowsProperty(), model.expiringProperty(), model.silencedOnlyProperty()));
        return tile;
    }

    /** Escalations due and coming up, with the active peak windows in the summary. */
    Tile escalations(EscalationsViewModel model, int rows) {
        EscalationsTile body = new EscalationsTile(model.rowsProperty(), rows);
        Tile tile = panel("tile-escalations", "ESCALATIONS", WallIcons.ESCALATIONS, body);
        tile.textProperty().bind(Bindings.createStringBinding(() -> {
            StringBuilder s = new StringBuilder().append(model.dueProperty().get()).append(" due");
            s.append(" \u00b7 ").append(model.upcomingProperty().get()).append(" coming up");
            if (!model.peaksProperty().get().isEmpty()) {
                s.append(" \u00b7 peak: ").append(model.peaksProperty().get());
            }
            return s.toString();
        }, model.dueProperty(), model.upcomingProperty(), model.peaksProperty()));
        return tile;
    }

    /** MTTA and MTTR per priority against the targets. */
    Tile metrics(MetricsViewModel model) {
        Tile tile = panel("tile-metrics", "MTTA / MTTR", WallIcons.METRICS,
                new MetricsTile(model.rowsProperty(), model.loadedProperty()));
        tile.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.loadedProperty().get()) {
                return "no history yet";
            }
            int over = model.overProperty().get();
            return over == 0 ? "all within target" : over + " over target";
        }, model.loadedProperty(), model.overProperty()));
        return tile;
    }

    /** Who is on call or on shift now. */
    Tile onCall(OnCallViewModel model, int rows) {
        Tile tile = panel("tile-oncall", "ON CALL", WallIcons.ON_CALL_TILE, new OnCallTile(model.rowsProperty(), rows));
        tile.setText(model.configured() ? "now" : "");
        return tile;
    }

    /**
     * A TilesFX clock showing {@code now} in {@code zone}. It is not started: the wall sets its time every tick
     * from the injected clock, and {@code stop()}s it on dispose.
     */
    Tile clock(ZoneId zone, ZonedDateTime now) {
        Tile tile = TileBuilder.create()
                .skinType(SkinType.CLOCK)
                .title(zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId())
                .locale(locale)
                .running(false)
                .animated(false)
                .backgroundColor(palette.color("-wf-surface"))
                .borderColor(palette.color("-wf-border"))
                .borderWidth(1)
                .titleColor(palette.color("-wf-fg"))
                .dateColor(palette.color("-wf-muted"))
                .textColor(palette.color("-wf-muted"))
                .roundedCorners(true)
                .build();
        tile.setTime(now);
        tile.setId("tile-clock");
        tile.getProperties().put(CLOCK, Boolean.TRUE);
        made.add(tile);
        return sized(tile);
    }

    private Tile panel(String id, String title, String icon, Node content) {
        Tile tile = TileBuilder.create()
                .skinType(SkinType.CUSTOM)
                .title(title)
                .graphic(content)
                .backgroundColor(palette.color("-wf-surface"))
                .borderColor(palette.color("-wf-border"))
                .borderWidth(1)
                .titleColor(palette.color("-wf-muted"))
                .textColor(palette.color("-wf-muted"))
                .roundedCorners(true)
                .build();
        tile.setId(id);
        tile.getStyleClass().add("wf-tile");
        tile.getProperties().put(PanelTileSkin.ICON, icon);
        tile.setSkin(new PanelTileSkin(tile));
        tile.styleProperty().bind(fontStyle);
        made.add(tile);
        return sized(tile);
    }

    /** Recolours every tile made so far from another theme's palette. */
    void applyPalette(ThemePalette next) {
        this.palette = Objects.requireNonNull(next, "next");
        for (Tile t : made) {
            t.setBackgroundColor(palette.color("-wf-surface"));
            t.setBorderColor(palette.color("-wf-border"));
            boolean clock = t.getProperties().containsKey(CLOCK);
            t.setTitleColor(palette.color(clock ? "-wf-fg" : "-wf-muted"));
            t.setTextColor(palette.color("-wf-muted"));
            if (clock) {
                t.setDateColor(palette.color("-wf-muted"));
            }
        }
    }

    /** Forgets a page's tiles once they are disposed of. */
    void forget(List<Tile> tiles) {
        made.removeAll(tiles);
    }

    private static Tile sized(Tile tile) {
        tile.setMinSize(0, 0);
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return tile;
    }
}
