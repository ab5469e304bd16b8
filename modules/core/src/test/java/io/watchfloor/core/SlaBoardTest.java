package io.watchfloor.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.escalation.DueEscalation;
import io.watchfloor.core.escalation.EscalationLevel;
import io.watchfloor.core.escalation.EscalationProposal;
import io.watchfloor.core.escalation.EscalationRule;
import io.watchfloor.core.sla.ResponseMetrics;
import io.watchfloor.core.sla.SlaLevel;
import io.watchfloor.core.sla.SlaThresholds;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaBoardTest {
    private static final ResponseMetrics NO_TARGETS = new ResponseMetrics(Map.of(), Map.of());
    private static final EscalationLevel TIER1 = new EscalationLevel(0, "Tier 1", Optional.empty(), Optional.empty());
    private static final EscalationLevel TIER2 = new EscalationLevel(1, "Tier 2", Optional.empty(), Optional.empty());

    private static EscalationProposal proposal(String key) {
        return new EscalationProposal(key, "INC1", TIER1, TIER2, "P1 goes straight to Tier 2", 
                new EscalationRule.OnPriority(Set.of(Priority.P1), 1), Optional.empty(), Fixtures.T0);
    }

    @Test
    void clocksAreGradedByTheirIncidentsPolicyThresholdsElseTheDefault() {
        SlaClock sixty = Fixtures.running("P1 resolution (4h)", Duration.ofMinutes(100), Duration.ofMinutes(60));
        Incident strict = Fixtures.incident("INC1", Priority.P1, "checkout", List.of(sixty));
        Incident plain = Fixtures.incident("INC2", Priority.P1, "cart", List.of(sixty));
        SlaBoard board = new SlaBoard(Map.of(strict.key(), new SlaThresholds(30, 55)), List.of(), Map.of(), List.of(),
                NO_TARGETS, List.of());

        assertThat(board.level(strict, sixty, Fixtures.T0)).isEqualTo(SlaLevel.CRITICAL);
        assertThat(board.level(plain, sixty, Fixtures.T0)).isEqualTo(SlaLevel.WARN);
    }

    @Test
    void aPageFilterKeepsOnlyTheEscalationsOfItsIncidents() {
        SlaBoard board = new SlaBoard(Map.of(), List.of(DueEscalation.proposed(proposal("snow/a")),
                DueEscalation.proposed(proposal("snow/b"))), Map.of("snow/b", proposal("snow/b")), List.of(),
                NO_TARGETS, List.of());

        SlaBoard onlyA = board.forIncidents(Set.of("snow/a"));

        assertThat(onlyA.due()).extracting(DueEscalation::incidentKey).containsExactly("snow/a");
        assertThat(onlyA.upcoming("snow/b")).isEmpty();
        assertThat(board.due("snow/b")).isPresent();
    }

    @Test
    void aBoardWithoutSlaSideHasAnEmptyOne() {
        BoardState b = BoardState.empty(Fixtures.T0);

        assertThat(b.sla().due()).isEmpty();
        assertThat(b.sla().metrics("today")).isEmpty();
    }
}
