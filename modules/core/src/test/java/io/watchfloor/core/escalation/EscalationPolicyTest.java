package io.watchfloor.core.escalation;

import static io.watchfloor.core.escalation.EscalationFixtures.LEVELS;
import static io.watchfloor.core.escalation.EscalationFixtures.PEAK_END;
import static io.watchfloor.core.escalation.EscalationFixtures.PEAK_START;
import static io.watchfloor.core.escalation.EscalationFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SourceId;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {

    @Test
    void levelsComeFromTheEscalationMatrix() {
        EscalationPolicy p = EscalationPolicy.fromMatrix(EscalationMatrix.DEFAULT, List.of(), List.of(), true);
        assertThat(p.levels()).extracting(EscalationLevel::name)
                .containsExactly("Tier 1", "Tier 2", "Shift lead", "Duty manager");
        assertThat(p.level(2).group()).contains("NOC Shift Leads");
        assertThat(p.level(9).name()).isEqualTo("Duty manager");
        assertThat(p.autoEscalate()).isTrue();
    }

    @Test
    void levelsMustBeNumberedInOrder() {
        List<EscalationLevel> swapped = List.of(LEVELS.get(1), LEVELS.get(0));
        assertThatThrownBy(() -> new EscalationPolicy(swapped, List.of(), List.of(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in order");
        assertThatThrownBy(() -> new EscalationPolicy(List.of(), List.of(), List.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rulesAndPeaksMustTargetExistingLevels() {
        EscalationRule tooHigh = new EscalationRule.OnPriority(Set.of(Priority.P1), 4);
        assertThatThrownBy(() -> new EscalationPolicy(LEVELS, List.of(tooHigh), List.of(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("highest is 3");
        PeakWindow peak = new PeakWindow("Black Friday", PEAK_START, PEAK_END, 1, Map.of(Priority.P1, 5));
        assertThatThrownBy(() -> new EscalationPolicy(LEVELS, List.of(), List.of(peak), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Black Friday");
    }

    @Test
    void rulesRefuseNonsense() {
        assertThatThrownBy(() -> new EscalationRule.Unacknowledged(Duration.ZERO, 1, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscalationRule.SlaPercent(Optional.empty(), 0, 1, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscalationRule.OnPriority(Set.of(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void peakWindowsOnlyTightenAndMustHaveLength() {
        assertThatThrownBy(() -> new PeakWindow("x", PEAK_START, PEAK_END, 1.5, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factor");
        assertThatThrownBy(() -> new PeakWindow("x", PEAK_END, PEAK_START, 0.5, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void peakWindowGivenInLocalTimeIsActiveOnlyInside() {
        ZoneId ny = ZoneId.of("America/New_York");
        PeakWindow p = PeakWindow.of("Black Friday", ZonedDateTime.of(2026, 11, 27, 0, 0, 0, 0, ny),
                ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, ny), 0.5, Map.of());
        assertThat(p.start()).isEqualTo(PEAK_START);
        assertThat(p.activeAt(PEAK_START)).isTrue();
        assertThat(p.activeAt(PEAK_END)).isFalse();
        assertThat(p.tighten(Duration.ofMinutes(15))).isEqualTo(Duration.ofSeconds(450));
        assertThat(p.tighten(80.0)).isEqualTo(40.0);
        EscalationPolicy policy = new EscalationPolicy(LEVELS, List.of(), List.of(p), false);
        assertThat(policy.peaksAt(PEAK_START)).containsExactly(p);
        assertThat(policy.peaksAt(T0)).isEmpty();
    }

    @Test
    void ruleDescriptionsReadForPeople() {
        assertThat(new EscalationRule.Unacknowledged(Duration.ofSeconds(90), 1, Set.of()).describe())
                .isEqualTo("unacknowledged for 1 min 30 s");
        assertThat(EscalationFixtures.RESOLUTION_80_LEAD.describe()).isEqualTo("resolution SLA at 80%");
        assertThat(new EscalationRule.SlaPercent(Optional.empty(), 66.5, 1, Set.of()).describe()).isEqualTo("SLA at 66.5%");
        assertThat(new EscalationRule.OnPriority(Set.of(Priority.P2, Priority.P1), 1).describe()).isEqualTo("P1/P2");
    }

    @Test
    void levelSaysWhoToCall() {
        assertThat(LEVELS.get(0).who()).isEqualTo("Tier 1 (Service Desk)");
        assertThat(LEVELS.get(3).who()).isEqualTo("Duty manager (on call: Sam Okafor)");
        assertThat(new EscalationLevel(0, "Anyone", Optional.empty(), Optional.empty()).who()).isEqualTo("Anyone");
    }

    @Test
    void subjectOfADeskIncidentUsesItsTierAndAcknowledgement() {
        Incident i = new Incident(SourceId.of("snow"), "id9", "INC0010009", "Search slow", "search", Priority.P2,
                IncidentState.IN_PROGRESS, Optional.empty(), Optional.empty(), 1, T0, T0, Optional.empty(), List.of(),
                List.of(), Optional.of(new Acknowledgement("amir", T0.plusSeconds(60), Optional.empty(), "j1")), List.of());
        EscalationSubject s = EscalationSubject.of(i);
        assertThat(s.key()).isEqualTo("snow/id9");
        assertThat(s.currentLevel()).isEqualTo(1);
        assertThat(s.acknowledgedAt()).contains(T0.plusSeconds(60));
    }
}
