package io.watchfloor.app.wall.config;

import static io.watchfloor.app.wall.config.WallConfigValues.bool;
import static io.watchfloor.app.wall.config.WallConfigValues.checkKeys;
import static io.watchfloor.app.wall.config.WallConfigValues.duration;
import static io.watchfloor.app.wall.config.WallConfigValues.forEachItem;
import static io.watchfloor.app.wall.config.WallConfigValues.integer;
import static io.watchfloor.app.wall.config.WallConfigValues.parse;
import static io.watchfloor.app.wall.config.WallConfigValues.positive;
import static io.watchfloor.app.wall.config.WallConfigValues.requireObject;
import static io.watchfloor.app.wall.config.WallConfigValues.share;
import static io.watchfloor.app.wall.config.WallConfigValues.strings;
import static io.watchfloor.app.wall.config.WallConfigValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.app.wall.config.WallConfigValues.WallError;
import io.watchfloor.app.theme.ThemeName;
import io.watchfloor.engine.config.ConfigException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the {@code wall:} mapping into a {@link WallConfig}, reporting the first mistake with the path of the
 * value ({@code wall.pages[1].dwell}). Unknown keys are mistakes. One instance per read; not thread-safe.
 */
final class WallConfigReader {
    private static final Set<String> TOP_KEYS = Set.of("theme", "dwell", "groups", "pages", "screens", "sound",
            "onCall", "expiryWarning", "degradedCost");
    private static final Set<String> PAGE_KEYS = Set.of("name", "dwell", "layout", "tiles", "filter");
    private static final Set<String> TILE_KEYS = Set.of("tile", "column", "row", "width", "height", "items");
    private static final Set<String> LAYOUT_KEYS = Set.of("columns", "rows");
    private static final Set<String> FILTER_KEYS = Set.of("regions", "services", "groups");
    private static final Set<String> SCREEN_KEYS = Set.of("screen", "pages");
    private static final Set<String> SOUND_KEYS = Set.of("enabled", "repeat", "quietHours");
    private static final Set<String> ONCALL_KEYS = Set.of("role", "name", "contact", "hours", "days");

    private final String origin;
    private final Map<String, Set<String>> groups = new LinkedHashMap<>();

    WallConfigReader(String origin) {
        this.origin = origin;
    }

