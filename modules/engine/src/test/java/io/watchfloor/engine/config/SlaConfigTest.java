package io.watchfloor.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.escalation.EscalationLevel;
import io.watchfloor.core.escalation.EscalationPolicy;
import io.watchfloor.core.escalation.EscalationRule;
import io.watchfloor.core.escalation.PeakWindow;
import io.watchfloor.core.sla.BusinessCalendar;
import io.watchfloor.core.sla.SlaPolicy;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code sla:} and {@code escalation:} sections: the documented shape, the defaults, every mistake. */
class SlaConfigTest {
    private static final String SOURCES = """
            sources:
              - { id: snow, type: servicenow, url: "https://acme.service-now.com" }
            """;

    private static WatchfloorConfig parse(String yaml) throws ConfigException {
        return ConfigLoader.parse(SOURCES + yaml, "watchfloor.yaml", Path.of("/etc/watchfloor"));
    }

    @Test
    void readsTheDocumentedShape() throws Exception {
        WatchfloorConfig c = parse("""
                sla:
                  thresholds: { warn: 60%, critical: 80% }
                  calendars:
                    office:
                      zone: Europe/Amsterdam
                      hours: { mon-fri: "08:00-18:00", sat: ["09:00-12:00", "13:00-17:00"] }
                      holidays: [2026-12-25, 2026-12-26]
                  policies:
                    - { priority: P1, response: 15m, resolution: 4h }
                    - name: Payments P2
                      priority: [P2, P3]
                      services: [payments-gateway]
                      response: 30m
                      resolution: 8h
                      calendar: office
                      pauseStates: [on_hold, "in progress"]
                      thresholds: { warn: 50% }
                escalation:
                  levels:
                    - { name: Tier 1, group: Service Desk }
                    - { name: Tier 2, group: NOC Tier 2 }
                    - { name: Shift lead, group: NOC Shift Leads, onCall: Dana Weiss }
                  rules:
                    - { unacknowledgedFor: 15m, priority: P1, to: Tier 2 }
                    - { slaPercent: 75%, kind: resolution, to: 2 }
                    - { priority: P1, to: shift lead }
                  peaks:
                    - name: Black Friday
                      start: 2026-11-27
                      end: 2026-12-01T06:00
                      zone: America/New_York
                      factor: 67%
                      floors: { P1: Shift lead, P2: 1 }
                  autoEscalate: true
                  autoOperator: noc-robot
                """);

        SlaPolicy p1 = c.sla().policies().policies().get(0);
        assertThat(p1.name()).isEqualTo("P1");
        assertThat(p1.responseTarget()).contains(Duration.ofMinutes(15));
        assertThat(p1.calendar().alwaysOpen()).isTrue();
        assertThat(p1.pauseStates()).containsExactly(IncidentState.ON_HOLD);
        assertThat(p1.thresholds().warnPercent()).isEqualTo(60);
        SlaPolicy payments = c.sla().policies().forIncident("payments-gateway", Priority.P3).orElseThrow();
        assertThat(payments.name()).isEqualTo("Payments P2");
        assertThat(payments.pauseStates()).containsExactlyInAnyOrder(IncidentState.ON_HOLD, IncidentState.IN_PROGRESS);
        assertThat(payments.thresholds().warnPercent()).isEqualTo(50);
        assertThat(payments.thresholds().criticalPercent()).isEqualTo(80);
        BusinessCalendar office = payments.calendar();
        assertThat(office.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(office.week().get(DayOfWeek.SATURDAY)).hasSize(2);
        assertThat(office.week()).doesNotContainKey(DayOfWeek.SUNDAY);
        assertThat(office.holidays()).contains(LocalDate.of(2026, 12, 25));

        EscalationPolicy e = c.sla().escalation();
        assertThat(e.levels()).extracting(EscalationLevel::name).containsExactly("Tier 1", "Tier 2", "Shift lead");
        assertThat(e.level(2).onCall()).contains("Dana Weiss");
        assertThat(c.escalation().tiers()).hasSize(3);
        assertThat(e.rules()).containsExactly(
                new EscalationRule.Unacknowledged(Duration.ofMinutes(15), 1, Set.of(Priority.P1)),
                new EscalationRule.SlaPercent(Optional.of(SlaKind.RESOLUTION), 75, 2, Set.of()),
                new EscalationRule.OnPriority(Set.of(Priority.P1), 2));
        PeakWindow peak = e.peaks().get(0);
        assertThat(peak.start()).isEqualTo(Instant.parse("2026-11-27T05:00:00Z"));
        assertThat(peak.end()).isEqualTo(Instant.parse("2026-12-01T11:00:00Z"));
        assertThat(peak.factor()).isEqualTo(0.67);
        assertThat(peak.floorLevel(Priority.P1)).contains(2);
        assertThat(peak.floorLevel(Priority.P2)).contains(1);
        assertThat(e.autoEscalate()).isTrue();
        assertThat(c.sla().autoOperator()).isEqualTo("noc-robot");
    }

    @Test
    void withoutTheSectionsTheDocumentedDefaultsApply() throws Exception {
        WatchfloorConfig c = parse("");

        assertThat(c.sla().policies().policies()).extracting(SlaPolicy::name).containsExactly("P1", "P2", "P3", "P4");
        SlaPolicy p4 = c.sla().policies().forIncident("any", Priority.P4).orElseThrow();
        assertThat(p4.responseTarget()).contains(Duration.ofDays(1));
        assertThat(p4.resolutionTarget()).contains(Duration.ofDays(10));
        assertThat(c.sla().policies().forIncident("any", Priority.P5)).isEmpty();
        EscalationPolicy e = c.sla().escalation();
        assertThat(e.levels()).extracting(EscalationLevel::name)
                .containsExactly("Tier 1", "Tier 2", "Shift lead", "Duty manager");
        assertThat(e.rules()).contains(new EscalationRule.OnPriority(Set.of(Priority.P1), 1),
                new EscalationRule.Unacknowledged(Duration.ofMinutes(15), 2, EnumSet.of(Priority.P1)));
        assertThat(e.autoEscalate()).isFalse();
        assertThat(c.sla().autoOperator()).isEqualTo("watchfloor-auto");
    }

    @Test
    void theOlderTiersKeyStillNamesTheLevelsAndDefaultRulesFitAShortMatrix() throws Exception {
        WatchfloorConfig c = parse("""
                escalation:
                  tiers:
                    - { name: First line, group: Service Desk }
                    - { name: Payments SRE, group: Payments SRE, priority: P1 }
                """);

        assertThat(c.escalation().tier(1).priority()).contains(Priority.P1);
        assertThat(c.sla().escalation().rules()).allSatisfy(r -> assertThat(r.toLevel()).isLessThanOrEqualTo(1));
    }

    @Test
    void anEmptyPolicyListComputesNothingAndAnEmptyRuleListProposesNothing() throws Exception {
        WatchfloorConfig c = parse("""
                sla: { policies: [] }
                escalation: { rules: [] }
                """);

        assertThat(c.sla().policies().isEmpty()).isTrue();
        assertThat(c.sla().escalation().rules()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sla: { policy: [] }|sla.policy: unknown key",
        "sla: { policies: [ { priority: P1 } ] }|sla.policies[0]: needs 'response' or 'resolution'",
        "sla: { policies: [ { priority: P9, response: 15m } ] }|sla.policies[0].priority: must be P1..P5, was 'P9'",
        "sla: { policies: [ { priority: P1, response: soon } ] }|sla.policies[0].response: ",
        "sla: { policies: [ { priority: P1, response: 15m, calendar: office } ] }|sla.policies[0].calendar: no calendar 'office'",
        "sla: { policies: [ { priority: P1, response: 15m, pauseStates: [resolved] } ] }|sla.policies[0].pauseStates: 'resolved' is not an open state",
        "sla: { policies: [ { priority: P1, response: 15m, pauseStates: [sleeping] } ] }|sla.policies[0].pauseStates: unknown state 'sleeping'",
        "sla: { policies: [ { name: A, response: 1h }, { name: a, response: 2h } ] }|sla.policies: SLA policy name 'a' is used twice",
        "sla: { thresholds: { warn: 80%, critical: 60% } }|sla.thresholds: needs 0 < warn < critical < 100",
        "sla: { thresholds: { warn: lots } }|sla.thresholds.warn: 'lots' is not a percentage",
        "sla: { calendars: { office: { zone: Mars/Base, hours: { mon: \"08:00-18:00\" } } } }|sla.calendars.office.zone: 'Mars/Base' is not a time zone",
        "sla: { calendars: { office: { hours: { funday: \"08:00-18:00\" } } } }|sla.calendars.office.hours.funday: 'funday' is not a day",
        "sla: { calendars: { office: { hours: { mon: \"18:00-08:00\" } } } }|sla.calendars.office.hours.mon: opening hours must start before they end",
        "sla: { calendars: { office: { hours: { mon: \"08:00-18:00\" }, holidays: [christmas] } } }|sla.calendars.office.holidays: 'christmas' is not a date",
        "sla: { calendars: { office: { zone: UTC } } }|sla.calendars.office.hours: is required",
        "escalation: { rules: [ { unacknowledgedFor: 15m } ] }|escalation.rules[0].to: is required",
        "escalation: { rules: [ { unacknowledgedFor: 15m, to: Boss } ] }|escalation.rules[0].to: no level 'Boss' (levels: 0 Tier 1, 1 Tier 2, 2 Shift lead, 3 Duty manager)",
        "escalation: { rules: [ { unacknowledgedFor: 15m, to: 7 } ] }|escalation.rules[0].to: no level '7'",
        "escalation: { rules: [ { unacknowledgedFor: 15m, slaPercent: 50, to: 1 } ] }|escalation.rules[0]: has both 'unacknowledgedFor' and 'slaPercent'",
        "escalation: { rules: [ { to: 1 } ] }|escalation.rules[0]: needs 'unacknowledgedFor', 'slaPercent' or 'priority'",
        "escalation: { rules: [ { slaPercent: 75, kind: cycle, to: 1 } ] }|escalation.rules[0].kind: must be response or resolution",
        "escalation: { rules: [ { unacknowledgedFor: 15m, kind: response, to: 1 } ] }|escalation.rules[0].kind: only goes with 'slaPercent'",
        "escalation: { rules: [ { slaPercent: -5, to: 1 } ] }|escalation.rules[0].slaPercent: must be a positive percentage",
        "escalation: { rules: [ { unacknowledgedFor: 15m, to: 1, when: now } ] }|escalation.rules[0].when: unknown key",
        "escalation: { peaks: [ { name: BF, start: 2026-11-27, end: 2026-11-26 } ] }|escalation.peaks[0].end: must be after start",
        "escalation: { peaks: [ { name: BF, start: friday, end: 2026-11-30 } ] }|escalation.peaks[0].start: 'friday' is not a date",
        "escalation: { peaks: [ { name: BF, start: 2026-11-27, end: 2026-11-30, factor: 2 } ] }|escalation.peaks[0].factor: must be in (0, 1]",
        "escalation: { peaks: [ { name: BF, start: 2026-11-27, end: 2026-11-30, floors: { P1: CEO } } ] }|escalation.peaks[0].floors.P1: no level 'CEO'",
        "escalation: { peaks: [ { start: 2026-11-27, end: 2026-11-30 } ] }|escalation.peaks[0].name: is required",
        "escalation: { autoEscalate: sometimes }|escalation.autoEscalate: must be true or false",
        "escalation: { autoOperator: \"robot!\" }|escalation.autoOperator: operator name must be",
        "escalation: { levels: [ { name: A } ], tiers: [ { name: A } ] }|escalation: has both 'levels' and 'tiers'",
        "escalation: { levels: [] }|escalation.levels: must be a list of at least one level",
        "escalation: { levels: [ { group: NOC } ] }|escalation.levels[0].name: is required",
    })
    void eachMistakeIsOneLineNamingItsPath(String yaml, String message) {
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("watchfloor.yaml: " + message)
                .hasMessageNotContaining("\n");
    }
}
