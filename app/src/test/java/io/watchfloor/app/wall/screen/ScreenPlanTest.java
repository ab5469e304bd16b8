package io.watchfloor.app.wall.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.app.wall.config.PageSpec;
import io.watchfloor.app.wall.config.ScreenSpec;
import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.app.wall.config.PageFilter;
import io.watchfloor.app.wall.config.GridLayout;
import io.watchfloor.app.wall.config.TileKind;
import io.watchfloor.app.wall.config.TilePlacement;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Which screen shows which pages, for every way of asking and every number of connected screens. */
class ScreenPlanTest {
    private static PageSpec page(String name) {
        return new PageSpec(name, Duration.ofSeconds(30), GridLayout.equal(1, 1),
                List.of(TilePlacement.at(TileKind.SERVICES, 0, 0)), PageFilter.NONE);
    }

    private final WallConfig mapped = WallConfig.defaults().withPages(List.of(page("a"), page("b"), page("c")));
    private final WallConfig twoScreens = new WallConfig(mapped.theme(), mapped.dwell(), mapped.pages(),
            List.of(new ScreenSpec(1, List.of("a", "b")), new ScreenSpec(3, List.of("c"))), mapped.sound(),
            List.of(), mapped.expiryWarning(), 1.0);

    private static List<String> names(ScreenPlan.Assignment a) {
        return a.pages().stream().map(PageSpec::name).toList();
    }

    @Test
    void withoutScreensInConfigOrOnTheCommandLineOneWindowOnThePrimaryScreenShowsEveryPage() {
        ScreenPlan.Plan plan = ScreenPlan.plan(mapped, OptionalInt.empty(), List.of(), 2);

        assertThat(plan.windows()).hasSize(1);
        assertThat(plan.windows().get(0).screen()).isEmpty();
        assertThat(names(plan.windows().get(0))).containsExactly("a", "b", "c");
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void configuredScreensEachGetTheirOwnWindowAndPages() {
        ScreenPlan.Plan plan = ScreenPlan.plan(twoScreens, OptionalInt.empty(), List.of(), 3);

        assertThat(plan.windows()).extracting(a -> a.screen().getAsInt()).containsExactly(1, 3);
        assertThat(names(plan.windows().get(0))).containsExactly("a", "b");
        assertThat(names(plan.windows().get(1))).containsExactly("c");
    }

    @Test
    void aConfiguredScreenThatIsNotConnectedIsSkippedWithAWarning() {
        ScreenPlan.Plan plan = ScreenPlan.plan(twoScreens, OptionalInt.empty(), List.of(), 2);

        assertThat(plan.windows()).extracting(a -> a.screen().getAsInt()).containsExactly(1);
        assertThat(plan.warnings()).containsExactly("screen 3 is not connected (2 found): its pages [c] are not shown");
    }

    @Test
    void whenNoConfiguredScreenIsConnectedTheFirstOnesPagesGoToThePrimaryScreen() {
        WallConfig onlyThree = new WallConfig(mapped.theme(), mapped.dwell(), mapped.pages(),
                List.of(new ScreenSpec(3, List.of("c"))), mapped.sound(), List.of(), mapped.expiryWarning(), 1.0);

        ScreenPlan.Plan plan = ScreenPlan.plan(onlyThree, OptionalInt.empty(), List.of(), 1);

        assertThat(plan.windows()).hasSize(1);
        assertThat(plan.windows().get(0).screen()).isEmpty();
        assertThat(names(plan.windows().get(0))).containsExactly("c");
        assertThat(plan.warnings()).hasSize(2);
    }

    @Test
    void screenOptionPicksOneScreenWithItsConfiguredPagesOrEveryPage() {
        assertThat(names(ScreenPlan.plan(twoScreens, OptionalInt.of(3), List.of(), 3).windows().get(0)))
                .containsExactly("c");
        ScreenPlan.Plan unmapped = ScreenPlan.plan(twoScreens, OptionalInt.of(2), List.of(), 3);
        assertThat(unmapped.windows()).singleElement().satisfies(a -> {
            assertThat(a.screen()).hasValue(2);
            assertThat(names(a)).containsExactly("a", "b", "c");
        });
    }

    @Test
    void pageOptionsWinOverTheConfigsMapping() {
        assertThat(names(ScreenPlan.plan(twoScreens, OptionalInt.of(1), List.of("c", "a"), 3).windows().get(0)))
                .containsExactly("c", "a");
        ScreenPlan.Plan pagesOnly = ScreenPlan.plan(twoScreens, OptionalInt.empty(), List.of("b"), 3);
        assertThat(pagesOnly.windows()).singleElement().satisfies(a -> {
            assertThat(a.screen()).isEmpty();
            assertThat(names(a)).containsExactly("b");
        });
    }

    @Test
    void aScreenOrPageThatDoesNotExistIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ScreenPlan.plan(mapped, OptionalInt.of(3), List.of(), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--screen 3: there are 2 screens (see wall --list-screens)");
        assertThatThrownBy(() -> ScreenPlan.plan(mapped, OptionalInt.empty(), List.of("x"), 2))
                .hasMessage("no page 'x' (pages: a, b, c)");
    }
}
