package io.watchfloor.app.wall.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.app.theme.ThemeName;
import io.watchfloor.engine.config.ConfigException;
import io.watchfloor.engine.config.ConfigLoader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code wall:} section as an operator writes it, read through the engine's loader as the app does. */
class WallConfigTest {
    private static final String SOURCES = "sources:\n  - { id: am, type: alertmanager, url: http://127.0.0.1:9093 }\n";

    private static WallConfig read(String wallYaml) throws ConfigException {
        return WallConfig.parse(ConfigLoader.parse(SOURCES + wallYaml, "watchfloor.yaml", null).wall(),
                "watchfloor.yaml");
    }

    private static String error(String wallYaml) {
        try {
            read(wallYaml);
        } catch (ConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for:\n" + wallYaml);
    }

    @Test
    void withoutAWallSectionTheWallShowsTheClassicBoardInTheDarkTheme() throws Exception {
        WallConfig c = read("");

        assertThat(c.theme()).isEqualTo(ThemeName.DARK);
        assertThat(c.pages()).hasSize(1);
        PageSpec page = c.pages().get(0);
        assertThat(page.name()).isEqualTo("board");
        assertThat(page.filter().isEmpty()).isTrue();
        assertThat(page.layout().columns()).containsExactly(44.0, 16.0, 22.0, 18.0);
        assertThat(page.tile(TileKind.SERVICES)).contains(TilePlacement.at(TileKind.SERVICES, 0, 0, 2, 2));
        assertThat(page.tile(TileKind.SLA).orElseThrow().itemCount()).isEqualTo(5);
        assertThat(c.sound().enabled()).isTrue();
        assertThat(c.screens()).isEmpty();
    }

    @Test
    void readsPagesWithTheirLayoutDwellFilterAndTiles() throws Exception {
        WallConfig c = read("""
                wall:
                  theme: high-contrast
                  dwell: 45s
                  groups:
                    payments: [checkout, payments-gateway, fraud-detection]
                  pages:
                    - name: overview
                      layout: { columns: [60, 40], rows: 2 }
                      tiles:
                        - { tile: services, column: 1, row: 1, height: 2 }
                        - alerts
                        - { tile: incidents, items: 4 }
                    - name: payments
                      dwell: 20s
                      layout: 3x1
                      filter: { regions: eu-west, groups: payments }
                      tiles: [cost, acks, oncall]
                """);

        assertThat(c.theme()).isEqualTo(ThemeName.HIGH_CONTRAST);
        assertThat(c.pageNames()).containsExactly("overview", "payments");
        PageSpec overview = c.page("overview").orElseThrow();
        assertThat(overview.dwell()).isEqualTo(Duration.ofSeconds(45));
        assertThat(overview.layout().columnPercent(0)).isEqualTo(60.0);
        assertThat(overview.layout().rowCount()).isEqualTo(2);
        assertThat(overview.tiles()).containsExactly(
                TilePlacement.at(TileKind.SERVICES, 0, 0, 1, 2),
                TilePlacement.at(TileKind.ALERTS, 1, 0),
                new TilePlacement(TileKind.INCIDENTS, 1, 1, 1, 1, OptionalInt.of(4)));
        PageSpec payments = c.page("payments").orElseThrow();
        assertThat(payments.dwell()).isEqualTo(Duration.ofSeconds(20));
        assertThat(payments.filter().regions()).containsExactly("eu-west");
        assertThat(payments.filter().services()).containsExactlyInAnyOrder("checkout", "payments-gateway",
                "fraud-detection");
        assertThat(payments.filter().label()).isEqualTo("eu-west \u00b7 payments");
        assertThat(payments.filter().includes("checkout", "eu-west")).isTrue();
        assertThat(payments.filter().includes("checkout", "us-east")).isFalse();
        assertThat(payments.filter().includes("search", "eu-west")).isFalse();
        assertThat(payments.tiles()).extracting(TilePlacement::column).containsExactly(0, 1, 2);
    }

    @Test
    void withoutALayoutTheTilesGetTheSmallestSquarishGrid() throws Exception {
        PageSpec page = read("wall:\n  pages:\n    - { name: five, tiles: [services, alerts, sla, clock, cost] }\n")
                .pages().get(0);

        assertThat(page.layout().columnCount()).isEqualTo(3);
        assertThat(page.layout().rowCount()).isEqualTo(2);
        assertThat(page.tile(TileKind.CLOCK).orElseThrow().row()).isEqualTo(1);
    }

    @Test
    void readsScreensSoundAndTheOnCallRota() throws Exception {
        WallConfig c = read("""
                wall:
                  pages:
                    - { name: a, tiles: [services] }
                    - { name: b, tiles: [alerts] }
                  screens:
                    - { screen: 1, pages: [a, b] }
                    - { screen: 2, pages: b }
                  sound: { enabled: true, repeat: 2m, quietHours: "22:00-06:00" }
                  expiryWarning: 10m
                  degradedCost: 50%
                  onCall:
                    - { role: Incident commander, name: Priya Shah, contact: "+31 20 555 0101" }
                    - { role: NOC shift, name: M. Jansen, hours: "22:00-06:00", days: mon-fri }
                """);

        assertThat(c.screens()).containsExactly(new ScreenSpec(1, List.of("a", "b")), new ScreenSpec(2, List.of("b")));
        assertThat(c.sound().repeat()).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.sound().quietHours()).contains(new TimeWindow(LocalTime.of(22, 0), LocalTime.of(6, 0)));
        assertThat(c.expiryWarning()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.degradedShare()).isEqualTo(0.5);
        OnCallEntry night = c.onCall().get(1);
        assertThat(night.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(c.onCall().get(0).contact()).contains("+31 20 555 0101");
    }

    @Test
    void aNightShiftBelongsToTheDayItStartsOn() {
        OnCallEntry friday = new OnCallEntry("NOC", "M. Jansen", Optional.empty(),
                Optional.of(TimeWindow.parse("22:00-06:00")), Set.of(DayOfWeek.FRIDAY));
        ZoneId zone = ZoneId.of("Europe/Amsterdam");

        assertThat(friday.activeAt(ZonedDateTime.of(2026, 11, 27, 23, 0, 0, 0, zone))).isTrue(); // Fri 23:00
        assertThat(friday.activeAt(ZonedDateTime.of(2026, 11, 28, 2, 0, 0, 0, zone))).isTrue(); // Sat 02:00
        assertThat(friday.activeAt(ZonedDateTime.of(2026, 11, 28, 23, 0, 0, 0, zone))).isFalse(); // Sat 23:00
        assertThat(friday.activeAt(ZonedDateTime.of(2026, 11, 27, 2, 0, 0, 0, zone))).isFalse(); // Fri 02:00
        assertThat(friday.activeAt(ZonedDateTime.of(2026, 11, 27, 12, 0, 0, 0, zone))).isFalse();
    }

    @Test
    void mistakesAreOneLineNamingTheFileAndThePathOfTheValue() {
        String pages = "wall:\n  pages:\n    - { name: a, tiles: [services] }\n";
        assertThat(error(pages + "    - { name: b, dwell: 2x, tiles: [alerts] }\n"))
                .isEqualTo("watchfloor.yaml: wall.pages[1].dwell: '2x' is not a duration like 500ms, 10s, 5m,"
                        + " 24h or 7d")
                .doesNotContain("\n");
        assertThat(error(pages + "    - { name: b, tiles: [alerts, radar] }\n"))
                .startsWith("watchfloor.yaml: wall.pages[1].tiles[1]: unknown tile 'radar' (known: services, alerts,");
        assertThat(error(pages + "    - { name: a, tiles: [alerts] }\n"))
                .isEqualTo("watchfloor.yaml: wall.pages[1].name: 'a' names another page too");
        assertThat(error("wall:\n  pages:\n    - name: a\n      layout: 2x1\n      tiles:\n"
                + "        - { tile: services, column: 1, row: 1, width: 2 }\n        - { tile: alerts, column: 2, row: 1 }\n"))
                .isEqualTo("watchfloor.yaml: wall.pages[0].tiles[1]: tile 'alerts' overlaps tile 'services'");
        assertThat(error("wall:\n  pages:\n    - { name: a, layout: 2x1, tiles: [{ tile: sla, column: 3, row: 1 }] }\n"))
                .isEqualTo("watchfloor.yaml: wall.pages[0].tiles[0]: tile 'sla' reaches outside the 2x1 layout");
        assertThat(error("wall:\n  pages:\n    - { name: a, layout: 1x1, tiles: [services, alerts] }\n"))
                .isEqualTo("watchfloor.yaml: wall.pages[0].tiles[1]: no free 1x1 place left in the 1x1 layout");
        assertThat(error("wall:\n  pages:\n    - { name: a, tiles: [{ tile: clock, items: 3 }] }\n"))
                .isEqualTo("watchfloor.yaml: wall.pages[0].tiles[0].items: tile 'clock' lists nothing");
    }

    @Test
    void mistakesElsewhereInTheWallSectionNameTheirPathToo() {
        assertThat(error("wall:\n  theme: neon\n"))
                .isEqualTo("watchfloor.yaml: wall.theme: unknown theme 'neon' (known: dark, light, high-contrast,"
                        + " colorblind)");
        assertThat(error("wall:\n  them: dark\n")).startsWith("watchfloor.yaml: wall.them: unknown key (expected one of");
        assertThat(error("wall:\n  pages: [{ name: a, tiles: [services] }]\n  screens: [{ screen: 1, pages: [b] }]\n"))
                .isEqualTo("watchfloor.yaml: wall.screens[0].pages[0]: no page 'b' (pages: a)");
        assertThat(error("wall:\n  screens: [{ screen: 0, pages: [board] }]\n"))
                .isEqualTo("watchfloor.yaml: wall.screens[0].screen: '0' is not a whole number from 1");
        assertThat(error("wall:\n  pages: [{ name: a, tiles: [services], filter: { groups: ops } }]\n"))
                .isEqualTo("watchfloor.yaml: wall.pages[0].filter.groups: no group 'ops' in wall.groups");
        assertThat(error("wall:\n  sound: { quietHours: 22-6 }\n"))
                .isEqualTo("watchfloor.yaml: wall.sound.quietHours: '22-6' is not a time window like 22:00-06:00");
        assertThat(error("wall:\n  sound: { repeat: 1s }\n"))
                .isEqualTo("watchfloor.yaml: wall.sound.repeat: must be 0s (play once) or at least 5s");
        assertThat(error("wall:\n  onCall: [{ role: NOC, name: Ann, days: [someday] }]\n"))
                .isEqualTo("watchfloor.yaml: wall.onCall[0].days: 'someday' is not a day like mon or a range like"
                        + " mon-fri");
        assertThat(error("wall:\n  degradedCost: 150%\n"))
                .isEqualTo("watchfloor.yaml: wall.degradedCost: '150%' is not a share like 50% or 0.5 (0% to 100%)");
    }

    @Test
    void filtersRestrictTheBoardToThePagesServicesAndTheirAlerts() throws Exception {
        PageFilter eu = read("wall:\n  pages: [{ name: eu, tiles: [services], filter: { regions: [eu-west] } }]\n")
                .pages().get(0).filter();
        var board = io.watchfloor.app.testing.BoardFixtures.realistic(io.watchfloor.app.testing.BoardFixtures.NOW);

        var filtered = eu.apply(board);

        assertThat(filtered.services()).allSatisfy(v -> assertThat(v.service().region()).isEqualTo("eu-west"));
        assertThat(filtered.services()).extracting(v -> v.service().name()).contains("checkout")
                .doesNotContain("inventory", "dns");
        assertThat(filtered.alerts()).extracting(a -> a.service()).doesNotContain("object-storage", "reporting");
        assertThat(filtered.incidents()).extracting(i -> i.number()).doesNotContain("INC0012066");
        assertThat(filtered.sources()).isEqualTo(board.sources());
    }
}
