package io.watchfloor.app.wall;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import io.watchfloor.app.theme.ThemePalette;
import io.watchfloor.core.ServiceStatus;
import io.watchfloor.core.Severity;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/**
 * FX-thread confined. The one place that decides the wall's tiles: which TilesFX skin each uses, its size
 * limits and its colours (resolved from the theme's tokens, never hard-coded), and which content it shows.
 * Panels use {@link PanelTileSkin} with their own JavaFX content; the clock uses TilesFX's CLOCK skin, driven
 * by the wall's own ticker rather than TilesFX's timer so that its time comes from the injected clock.
 */
final class TileFactory {
    /** The theme tokens this factory needs as colours. */
    static final List<String> TOKENS = List.of("-wf-surface", "-wf-border", "-wf-fg", "-wf-muted");

    private final ThemePalette palette;
    private final Locale locale;
    private final ObservableStringValue fontStyle;

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
        return sized(tile);
    }

    private static Tile sized(Tile tile) {
        tile.setMinSize(0, 0);
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return tile;
    }
}
