package io.watchfloor.app.cli;

import static io.watchfloor.app.testing.BoardFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.watchfloor.app.testing.BoardBuilder;
import io.watchfloor.app.testing.BoardFixtures;
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
import io.watchfloor.core.sla.ResponseMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The documented shape of {@code incidents --json} (docs/cli.md): clocks with level and origin, escalations. */
class BoardJsonTest {
    private static final EscalationLevel TIER1 = new EscalationLevel(0, "Tier 1", Optional.of("Service Desk"),
            Optional.empty());
    private static final EscalationLevel LEAD = new EscalationLevel(2, "Shift lead", Optional.of("NOC Shift Leads"),
            Optional.of("Dana Weiss"));

    @Test
    void eachIncidentCarriesItsClocksAndItsPendingAndUpcomingEscalation() throws Exception {
        Incident p1 = BoardFixtures.incident("INC1", "Checkout down", "checkout", Priority.P1, NOW,
                BoardFixtures.running("P1 response (15m)", SlaKind.RESPONSE, ClockOrigin.DESK, Duration.ofMinutes(15),
                        Duration.ofMinutes(12), NOW),
                BoardFixtures.running("P1 resolution (4h)", SlaKind.RESOLUTION, ClockOrigin.COMPUTED,
                        Duration.ofHours(4), Duration.ofMinutes(12), NOW));
        Incident p2 = BoardFixtures.incident("INC2", "Search slow", "search", Priority.P2, NOW);
        BoardState raw = new BoardBuilder(NOW).incident(p1).incident(p2)
                .source(BoardFixtures.live("snow", SourceKind.SERVICENOW, Duration.ofSeconds(5), Duration.ZERO, NOW))
                .build();
        PeakWindow peak = new PeakWindow("Black Friday", NOW.minusSeconds(3600), NOW.plusSeconds(86_400), 2.0 / 3,
                Map.of());
        EscalationProposal due = new EscalationProposal(p1.key(), "INC1", TIER1, LEAD,
                "P1 unacknowledged for 16 min (rule: 15 min; Black Friday peak: 10 min)",
                new EscalationRule.Unacknowledged(Duration.ofMinutes(15), 2, Set.of(Priority.P1)), Optional.of(peak),
                NOW.minusSeconds(360));
        SlaBoard sla = new SlaBoard(Map.of(), List.of(new DueEscalation(due, Optional.of("act-1"))), Map.of(),
                List.of(), new ResponseMetrics(Map.of(), Map.of()), List.of(peak));

        JsonNode json = new ObjectMapper().readTree(BoardJson.incidents(raw.withSla(raw.incidents(), sla), NOW));

        assertThat(json.at("/activePeaks/0").asText()).isEqualTo("Black Friday");
        JsonNode response = json.at("/incidents/0/clocks/0");
        assertThat(response.get("kind").asText()).isEqualTo("response");
        assertThat(response.get("source").asText()).isEqualTo("desk");
        assertThat(response.get("state").asText()).isEqualTo("running");
        assertThat(response.get("level").asText()).isEqualTo("critical");
        assertThat(response.get("targetSeconds").asLong()).isEqualTo(900);
        assertThat(response.get("elapsedSeconds").asLong()).isEqualTo(720);
        assertThat(response.get("remainingSeconds").asLong()).isEqualTo(180);
        assertThat(response.get("percent").asDouble()).isEqualTo(80.0);
        assertThat(response.get("breachAt").asText()).isEqualTo(NOW.plusSeconds(180).toString());
        JsonNode resolution = json.at("/incidents/0/clocks/1");
        assertThat(resolution.get("source").asText()).isEqualTo("computed");
        assertThat(resolution.get("level").asText()).isEqualTo("ok");
        JsonNode pending = json.at("/incidents/0/escalation/pending");
        assertThat(pending.get("from").asText()).isEqualTo("Tier 1");
        assertThat(pending.get("toLevel").asInt()).isEqualTo(2);
        assertThat(pending.get("to").asText()).isEqualTo("Shift lead");
        assertThat(pending.get("toGroup").asText()).isEqualTo("NOC Shift Leads");
        assertThat(pending.get("toOnCall").asText()).isEqualTo("Dana Weiss");
        assertThat(pending.get("reason").asText()).contains("unacknowledged for 16 min");
        assertThat(pending.get("rule").asText()).isEqualTo("unacknowledged for 15 min");
        assertThat(pending.get("peak").asText()).isEqualTo("Black Friday");
        assertThat(pending.get("dueAt").asText()).isEqualTo(NOW.minusSeconds(360).toString());
        assertThat(pending.get("autoActionId").asText()).isEqualTo("act-1");
        assertThat(json.at("/incidents/0/escalation/upcoming").isNull()).isTrue();
        assertThat(json.at("/incidents/1/escalation/pending").isNull()).isTrue();
        assertThat(json.at("/incidents/1/clocks").isEmpty()).isTrue();
    }
}
