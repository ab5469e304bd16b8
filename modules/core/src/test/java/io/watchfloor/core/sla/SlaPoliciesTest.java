package io.watchfloor.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaPoliciesTest {
    static SlaPolicy policy(String name, Set<Priority> priorities, Set<String> services) {
        return new SlaPolicy(name, priorities, services, Optional.of(Duration.ofMinutes(30)),
                Optional.of(Duration.ofHours(8)), BusinessCalendar.always(), Set.of(IncidentState.ON_HOLD),
                SlaThresholds.DEFAULT);
    }

    final SlaPolicy catchAll = policy("default", Set.of(), Set.of());
    final SlaPolicy p1 = policy("P1", EnumSet.of(Priority.P1), Set.of());
    final SlaPolicy payments = policy("Payments", Set.of(), Set.of("payments"));
    final SlaPolicy paymentsP1 = policy("Payments P1", EnumSet.of(Priority.P1), Set.of("Payments"));
    final SlaPolicies policies = new SlaPolicies(List.of(catchAll, p1, payments, paymentsP1));

    @Test
    void serviceSpecificBeatsPriorityOnly() {
        assertThat(policies.forIncident("payments", Priority.P2)).contains(payments);
        assertThat(policies.forIncident("search", Priority.P1)).contains(p1);
    }

    @Test
    void serviceAndPriorityBeatsServiceOnlyAndServicesMatchIgnoringCase() {
        assertThat(policies.forIncident("PAYMENTS", Priority.P1)).contains(paymentsP1);
    }

    @Test
    void catchAllTakesTheRest() {
        assertThat(policies.forIncident("search", Priority.P4)).contains(catchAll);
        assertThat(new SlaPolicies(List.of(p1)).forIncident("search", Priority.P4)).isEmpty();
        assertThat(SlaPolicies.none().forIncident("search", Priority.P1)).isEmpty();
    }

    @Test
    void firstInConfigOrderWinsATie() {
        SlaPolicy other = policy("P1 again", EnumSet.of(Priority.P1), Set.of());
        assertThat(new SlaPolicies(List.of(p1, other)).forIncident("x", Priority.P1)).contains(p1);
        assertThat(new SlaPolicies(List.of(other, p1)).forIncident("x", Priority.P1)).contains(other);
    }

    @Test
    void namesMustBeUnique() {
        assertThatThrownBy(() -> new SlaPolicies(List.of(p1, policy("p1", Set.of(), Set.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void aPolicyNeedsATargetAndOnlyOpenStatesPause() {
        assertThatThrownBy(() -> new SlaPolicy("x", Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                BusinessCalendar.always(), Set.of(), SlaThresholds.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
        assertThatThrownBy(() -> new SlaPolicy("x", Set.of(), Set.of(), Optional.of(Duration.ZERO), Optional.empty(),
                BusinessCalendar.always(), Set.of(), SlaThresholds.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-positive");
        assertThatThrownBy(() -> new SlaPolicy("x", Set.of(), Set.of(), Optional.of(Duration.ofHours(1)),
                Optional.empty(), BusinessCalendar.always(), Set.of(IncidentState.RESOLVED), SlaThresholds.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RESOLVED");
    }
}
