package io.watchfloor.app.wall;

import static io.watchfloor.app.testing.BoardFixtures.NOW;
import static io.watchfloor.app.testing.BoardFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardBuilder;
import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.wall.config.OnCallEntry;
import io.watchfloor.app.wall.config.TimeWindow;
import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Freshness;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The view models of the incident ticker, acknowledgements, on-call and data-age badges, without a toolkit. */
class ListTileViewModelsTest {

    @Test
    void theTickerPinsP1sAndRotatesTheRestThroughTheRemainingRows() {
        BoardBuilder b = new BoardBuilder(NOW);
        b.incident(BoardFixtures.incident("INC1", "Checkout down", "checkout", Priority.P1, NOW));
        for (int i = 2; i <= 6; i++) {
            b.incident(BoardFixtures.incident("INC" + i, "Thing " + i, "search", Priority.P3, NOW));
        }
        IncidentTickerViewModel ticker = new IncidentTickerViewModel(3, NOW);

        ticker.update(b.build(), NOW);
        assertThat(ticker.rowsProperty()).extracting(TickerRow::number).containsExactly("INC1", "INC2", "INC3");
        assertThat(ticker.windowProperty().get()).isEqualTo("2\u20133 of 6");
        assertThat(ticker.p1Property().get()).isEqualTo(1);

        ticker.tick(NOW.plus(IncidentTickerViewModel.STEP));
        assertThat(ticker.rowsProperty()).extracting(TickerRow::number).containsExactly("INC1", "INC4", "INC5");
        ticker.tick(NOW.plus(IncidentTickerViewModel.STEP.multipliedBy(2)));
        assertThat(ticker.rowsProperty()).extracting(TickerRow::number).containsExactly("INC1", "INC6");
        ticker.tick(NOW.plus(IncidentTickerViewModel.STEP.multipliedBy(3)));
        assertThat(ticker.rowsProperty()).extracting(TickerRow::number).containsExactly("INC1", "INC2", "INC3");
        TickerRow p1 = ticker.rowsProperty().get(0);
        assertThat(p1.detail()).isEqualTo("checkout \u00b7 IN PROGRESS \u00b7 j.devries \u00b7 open 1h00m");
    }

    @Test
    void theTickerShowsEverythingStillWhenItFits() {
        IncidentTickerViewModel ticker = new IncidentTickerViewModel(6, NOW);
        ticker.update(BoardFixtures.realistic(NOW), NOW);

        assertThat(ticker.rowsProperty()).extracting(TickerRow::priority)
                .containsExactly(Priority.P1, Priority.P1, Priority.P2, Priority.P2, Priority.P3);
        assertThat(ticker.windowProperty().get()).isEmpty();
    }

    private static Alert acked(String name, String by, Instant since, Optional<Instant> until) {
        Alert a = new BoardBuilder(NOW).alert(Severity.MAJOR, "kafka", name, false).build().alerts().get(0);
        return new Alert(a.source(), a.fingerprint(), a.name(), a.labels(), a.summary(), a.severity(), a.service(),
                a.startsAt(), a.endedAt(), a.state(), until.isPresent() ? List.of("sil-" + name) : List.of(),
                Optional.of(new Acknowledgement(by, since, until, "sil-" + name)));
    }

    @Test
    void acknowledgementsAboutToExpireComeFirstSoonestFirstWithWhoAndSinceWhen() {
        List<Alert> alerts = new ArrayList<>(List.of(
                acked("Forever", "priya", NOW.minusSeconds(600), Optional.empty()),
                acked("LaterExpiry", "sam", NOW.minusSeconds(3600), Optional.of(NOW.plusSeconds(3600))),
                acked("SoonExpiry", "ana", NOW.minusSeconds(1800), Optional.of(NOW.plusSeconds(600))),
                acked("Sooner", "ana", NOW.minusSeconds(1800), Optional.of(NOW.plusSeconds(120)))));
        BoardState board = new BoardState(1, NOW, List.of(), alerts, List.of(), List.of());
        AcknowledgementsViewModel acks = new AcknowledgementsViewModel(Duration.ofMinutes(15));

        acks.update(board, NOW);

        assertThat(acks.rowsProperty()).extracting(AckRow::alertName)
                .containsExactly("Sooner", "SoonExpiry", "LaterExpiry", "Forever");
        assertThat(acks.expiringProperty().get()).isEqualTo(2);
        AckRow first = acks.rowsProperty().get(0);
        assertThat(first.by()).isEqualTo("ana");
        assertThat(first.held()).isEqualTo(Duration.ofMinutes(30));
        assertThat(first.expiryText()).isEqualTo("expires in 2m00s");
        assertThat(acks.rowsProperty().get(3).expiryText()).isEqualTo("no expiry");

        acks.tick(NOW.plusSeconds(121));
        assertThat(acks.rowsProperty().get(0).expiryText()).isEqualTo("expired");
    }

