package io.watchfloor.app.console;

import static io.watchfloor.app.console.ConsoleFixtures.NOW;
import static io.watchfloor.app.console.ConsoleFixtures.alert;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.core.Severity;
import io.watchfloor.core.TargetRef;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which critical alerts raise a desktop notification, and when. */
class CriticalWatchTest {
    private final MutableClock clock = new MutableClock(NOW, BoardFixtures.ZONE);
    private final CriticalWatch watch = new CriticalWatch(clock);

    private static Alert critical(String fp, Duration ago) {
        return alert(fp, "Crit-" + fp, Severity.CRITICAL, "checkout", ago, Optional.empty());
    }

    private static BoardState board(long version, Alert... alerts) {
        return ConsoleFixtures.board(version, List.of(alerts), List.of(), List.of());
    }

    @Test
    void whatIsOnTheFirstBoardIsNotAnnouncedButWhatAppearsLaterIsOnceWithHowLongItFires() {
        assertThat(watch.observe(board(1, critical("old", Duration.ofMinutes(30))))).isEmpty();

        clock.advance(Duration.ofSeconds(20));
        List<CriticalWatch.Notice> notices = watch.observe(board(2, critical("old", Duration.ofMinutes(30)),
                critical("new", Duration.ofSeconds(5))));

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.alert().key()).isEqualTo("am/new");
            assertThat(n.firingFor()).isEqualTo(Duration.ofSeconds(25));
            assertThat(n.title()).isEqualTo("CRITICAL \u00b7 Crit-new");
            assertThat(n.text()).contains("firing for 25s");
        });
        assertThat(watch.observe(board(3, critical("old", Duration.ofMinutes(30)), critical("new",
                Duration.ofSeconds(5)))))
                .isEmpty();
    }

    @Test
    void theEnginesEmptyBoardBeforeItsFirstReadDoesNotSeed() {
        assertThat(watch.observe(BoardState.empty(NOW))).isEmpty();

        assertThat(watch.observe(board(1, critical("a", Duration.ofMinutes(1))))).isEmpty();
        assertThat(watch.observe(board(2, critical("a", Duration.ofMinutes(1)), critical("b", Duration.ZERO))))
                .extracting(n -> n.alert().key()).containsExactly("am/b");
    }

    @Test
    void aNewCriticalThatIsAlreadyAcknowledgedOrNotCriticalIsNotAnnounced() {
        watch.observe(board(1));
        Alert acked = alert("acked", "Acked", Severity.CRITICAL, "checkout", Duration.ZERO,
                Optional.of(new Acknowledgement("x", NOW, Optional.empty(), "s")));
        Alert major = alert("major", "Major", Severity.MAJOR, "checkout", Duration.ZERO, Optional.empty());

        assertThat(watch.observe(board(2, acked, major))).isEmpty();
    }

    @Test
    void aNewCriticalWeAreAlreadyAcknowledgingIsNotAnnounced() {
        watch.observe(board(1));
        Alert a = critical("a", Duration.ZERO);
        ActionStatus pending = new ActionStatus(new OperatorAction.Acknowledge("x", new Operator("me", Role.LEAD),
                TargetRef.of(a), NOW, Duration.ofHours(1), Optional.empty()), Optional.empty(), NOW);

        assertThat(watch.observe(ConsoleFixtures.board(2, List.of(a), List.of(), List.of(pending)))).isEmpty();
    }

    @Test
    void aCriticalThatLeavesAndComesBackIsANewEpisodeAndAnnouncedAgain() {
        watch.observe(board(1));
        assertThat(watch.observe(board(2, critical("a", Duration.ZERO)))).hasSize(1);
        assertThat(watch.observe(board(3))).isEmpty();

        assertThat(watch.observe(board(4, critical("a", Duration.ZERO)))).hasSize(1);
    }

    @Test
    void severalNewCriticalsComeNewestFirst() {
        watch.observe(board(1));

        List<CriticalWatch.Notice> notices = watch.observe(board(2, critical("x", Duration.ofMinutes(2)),
                critical("y", Duration.ofSeconds(1)), critical("z", Duration.ofMinutes(1))));

        assertThat(notices).extracting(n -> n.alert().fingerprint()).containsExactly("y", "z", "x");
    }
}
