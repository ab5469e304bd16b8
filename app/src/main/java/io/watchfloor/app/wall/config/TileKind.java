package io.watchfloor.app.wall.config;

import io.watchfloor.core.SourceKind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kinds of tile a wall page can show, by their name in the config ({@code wall.pages[].tiles[].tile}).
 * Each kind knows which kinds of source feed it, so the wall can say how old a tile's data is when one of them
 * is not live, and how many items it lists by default. Immutable; any thread.
 */
public enum TileKind {
    /** Every service as a cell coloured by status. */
    SERVICES("services", EnumSet.allOf(SourceKind.class), 0),
    /** Firing alerts per severity, with the unacknowledged ones. */
    ALERTS("alerts", EnumSet.of(SourceKind.ALERTMANAGER), 0),
    /** The most urgent SLA timers. */
    SLA("sla", EnumSet.of(SourceKind.SERVICENOW), 5),
    /** Availability against the SLO. */
    AVAILABILITY("availability", EnumSet.of(SourceKind.PROMETHEUS), 7),
    /** Freshness of every source (it shows every age itself). */
    SOURCES("sources", EnumSet.noneOf(SourceKind.class), 0),
    /** The time in the wall's zone. */
    CLOCK("clock", EnumSet.noneOf(SourceKind.class), 0),
    /** Downtime cost of the services that are down or degraded. */
    COST("cost", EnumSet.allOf(SourceKind.class), 5),
    /** Open incidents, P1 first, rotating when they do not all fit. */
    INCIDENTS("incidents", EnumSet.of(SourceKind.SERVICENOW), 6),
    /** Acknowledged alerts (who, since when) and silences about to expire. */
    ACKS("acks", EnumSet.of(SourceKind.ALERTMANAGER), 6),
    /** Who is on call or on shift now, from the config. */
    ONCALL("oncall", EnumSet.noneOf(SourceKind.class), 6),
    /** Escalations due now (with their reason and who) and coming up, and active peak windows. */
    ESCALATIONS("escalations", EnumSet.of(SourceKind.SERVICENOW, SourceKind.RT), 6),
    /** MTTA and MTTR per priority, today and 7 days, against the SLA targets. */
    METRICS("metrics", EnumSet.of(SourceKind.SERVICENOW, SourceKind.RT), 0);

    private final String configName;
    private final Set<SourceKind> feeds;
    private final int defaultItems;

    TileKind(String configName, Set<SourceKind> feeds, int defaultItems) {
        this.configName = configName;
        this.feeds = Set.copyOf(feeds);
        this.defaultItems = defaultItems;
    }

    /** The name in the config file and on the command line. */
    public String configName() {
        return configName;
    }

    /** The kinds of source whose data this tile shows; empty for tiles that need no source. */
    public Set<SourceKind> feeds() {
        return feeds;
    }

    /** How many rows a listing tile shows unless the config says otherwise; 0 for tiles that list nothing. */
    public int defaultItems() {
        return defaultItems;
    }

    /** Whether {@code items} means something for this tile. */
    public boolean lists() {
        return defaultItems > 0;
    }

    /** Parses a config name; the message lists the known names. */
    public static TileKind fromConfigName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (TileKind k : values()) {
            if (k.configName.equals(wanted)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown tile '" + name + "' (known: " + known() + ")");
    }

    static String known() {
        return Stream.of(values()).map(TileKind::configName).collect(Collectors.joining(", "));
    }
}
