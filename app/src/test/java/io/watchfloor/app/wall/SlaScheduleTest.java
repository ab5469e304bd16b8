package io.watchfloor.app.wall;

import static io.watchfloor.app.testing.BoardFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardBuilder;
import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.sla.SlaLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The SLA clocks sorted once per snapshot must list and count exactly what sorting every clock at each tick did
 * ({@link BoardState#urgentClocks}, the level of each clock), at any later instant.
 */
class SlaScheduleTest {

    @Test
    void listsTheSameMostUrgentClocksAsSortingThemAllAtEveryInstant() {
        BoardState board = board(new SplittableRandom(7), 300);
        SlaSchedule schedule = SlaSchedule.of(board);

        for (long s = 0; s <= 4 * 3600; s += 97) {
            Instant now = NOW.plusSeconds(s);
            assertThat(schedule.urgent(now, 5)).as("at +%d s", s).isEqualTo(board.urgentClocks(now, 5));
            assertThat(schedule.urgent(now, 40)).as("at +%d s", s).isEqualTo(board.urgentClocks(now, 40));
        }
    }

    @Test
    void keepsBoardOrderBetweenClocksWithTheSameTimeLeft() {
        // a running clock that reaches a paused one's time left, and two running ones due at the same instant
        SlaClock paused = BoardFixtures.paused("paused", Duration.ofMinutes(60), Duration.ofMinutes(30), NOW);
        SlaClock early = running(Duration.ofMinutes(60), Duration.ofMinutes(20));
        SlaClock same = running(Duration.ofMinutes(60), Duration.ofMinutes(20));
        BoardState board = new BoardBuilder(NOW)
                .incident(incident("INC1", paused))
                .incident(incident("INC2", early))
                .incident(incident("INC3", same))
                .build();
        SlaSchedule schedule = SlaSchedule.of(board);

        Instant tie = NOW.plus(Duration.ofMinutes(10)); // both running clocks have 30 min left, as the paused one
        assertThat(schedule.urgent(tie, 3)).isEqualTo(board.urgentClocks(tie, 3));
        assertThat(schedule.urgent(tie, 3)).extracting(u -> u.incident().number())
                .containsExactly("INC1", "INC2", "INC3");
    }

    @Test
    void countsTheBreachedClocksAsTheirLevelsDo() {
        BoardState board = board(new SplittableRandom(11), 200);
        SlaSchedule schedule = SlaSchedule.of(board);

        for (long s = 0; s <= 4 * 3600; s += 131) {
            Instant now = NOW.plusSeconds(s);
            long breached = board.incidents().stream().flatMap(i -> i.clocks().stream().filter(SlaClock::live)
                    .map(c -> board.sla().level(i, c, now))).filter(l -> l == SlaLevel.BREACHED).count();
            assertThat(schedule.breached(now)).as("at +%d s", s).isEqualTo((int) breached);
        }
    }

    @Test
    void anEmptyBoardHasNoClocks() {
        SlaSchedule schedule = SlaSchedule.of(BoardState.empty(NOW));

        assertThat(schedule.urgent(NOW, 5)).isEmpty();
        assertThat(schedule.breached(NOW)).isZero();
    }

    /** Incidents with running, paused (some past their target) and settled clocks, many due at equal instants. */
    private static BoardState board(SplittableRandom random, int incidents) {
        BoardBuilder b = new BoardBuilder(NOW);
        for (int n = 0; n < incidents; n++) {
            List<SlaClock> clocks = new ArrayList<>();
            for (int k = random.nextInt(3); k >= 0; k--) {
                Duration target = Duration.ofMinutes(30L * (1 + random.nextInt(4)));
                Duration elapsed = Duration.ofMinutes(10L * random.nextInt(20));
                clocks.add(switch (random.nextInt(4)) {
                    case 0 -> BoardFixtures.paused("paused " + k, target, elapsed, NOW);
                    case 1 -> settled(target, elapsed);
                    default -> running(target, elapsed);
                });
            }
            b.incident(incident(String.format("INC%04d", n), clocks.toArray(SlaClock[]::new)));
        }
        return b.build();
    }

    private static SlaClock running(Duration target, Duration elapsed) {
        return BoardFixtures.running("running", SlaKind.RESOLUTION, ClockOrigin.COMPUTED, target, elapsed, NOW);
    }

    private static SlaClock settled(Duration target, Duration elapsed) {
        Instant started = NOW.minus(elapsed);
        return new SlaClock("met", SlaKind.RESPONSE, ClockOrigin.DESK, ClockState.MET, target, started,
                started.plus(target), elapsed, NOW);
    }

    private static Incident incident(String number, SlaClock... clocks) {
        return BoardFixtures.incident(number, "title " + number, "checkout", Priority.P2, NOW, clocks);
    }
}
