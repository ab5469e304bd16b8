package io.watchfloor.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.core.ActionKind;
import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.TargetRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ActionMixTest {
    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

    private static Alert alert(int i, AlertState state) {
        return new Alert(SourceId.of("am"), "fp" + i, "HighLatency", Map.of("alertname", "HighLatency", "pod", "p" + i),
                "latency", Severity.WARNING, "checkout", T0,
                state == AlertState.RESOLVED ? Optional.of(T0.plusSeconds(60)) : Optional.empty(), state, List.of(),
                Optional.empty());
    }

    private static Incident incident(int i, IncidentState state) {
        return new Incident(SourceId.of("snow"), "sys" + i, "INC00" + i, "slow", "checkout", Priority.P3, state,
                Optional.empty(), Optional.empty(), 0, T0, T0, Optional.empty(), List.of(), List.of());
    }

    private final List<Alert> alerts = IntStream.range(0, 10).mapToObj(i -> alert(i, AlertState.FIRING)).toList();
    private final List<Incident> incidents = List.of(incident(1, IncidentState.NEW), incident(2, IncidentState.IN_PROGRESS));

    @Test
    void aReplayQueueAcknowledgesDistinctAlertsOnceAndSpreadsNotesOverTheIncidents() {
        List<OperatorAction> queue = new ActionMix(clock, alerts, incidents).replayQueue(20, 5);

        assertThat(queue).hasSize(20);
        List<OperatorAction> acks = queue.stream().filter(a -> a.kind() == ActionKind.ACKNOWLEDGE).toList();
        assertThat(acks).hasSize(5).extracting(a -> a.target().id()).doesNotHaveDuplicates();
        assertThat(queue.stream().filter(a -> a.kind() == ActionKind.ANNOTATE).map(a -> a.target().id()))
                .containsOnly("sys1", "sys2").hasSize(15);
        assertThat(queue.get(3).kind()).as("acknowledgements interleaved, one in every four")
                .isEqualTo(ActionKind.ACKNOWLEDGE);
        assertThat(queue).allMatch(a -> a.takenAt().equals(T0) && a.operator().equals(ActionMix.OPERATOR));
        assertThat(queue).extracting(OperatorAction::id).doesNotHaveDuplicates();
    }

    @Test
    void onlyFiringAlertsAndOpenIncidentsAreTargets() {
        ActionMix mix = ActionMix.onOpenTargets(clock, List.of(alert(1, AlertState.RESOLVED), alert(2, AlertState.FIRING)),
                List.of(incident(1, IncidentState.RESOLVED), incident(2, IncidentState.NEW)));

        List<OperatorAction> queue = mix.replayQueue(4, 1);

        assertThat(queue).extracting(a -> a.target().id()).containsOnly("fp2", "sys2");
        assertThat(IntStream.range(0, 8).mapToObj(mix::rotating).map(OperatorAction::target).map(TargetRef::id))
                .containsOnly("fp2", "sys2");
    }

    @Test
    void moreAcknowledgementsThanFiringAlertsAreRefused() {
        assertThatThrownBy(() -> new ActionMix(clock, alerts, incidents).replayQueue(30, 11))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the board has 10");
    }

    @Test
    void theRotatingMixHasEveryKindTheConsoleQueuesMost() {
        ActionMix mix = new ActionMix(clock, alerts, incidents);

        assertThat(IntStream.range(0, 4).mapToObj(mix::rotating).map(OperatorAction::kind))
                .containsExactly(ActionKind.ACKNOWLEDGE, ActionKind.ANNOTATE, ActionKind.SILENCE, ActionKind.ASSIGN);
    }
}
