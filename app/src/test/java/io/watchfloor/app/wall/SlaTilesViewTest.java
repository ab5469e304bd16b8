package io.watchfloor.app.wall;

import static io.watchfloor.app.testing.BoardFixtures.NOW;
import static io.watchfloor.app.testing.BoardFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardBuilder;
import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.app.testing.TestBoardFeed;
import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SlaBoard;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.escalation.DueEscalation;
import io.watchfloor.core.escalation.EscalationLevel;
import io.watchfloor.core.escalation.EscalationProposal;
import io.watchfloor.core.escalation.EscalationRule;
import io.watchfloor.core.escalation.PeakWindow;
import io.watchfloor.core.sla.IncidentTimes;
import io.watchfloor.core.sla.MetricsWindow;
import io.watchfloor.core.sla.ResponseMetrics;
import io.watchfloor.core.sla.SlaPolicies;
import io.watchfloor.core.sla.SlaPolicy;
import io.watchfloor.engine.config.ConfigLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The SLA page headless: the SLA-timer tile grades each clock by colour, icon and word and counts down with the
 * clock alone; the escalations tile shows due and upcoming escalations with their reason; the MTTA/MTTR tile
 * compares today and 7 days with the targets.
 */
@ExtendWith(ApplicationExtension.class)
class SlaTilesViewTest {
    static final String CONFIG = """
            sources: [{ id: snow, type: servicenow, url: "http://127.0.0.1:8080" }]
            wall:
              pages:
                - name: sla
                  layout: { columns: [52, 48], rows: [60, 40] }
                  tiles:
                    - { tile: sla, column: 1, row: 1, height: 2, items: 5 }
                    - { tile: escalations, column: 2, row: 1, items: 3 }
                    - { tile: metrics, column: 2, row: 2 }
            """;
    private static final EscalationLevel TIER1 = new EscalationLevel(0, "Tier 1", Optional.of("Service Desk"),
            Optional.empty());
    private static final EscalationLevel TIER2 = new EscalationLevel(1, "Tier 2", Optional.of("NOC Tier 2"),
            Optional.empty());
    private static final EscalationLevel LEAD = new EscalationLevel(2, "Shift lead", Optional.of("NOC Shift Leads"),
            Optional.of("Dana Weiss"));

    private final MutableClock clock = new MutableClock(NOW, ZONE);
    private final TestBoardFeed feed = new TestBoardFeed(board());
    private WallView view;

    @Start
    void start(Stage stage) throws Exception {
        WallConfig config = WallConfig.parse(ConfigLoader.parse(CONFIG, "watchfloor.yaml", null).wall(),
                "watchfloor.yaml");
        view = new WallView(feed, clock, config, Runnable::run);
        stage.setScene(new Scene(view.root(), 1280, 720));
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(view::dispose);
    }

    private static Incident incident(String number, Priority p, Duration target, Duration elapsed, ClockOrigin origin) {
        return BoardFixtures.incident(number, "Incident " + number, "checkout", p, NOW,
                BoardFixtures.running(p.name() + " response", SlaKind.RESPONSE, origin, target, elapsed, NOW));
    }