    @Test
    void theRealisticBoardsAcknowledgedAlertsAreListedAndUnacknowledgedOnesAreNot() {
        AcknowledgementsViewModel acks = new AcknowledgementsViewModel(Duration.ofMinutes(15));
        BoardState board = BoardFixtures.realistic(NOW);

        acks.update(board, NOW);

        long acknowledged = board.alerts().stream().filter(a -> a.acknowledgement().isPresent()).count();
        assertThat(acks.rowsProperty()).hasSize((int) acknowledged);
        assertThat(acks.rowsProperty()).extracting(AckRow::severity).first().isEqualTo(Severity.CRITICAL);
    }

    @Test
    void onCallShowsWhoHoldsEachRoleNowAndARoleNobodyHolds() {
        List<OnCallEntry> rota = List.of(
                new OnCallEntry("Incident commander", "Priya Shah", Optional.of("+31 20 555 0101"), Optional.empty(),
                        Set.of()),
                new OnCallEntry("NOC shift", "J. de Vries", Optional.empty(),
                        Optional.of(TimeWindow.parse("06:00-14:00")), Set.of()),
                new OnCallEntry("NOC shift", "A. Okafor", Optional.empty(),
                        Optional.of(TimeWindow.parse("14:00-22:00")), Set.of()),
                new OnCallEntry("Duty manager", "K. Brandt", Optional.empty(),
                        Optional.of(TimeWindow.parse("08:00-18:00")), Set.of()));
        OnCallViewModel onCall = new OnCallViewModel(rota, ZONE);

        onCall.tick(ZonedDateTime.of(2026, 11, 27, 9, 30, 0, 0, ZONE).toInstant());
        assertThat(onCall.rowsProperty()).containsExactly(
                new OnCallRow("Incident commander", Optional.of("Priya Shah"), Optional.of("+31 20 555 0101"),
                        Optional.empty()),
                new OnCallRow("NOC shift", Optional.of("J. de Vries"), Optional.empty(), Optional.of(LocalTime.of(14, 0))),
                new OnCallRow("Duty manager", Optional.of("K. Brandt"), Optional.empty(),
                        Optional.of(LocalTime.of(18, 0))));

        onCall.tick(NOW); // 03:14 at night
        assertThat(onCall.rowsProperty()).extracting(OnCallRow::role, r -> r.name().orElse("nobody"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Incident commander", "Priya Shah"),
                        org.assertj.core.groups.Tuple.tuple("NOC shift", "nobody"),
                        org.assertj.core.groups.Tuple.tuple("Duty manager", "nobody"));
    }

    @Test
    void aTileShowsTheAgeOfItsDataOnlyWhileASourceFeedingItIsNotLive() {
        BoardState board = BoardFixtures.realistic(NOW); // am live, prom live, snow stale 4m12s

        assertThat(DataAge.of(board.sources(), Set.of(SourceKind.ALERTMANAGER), NOW)).isEmpty();
        DataAge sla = DataAge.of(board.sources(), Set.of(SourceKind.SERVICENOW), NOW).orElseThrow();
        assertThat(sla.freshness()).isEqualTo(Freshness.STALE);
        assertThat(sla.text()).isEqualTo("snow data 4m12s old");
        assertThat(DataAge.of(board.sources(), Set.of(SourceKind.values()), NOW).orElseThrow().sourceId())
                .isEqualTo("snow");
        assertThat(DataAge.of(board.sources(), Set.of(), NOW)).isEmpty();

        BoardState offline = new BoardBuilder(NOW).source(BoardFixtures.offline("am", SourceKind.ALERTMANAGER,
                Duration.ofSeconds(5), "connection refused", NOW)).build();
        assertThat(DataAge.of(offline.sources(), Set.of(SourceKind.ALERTMANAGER), NOW).orElseThrow().text())
                .isEqualTo("am: no data yet");
    }
}