    WallConfig read(JsonNode wall) throws ConfigException {
        try {
            requireObject(wall, "wall");
            checkKeys(wall, "wall", TOP_KEYS);
            ThemeName theme = text(wall, "wall", "theme").map(t -> parse("wall.theme", t, ThemeName::fromConfigName))
                    .orElse(ThemeName.DARK);
            Duration dwell = positive(wall, "wall", "dwell").orElse(WallConfig.DEFAULT_DWELL);
            readGroups(wall.path("groups"));
            List<PageSpec> pages = pages(wall.path("pages"), dwell);
            List<ScreenSpec> screens = screens(wall.path("screens"), pages);
            SoundSpec sound = sound(wall.path("sound"));
            List<OnCallEntry> onCall = new ArrayList<>();
            forEachItem(wall.path("onCall"), "wall.onCall", (n, p) -> onCall.add(onCall(n, p)));
            Duration expiry = duration(wall, "wall", "expiryWarning").orElse(WallConfig.DEFAULT_EXPIRY_WARNING);
            double degraded = text(wall, "wall", "degradedCost").map(t -> share(t, "wall.degradedCost")).orElse(1.0);
            return new WallConfig(theme, dwell, pages, screens, sound, onCall, expiry, degraded);
        } catch (WallError e) {
            throw new ConfigException(origin + ": " + e.path + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(origin + ": wall: " + e.getMessage());
        }
    }

    private void readGroups(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return;
        }
        requireObject(n, "wall.groups");
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            List<String> members = strings(e.getValue(), "wall.groups." + e.getKey());
            if (members.isEmpty()) {
                throw new WallError("wall.groups." + e.getKey(), "a group needs at least one service");
            }
            groups.put(e.getKey(), new LinkedHashSet<>(members));
        }
    }

    private List<PageSpec> pages(JsonNode n, Duration dwell) {
        if (n.isMissingNode() || n.isNull()) {
            return List.of(PageSpec.classic(dwell));
        }
        if (!n.isArray() || n.isEmpty()) {
            throw new WallError("wall.pages", "must be a list of at least one page");
        }
        List<PageSpec> pages = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            String path = "wall.pages[" + i + "]";
            PageSpec page = page(n.get(i), path, dwell);
            if (pages.stream().anyMatch(p -> p.name().equals(page.name()))) {
                throw new WallError(path + ".name", "'" + page.name() + "' names another page too");
            }
            pages.add(page);
        }
        return pages;
    }

    private PageSpec page(JsonNode n, String path, Duration defaultDwell) {
        requireObject(n, path);
        checkKeys(n, path, PAGE_KEYS);
        String name = text(n, path, "name").orElseThrow(() -> new WallError(path + ".name", "is required"));
        Duration dwell = positive(n, path, "dwell").orElse(defaultDwell);
        PageFilter filter = filter(n.path("filter"), path + ".filter");
        JsonNode tilesNode = n.path("tiles");
        if (!tilesNode.isArray() || tilesNode.isEmpty()) {
            throw new WallError(path + ".tiles", "must be a list of at least one tile (" + TileKind.known() + ")");
        }
        List<TileDraft> drafts = new ArrayList<>();
        for (int i = 0; i < tilesNode.size(); i++) {
            drafts.add(tile(tilesNode.get(i), path + ".tiles[" + i + "]"));
        }
        GridLayout layout = n.has("layout") ? layout(n.get("layout"), path + ".layout") : autoLayout(drafts);
        List<TilePlacement> placed = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            placed.add(drafts.get(i).place(placed, layout, path + ".tiles[" + i + "]"));
            try {
                new PageSpec(name, dwell, layout, placed, filter);
            } catch (IllegalArgumentException e) {
                throw new WallError(path + ".tiles[" + i + "]", e.getMessage());
            }
        }
        return new PageSpec(name, dwell, layout, placed, filter);
    }

    /** A tile as written: its position may be left to auto-placement. */
    private record TileDraft(TileKind kind, OptionalInt column, OptionalInt row, int width, int height,
                             OptionalInt items) {
        TilePlacement place(List<TilePlacement> placed, GridLayout layout, String path) {
            if (column.isPresent()) {
                return new TilePlacement(kind, column.getAsInt() - 1, row.getAsInt() - 1, width, height, items);
            }
            for (int r = 0; r + height <= layout.rowCount(); r++) {
                for (int c = 0; c + width <= layout.columnCount(); c++) {
                    TilePlacement candidate = new TilePlacement(kind, c, r, width, height, items);
                    if (placed.stream().noneMatch(p -> overlaps(p, candidate))) {
                        return candidate;
                    }
                }
            }
            throw new WallError(path, "no free " + width + "x" + height + " place left in the "
                    + layout.columnCount() + "x" + layout.rowCount() + " layout");
        }

        private static boolean overlaps(TilePlacement a, TilePlacement b) {
            for (int c = b.column(); c < b.column() + b.columnSpan(); c++) {
                for (int r = b.row(); r < b.row() + b.rowSpan(); r++) {
                    if (a.covers(c, r)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private TileDraft tile(JsonNode n, String path) {
        if (n != null && n.isValueNode()) {
            TileKind kind = parse(path, n.asText(), TileKind::fromConfigName);
            return new TileDraft(kind, OptionalInt.empty(), OptionalInt.empty(), 1, 1, OptionalInt.empty());
        }
        requireObject(n, path);
        checkKeys(n, path, TILE_KEYS);
        String name = text(n, path, "tile").orElseThrow(() -> new WallError(path + ".tile",
                "is required (" + TileKind.known() + ")"));
        TileKind kind = parse(path + ".tile", name, TileKind::fromConfigName);
        OptionalInt column = integer(n, path, "column", 1);
        OptionalInt row = integer(n, path, "row", 1);
        if (column.isPresent() != row.isPresent()) {
            throw new WallError(path, "give both column and row, or neither to place the tile in the next free cell");
        }
        OptionalInt items = integer(n, path, "items", 1);
        if (items.isPresent() && !kind.lists()) {
            throw new WallError(path + ".items", "tile '" + kind.configName() + "' lists nothing");
        }
        return new TileDraft(kind, column, row, integer(n, path, "width", 1).orElse(1),
                integer(n, path, "height", 1).orElse(1), items);
    }

    private static GridLayout autoLayout(List<TileDraft> drafts) {
        int area = drafts.stream().mapToInt(d -> d.width() * d.height()).sum();
        int columns = Math.max((int) Math.ceil(Math.sqrt(area)), drafts.stream().mapToInt(TileDraft::width).max()
                .orElse(1));
        int rows = Math.max((area + columns - 1) / columns, drafts.stream().mapToInt(TileDraft::height).max()
                .orElse(1));
        return GridLayout.equal(columns, rows);
    }

    private GridLayout layout(JsonNode n, String path) {
        if (n.isTextual()) {
            String[] cr = n.asText().trim().toLowerCase(Locale.ROOT).split("x");
            try {
                if (cr.length == 2) {
                    return GridLayout.equal(Integer.parseInt(cr[0].trim()), Integer.parseInt(cr[1].trim()));
                }
            } catch (IllegalArgumentException e) {
                // falls through to the message below
            }
            throw new WallError(path, "'" + n.asText() + "' is not a layout like 3x2 (columns x rows)");
        }
        requireObject(n, path);
        checkKeys(n, path, LAYOUT_KEYS);
        return new GridLayout(track(n.path("columns"), path + ".columns"), track(n.path("rows"), path + ".rows"));
    }

    /** A number of equal tracks, or a list of percentages. */
    private static List<Double> track(JsonNode n, String path) {
        if (n.isInt() && n.asInt() >= 1 && n.asInt() <= 12) {
            return GridLayout.equal(n.asInt(), 1).columns();
        }
        if (n.isArray() && !n.isEmpty() && n.size() <= 12) {
            List<Double> out = new ArrayList<>();
            for (JsonNode v : n) {
                if (!v.isNumber() || !(v.asDouble() > 0)) {
                    throw new WallError(path, "percentages must be positive numbers, was " + v);
                }
                out.add(v.asDouble());
            }
            return out;
        }
        throw new WallError(path, "is required: a count from 1 to 12, or a list of percentages like [60, 40]");
    }

    private PageFilter filter(JsonNode n, String path) {
        if (n.isMissingNode() || n.isNull()) {
            return PageFilter.NONE;
        }
        requireObject(n, path);
        checkKeys(n, path, FILTER_KEYS);
        Set<String> regions = new TreeSet<>(strings(n.path("regions"), path + ".regions"));
        Set<String> services = new LinkedHashSet<>(strings(n.path("services"), path + ".services"));
        List<String> groupNames = strings(n.path("groups"), path + ".groups");
        for (String g : groupNames) {
            Set<String> members = groups.get(g);
            if (members == null) {
                throw new WallError(path + ".groups", "no group '" + g + "' in wall.groups"
                        + (groups.isEmpty() ? "" : " (groups: " + String.join(", ", groups.keySet()) + ")"));
            }
            services.addAll(members);
        }
        List<String> label = new ArrayList<>(regions);
        label.addAll(groupNames);
        List<String> named = strings(n.path("services"), path + ".services");
        if (!named.isEmpty()) {
            label.add(named.size() <= 2 ? String.join(", ", named) : named.size() + " services");
        }
        return new PageFilter(regions, services, String.join(" \u00b7 ", label));
    }

    private List<ScreenSpec> screens(JsonNode n, List<PageSpec> pages) {
        List<ScreenSpec> screens = new ArrayList<>();
        forEachItem(n, "wall.screens", (s, path) -> {
            requireObject(s, path);
            checkKeys(s, path, SCREEN_KEYS);
            int screen = integer(s, path, "screen", 1).orElseThrow(() -> new WallError(path + ".screen",
                    "is required: the screen's number, from 1 (see wall --list-screens)"));
            if (screens.stream().anyMatch(x -> x.screen() == screen)) {
                throw new WallError(path + ".screen", "screen " + screen + " is listed twice");
            }
            List<String> names = strings(s.path("pages"), path + ".pages");
            if (names.isEmpty()) {
                throw new WallError(path + ".pages", "is required: the names of the pages this screen shows");
            }
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (pages.stream().noneMatch(p -> p.name().equals(name))) {
                    throw new WallError(path + ".pages[" + i + "]", "no page '" + name + "' (pages: "
                            + String.join(", ", pages.stream().map(PageSpec::name).toList()) + ")");
                }
            }
            screens.add(new ScreenSpec(screen, names));
        });
        return screens;
    }

    private SoundSpec sound(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return SoundSpec.DEFAULT;
        }
        if (n.isBoolean()) {
            return new SoundSpec(n.asBoolean(), SoundSpec.DEFAULT.repeat(), Optional.empty());
        }
        requireObject(n, "wall.sound");
        checkKeys(n, "wall.sound", SOUND_KEYS);
        boolean enabled = bool(n, "wall.sound", "enabled").orElse(true);
        Duration repeat = duration(n, "wall.sound", "repeat").orElse(SoundSpec.DEFAULT.repeat());
        if (!repeat.isZero() && repeat.compareTo(SoundSpec.MIN_REPEAT) < 0) {
            throw new WallError("wall.sound.repeat", "must be 0s (play once) or at least 5s");
        }
        Optional<TimeWindow> quiet = text(n, "wall.sound", "quietHours")
                .map(t -> parse("wall.sound.quietHours", t, TimeWindow::parse));
        return new SoundSpec(enabled, repeat, quiet);
    }

    private OnCallEntry onCall(JsonNode n, String path) {
        requireObject(n, path);
        checkKeys(n, path, ONCALL_KEYS);
        String role = text(n, path, "role").orElseThrow(() -> new WallError(path + ".role", "is required"));
        String name = text(n, path, "name").orElseThrow(() -> new WallError(path + ".name", "is required"));
        Optional<TimeWindow> hours = text(n, path, "hours").map(t -> parse(path + ".hours", t, TimeWindow::parse));
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : strings(n.path("days"), path + ".days")) {
            days.addAll(parse(path + ".days", d, WeekDays::parse));
        }
        return new OnCallEntry(role, name, text(n, path, "contact"), hours, days);
    }
}