    /** One clock of each level: breached, critical (80 %), warn (60 %), ok (20 %) and paused. */
    static BoardState board() {
        Duration hour = Duration.ofHours(1);
        Incident breached = incident("INC1", Priority.P1, hour, Duration.ofMinutes(70), ClockOrigin.DESK);
        Incident critical = incident("INC2", Priority.P1, hour, Duration.ofMinutes(48), ClockOrigin.COMPUTED);
        Incident warn = incident("INC3", Priority.P2, hour, Duration.ofMinutes(36), ClockOrigin.DESK);
        Incident ok = incident("INC4", Priority.P3, hour, Duration.ofMinutes(12), ClockOrigin.DESK);
        Incident paused = BoardFixtures.incident("INC5", "On hold", "cart", Priority.P3, NOW,
                BoardFixtures.paused("P3 resolution", Duration.ofHours(8), Duration.ofHours(2), NOW));
        BoardState raw = new BoardBuilder(NOW).incident(breached).incident(critical).incident(warn).incident(ok)
                .incident(paused)
                .source(BoardFixtures.live("snow", SourceKind.SERVICENOW, Duration.ofSeconds(5), Duration.ZERO, NOW))
                .build();
        PeakWindow blackFriday = new PeakWindow("Black Friday", NOW.minus(Duration.ofHours(3)), NOW.plus(Duration.ofDays(3)),
                2.0 / 3, Map.of(Priority.P1, 2));
        EscalationProposal due = new EscalationProposal(breached.key(), "INC1", TIER1, LEAD,
                "P1 unacknowledged for 16 min (rule: 15 min; Black Friday peak: 10 min)",
                new EscalationRule.Unacknowledged(Duration.ofMinutes(15), 2, Set.of(Priority.P1)),
                Optional.of(blackFriday), NOW.minus(Duration.ofMinutes(6)));
        EscalationProposal next = new EscalationProposal(warn.key(), "INC3", TIER1, TIER2,
                "P2 response SLA at 75% (rule: 75%)", new EscalationRule.SlaPercent(Optional.empty(), 75, 1, Set.of()),
                Optional.empty(), NOW.plus(Duration.ofMinutes(9)));
        ResponseMetrics targets = ResponseMetrics.targetsOf(new SlaPolicies(List.of(
                SlaPolicy.forPriority(Priority.P1, Duration.ofMinutes(15), Duration.ofHours(4)),
                SlaPolicy.forPriority(Priority.P2, Duration.ofMinutes(30), Duration.ofHours(8)))));
        List<IncidentTimes> history = List.of(
                new IncidentTimes(Priority.P1, NOW.minus(Duration.ofHours(1)), Optional.of(NOW.minus(Duration.ofMinutes(50))),
                        Optional.empty()),
                new IncidentTimes(Priority.P1, NOW.minus(Duration.ofDays(2)),
                        Optional.of(NOW.minus(Duration.ofDays(2)).plus(Duration.ofMinutes(30))),
                        Optional.of(NOW.minus(Duration.ofDays(2)).plus(Duration.ofHours(3)))));
        SlaBoard sla = new SlaBoard(Map.of(), List.of(DueEscalation.proposed(due)), Map.of(warn.key(), next),
                List.of(targets.report(history, MetricsWindow.today(ZONE, NOW)),
                        targets.report(history, MetricsWindow.lastDays(7, NOW))),
                targets, List.of(blackFriday));
        return raw.withSla(raw.incidents(), sla);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String icon(FxRobot robot, String row) {
        return robot.lookup(row + " .wf-glyph").queryAs(Glyph.class).iconLiteral();
    }

    @Test
    void eachLevelHasItsColourIconAndWord(FxRobot robot) {
        assertThat(text(robot, "#sla-remaining-0")).isEqualTo("BREACHED +10:00");
        assertThat(text(robot, "#sla-forecast-0")).isEqualTo("BREACHED \u00b7 at 03:04");
        assertThat(robot.lookup("#sla-row-0").query().getStyleClass()).contains("wf-urgency-breached");
        assertThat(icon(robot, "#sla-row-0")).isEqualTo("mdi2t-timer-alert-outline");
        assertThat(text(robot, "#sla-origin-0")).isEqualTo("DESK");

        assertThat(text(robot, "#sla-remaining-1")).isEqualTo("00:12:00");
        assertThat(text(robot, "#sla-forecast-1")).isEqualTo("CRITICAL \u00b7 breaches 03:26");
        assertThat(robot.lookup("#sla-row-1").query().getStyleClass()).contains("wf-urgency-critical");
        assertThat(icon(robot, "#sla-row-1")).isEqualTo("mdi2t-timer-sand-complete");
        assertThat(text(robot, "#sla-origin-1")).isEqualTo("COMPUTED");

        assertThat(text(robot, "#sla-forecast-2")).isEqualTo("WARN \u00b7 breaches 03:38");
        assertThat(robot.lookup("#sla-row-2").query().getStyleClass()).contains("wf-urgency-warn");
        assertThat(icon(robot, "#sla-row-2")).isEqualTo("mdi2t-timer-sand");

        assertThat(text(robot, "#sla-forecast-3")).isEqualTo("OK \u00b7 breaches 04:02");
        assertThat(robot.lookup("#sla-row-3").query().getStyleClass()).contains("wf-urgency-ok");
        assertThat(icon(robot, "#sla-row-3")).isEqualTo("mdi2t-timer-outline");

        assertThat(text(robot, "#sla-remaining-4")).isEqualTo("PAUSED 06:00:00");
        assertThat(text(robot, "#sla-forecast-4")).isEqualTo("PAUSED \u00b7 25% used");
        assertThat(robot.lookup("#sla-row-4").query().getStyleClass()).contains("wf-urgency-paused");
        assertThat(icon(robot, "#sla-row-4")).isEqualTo("mdi2p-pause-circle-outline");
        assertThat(robot.lookup("#tile-sla-summary").queryAs(Label.class).getText()).isEqualTo("1 breached");
    }

    @Test
    void theCountdownMovesWithTheClockAloneAndCrossesIntoTheNextLevel(FxRobot robot) {
        clock.advance(Duration.ofMinutes(11).plusSeconds(30));
        robot.interact(view::tick);

        assertThat(text(robot, "#sla-remaining-1")).isEqualTo("00:00:30");
        assertThat(text(robot, "#sla-remaining-4")).as("a paused clock stays frozen").isEqualTo("PAUSED 06:00:00");

        clock.advance(Duration.ofSeconds(40));
        robot.interact(view::tick);

        assertThat(text(robot, "#sla-remaining-1")).isEqualTo("BREACHED +00:10");
        assertThat(robot.lookup("#sla-row-1").query().getStyleClass()).contains("wf-urgency-breached")
                .doesNotContain("wf-urgency-critical");
        assertThat(text(robot, "#sla-forecast-2")).startsWith("CRITICAL");
        assertThat(robot.lookup("#tile-sla-summary").queryAs(Label.class).getText()).isEqualTo("2 breached");
    }

    @Test
    void dueAndUpcomingEscalationsShowWhoWhyAndWhen(FxRobot robot) {
        assertThat(text(robot, "#esc-headline-0")).isEqualTo("INC1 \u2192 Shift lead (NOC Shift Leads, on call: Dana Weiss)");
        assertThat(text(robot, "#esc-reason-0")).contains("Black Friday peak: 10 min");
        assertThat(text(robot, "#esc-status-0")).isEqualTo("DUE \u00b7 6m00s");
        assertThat(robot.lookup("#esc-row-0").query().getStyleClass()).contains("wf-esc-stage-due");
        assertThat(text(robot, "#esc-headline-1")).isEqualTo("INC3 \u2192 Tier 2 (NOC Tier 2)");
        assertThat(text(robot, "#esc-status-1")).isEqualTo("at 03:23 \u00b7 in 00:09:00");
        assertThat(robot.lookup("#tile-escalations-summary").queryAs(Label.class).getText())
                .isEqualTo("1 due \u00b7 1 coming up \u00b7 peak: Black Friday");

        clock.advance(Duration.ofMinutes(1));
        robot.interact(view::tick);

        assertThat(text(robot, "#esc-status-0")).isEqualTo("DUE \u00b7 7m00s");
        assertThat(text(robot, "#esc-status-1")).isEqualTo("at 03:23 \u00b7 in 00:08:00");
    }

    @Test
    void theMetricsTileComparesTodayAndSevenDaysWithTheTargets(FxRobot robot) {
        assertThat(text(robot, "#metrics-p1-mtta-today")).isEqualTo("10m00s");
        assertThat(text(robot, "#metrics-p1-mtta-today-detail")).isEqualTo("1 incident \u00b7 100% ok");
        assertThat(robot.lookup("#metrics-p1-mtta-today").query().getParent().getParent().getStyleClass())
                .contains("wf-verdict-within");
        assertThat(text(robot, "#metrics-p1-mtta-week")).isEqualTo("20m00s");
        assertThat(robot.lookup("#metrics-p1-mtta-week").query().getParent().getParent().getStyleClass())
                .contains("wf-verdict-over");
        assertThat(text(robot, "#metrics-p1-mttr-today")).isEqualTo("\u2014");
        assertThat(text(robot, "#metrics-p1-mttr-week")).isEqualTo("3h00m");
        assertThat(text(robot, "#metrics-p2-mtta-week")).isEqualTo("\u2014");
        assertThat(robot.lookup("#tile-metrics-summary").queryAs(Label.class).getText()).isEqualTo("1 over target");
    }

    @Test
    void withoutHistoryTheMetricsTileSaysSo(FxRobot robot) {
        BoardState b = board();
        feed.publish(b.withSla(b.incidents(), b.sla().withMetrics(List.of())));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#tile-metrics-summary").queryAs(Label.class).getText()).isEqualTo("no history yet");
        assertThat(robot.lookup("#metrics-p1-mtta-week").tryQuery()).isEmpty();
    }
}
