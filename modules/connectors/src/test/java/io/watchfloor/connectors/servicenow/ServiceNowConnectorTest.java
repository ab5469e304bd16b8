package io.watchfloor.connectors.servicenow;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.NOW;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static io.watchfloor.connectors.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.Faults;
import io.watchfloor.connectors.Fixtures;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.Alert;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ServiceNowConnectorTest {
    private static final String INC1 = "9d385017c611228701d22104cc95c371";
    private static final String INC2 = "e8caedcbc0a80164017df472f39eaed1";
    private static final String INC3 = "a9e30c7dc61122760116894de7bcc7bd";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private TablePages desk() {
        TablePages pages = new TablePages().table("incident", "servicenow/incidents.json")
                .table("task_sla", "servicenow/task_sla.json").table("sys_journal_field", "servicenow/journal.json");
        server.setDispatcher(pages);
        return pages;
    }

    private SourceConnector connector(Map<String, String> options) {
        return Connectors.create(Fixtures.config(SourceKind.SERVICENOW, List.of(Fixtures.base(server)), options),
                SHARED, CLOCK, Fixtures.NO_ENV);
    }

    private static Map<String, Incident> poll(SourceConnector c) throws SourceException {
        List<SourceEvent> events = c.poll();
        assertThat(events).hasSize(1);
        SourceEvent.IncidentsObserved observed = (SourceEvent.IncidentsObserved) events.get(0);
        assertThat(observed.observedAt()).isEqualTo(NOW);
        return observed.incidents().stream()
                .collect(Collectors.toMap(Incident::number, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        for (int i = server.getRequestCount(); i > 0; i--) {
            out.add(server.takeRequest());
        }
        return out;
    }

    private static SlaClock clock(Incident i, String name) {
        return i.clocks().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(i.number() + " has no clock " + name));
    }

    @Test
    void pollPagesIncidentsThenTaskSlasThenJournalsWithTheDocumentedParameters() throws Exception {
        desk();

        poll(connector(Map.of("pageSize", "2")));

        List<RecordedRequest> requests = requests();
        assertThat(requests).extracting(r -> r.getUrl().encodedPath() + "@" + r.getUrl().queryParameter("sysparm_offset"))
                .containsExactly("/api/now/table/incident@0", "/api/now/table/incident@2", "/api/now/table/incident@4",
                        "/api/now/table/task_sla@0", "/api/now/table/task_sla@2", "/api/now/table/task_sla@4",
                        "/api/now/table/task_sla@6", "/api/now/table/sys_journal_field@0",
                        "/api/now/table/sys_journal_field@2", "/api/now/table/sys_journal_field@4",
                        "/api/now/table/sys_journal_field@6");
        RecordedRequest incidents = requests.get(0);
        assertThat(incidents.getMethod()).isEqualTo("GET");
        assertThat(incidents.getUrl().queryParameter("sysparm_query")).isEqualTo("active=true^ORDERBYpriority^ORDERBYopened_at");
        assertThat(incidents.getUrl().queryParameter("sysparm_display_value")).isEqualTo("all");
        assertThat(incidents.getUrl().queryParameter("sysparm_exclude_reference_link")).isEqualTo("true");
        assertThat(incidents.getUrl().queryParameter("sysparm_limit")).isEqualTo("2");
        assertThat(incidents.getUrl().queryParameter("sysparm_fields").split(",")).containsExactlyInAnyOrder(
                "sys_id", "number", "short_description", "priority", "state", "incident_state", "assigned_to",
                "assignment_group", "opened_at", "sys_updated_on", "resolved_at", "correlation_id", "opened_by",
                "resolved_by", "close_code", "close_notes", "business_service");
        assertThat(incidents.getUrl().encodedQuery()).doesNotContain("+");
        RecordedRequest slas = requests.get(3);
        assertThat(slas.getUrl().queryParameter("sysparm_query")).isEqualTo("active=true");
        assertThat(slas.getUrl().queryParameter("sysparm_display_value")).isEqualTo("false");
        assertThat(slas.getUrl().queryParameter("sysparm_fields")).isEqualTo("task,sla.name,stage,has_breached,start_time,"
                + "end_time,planned_end_time,percentage,business_percentage,time_left,business_time_left,duration,business_duration");
        assertThat(slas.getHeaders().get("Accept")).isEqualTo("application/json");
        RecordedRequest journal = requests.get(7);
        assertThat(journal.getUrl().queryParameter("sysparm_query")).as("the open incidents only, in one chunk")
                .isEqualTo("name=incident^element_idIN" + INC1 + "," + INC2 + "," + INC3 + "^ORDERBYsys_created_on");
        assertThat(journal.getUrl().queryParameter("sysparm_fields"))
                .isEqualTo("sys_id,element_id,element,value,sys_created_on,sys_created_by");
        assertThat(journal.getUrl().queryParameter("sysparm_display_value")).isEqualTo("false");
        assertThat(journal.getUrl().queryParameter("sysparm_limit")).isEqualTo("2");
    }

    @Test
    void incidentsMapFromRawValuesAndDisplayValues() throws Exception {
        desk();

        Map<String, Incident> incidents = poll(connector(Map.of()));

        assertThat(incidents).as("INC0010004 has an unreadable opened_at and is skipped")
                .containsOnlyKeys("INC0010001", "INC0010002", "INC0010003", "INC0010005");
        Incident pay = incidents.get("INC0010001");
        assertThat(pay.id()).isEqualTo(INC1);
        assertThat(pay.title()).isEqualTo("Payments gateway returns 502 for card payments");
        assertThat(pay.service()).isEqualTo("payments-gateway");
        assertThat(pay.priority()).isEqualTo(Priority.P1);
        assertThat(pay.state()).isEqualTo(IncidentState.IN_PROGRESS);
        assertThat(pay.assignee()).contains("Beth Anglin");
        assertThat(pay.group()).contains("Network");
        assertThat(pay.escalationTier()).isZero();
        assertThat(pay.openedAt()).as("the UTC value, not the user's display time").isEqualTo(Instant.parse("2026-08-20T09:12:00Z"));
        assertThat(pay.updatedAt()).isEqualTo(Instant.parse("2026-08-20T10:01:33Z"));
        assertThat(pay.resolvedAt()).isEmpty();
        assertThat(pay.source()).isEqualTo(Fixtures.config(SourceKind.SERVICENOW, List.of("http://x"), Map.of()).id());

        Incident vpn = incidents.get("INC0010002");
        assertThat(vpn.state()).isEqualTo(IncidentState.ON_HOLD);
        assertThat(vpn.service()).isEqualTo(Alert.UNASSIGNED);
        assertThat(vpn.assignee()).isEmpty();
        assertThat(vpn.group()).contains("Service Desk");

        Incident mail = incidents.get("INC0010003");
        assertThat(mail.state()).as("falls back to incident_state").isEqualTo(IncidentState.NEW);
        assertThat(mail.service()).isEqualTo("email-calendar-eu");
        assertThat(mail.group()).isEmpty();

        Incident intranet = incidents.get("INC0010005");
        assertThat(intranet.priority()).isEqualTo(Priority.P5);
        assertThat(intranet.state()).isEqualTo(IncidentState.RESOLVED);
        assertThat(intranet.resolvedAt()).contains(Instant.parse("2026-08-20T07:00:00Z"));
        assertThat(intranet.clocks()).isEmpty();
    }

    @Test
    void runningAndSettledClocksAttachToTheirIncidents() throws Exception {
        desk();

        Map<String, Incident> incidents = poll(connector(Map.of()));

        Incident pay = incidents.get("INC0010001");
        assertThat(pay.clocks()).hasSize(2);
        SlaClock response = clock(pay, "P1 response (15m)");
        assertThat(response.kind()).isEqualTo(SlaKind.RESPONSE);
        assertThat(response.origin()).isEqualTo(ClockOrigin.DESK);
        assertThat(response.state()).isEqualTo(ClockState.MET);
        assertThat(response.target()).isEqualTo(Duration.ofMinutes(15));
        assertThat(response.elapsed()).isEqualTo(Duration.ofMinutes(8));
        SlaClock resolution = clock(pay, "P1 resolution (4h)");
        assertThat(resolution).isEqualTo(new SlaClock("P1 resolution (4h)", SlaKind.RESOLUTION, ClockOrigin.DESK,
                ClockState.RUNNING, Duration.ofHours(4), Instant.parse("2026-08-20T09:12:00Z"),
                Instant.parse("2026-08-20T13:12:00Z"), Duration.ofMinutes(50), NOW));
        assertThat(pay.mostUrgentClock(NOW)).contains(resolution);
    }

    @Test
    void pausedBreachedAndCancelledClocksReadAsTheDeskSays() throws Exception {
        desk();

        Map<String, Incident> incidents = poll(connector(Map.of()));

        Incident vpn = incidents.get("INC0010002");
        SlaClock paused = clock(vpn, "P2 resolution (8h)");
        assertThat(paused.state()).isEqualTo(ClockState.PAUSED);
        assertThat(paused.target()).isEqualTo(Duration.ofHours(8));
        assertThat(paused.remainingAt(NOW.plusSeconds(3600))).as("frozen while paused").isEqualTo(Duration.ofHours(3));
        SlaClock breached = clock(vpn, "P2 Response (1h)");
        assertThat(breached.kind()).isEqualTo(SlaKind.RESPONSE);
        assertThat(breached.state()).isEqualTo(ClockState.RUNNING);
        assertThat(breached.elapsed()).as("1970-01-02 02:00:00 is 26 hours").isEqualTo(Duration.ofHours(26));
        assertThat(breached.target()).as("from percentage 2600").isEqualTo(Duration.ofHours(1));
        assertThat(breached.stateAt(NOW)).isEqualTo(ClockState.BREACHED);
        assertThat(breached.breachAt()).isEqualTo(Instant.parse("2026-08-19T09:00:00Z"));

        Incident mail = incidents.get("INC0010003");
        assertThat(mail.clocks()).as("the clock with an unknown stage is skipped").hasSize(2);
        assertThat(clock(mail, "P3 resolution (3d)").state()).isEqualTo(ClockState.CANCELLED);
        assertThat(clock(mail, "P3 resolution (3d)").target()).isEqualTo(Duration.ofDays(3));
        SlaClock late = clock(mail, "P3 response (4h)");
        assertThat(late.state()).isEqualTo(ClockState.BREACHED);
        assertThat(late.target()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void breachedFlagWinsOverAFutureBreachTimeForARunningClock() throws Exception {
        server.enqueue(json("{\"result\":[" + Fixtures.read("servicenow/incidents.json").replaceAll("(?s)^\\{\\s*\"result\":\\s*\\[", "")
                .replaceAll("(?s)\\]\\s*}\\s*$", "") + "]}"));
        server.enqueue(json("""
                {"result":[{"task":"%s","sla.name":"P1 resolution (4h)","stage":"in_progress","has_breached":"true",
                 "start_time":"2026-08-20 09:12:00","planned_end_time":"2026-08-20 13:12:00","percentage":"104",
                 "time_left":"","duration":"1970-01-01 04:10:00"}]}""".formatted(INC1)));
        server.enqueue(json("{\"result\":[]}"));

        Incident pay = poll(connector(Map.of())).get("INC0010001");

        assertThat(pay.clocks()).singleElement().satisfies(c -> {
            assertThat(c.stateAt(NOW)).isEqualTo(ClockState.BREACHED);
            assertThat(c.breachAt()).isEqualTo(NOW);
        });
    }

    @Test
    void pagingStopsAtAShortPageWithoutTotalCount() throws Exception {
        desk().withoutTotalCount();

        Map<String, Incident> incidents = poll(connector(Map.of("pageSize", "3")));

        assertThat(incidents).hasSize(4);
        assertThat(requests()).extracting(r -> r.getUrl().pathSegments().get(3) + "@" + r.getUrl().queryParameter("sysparm_offset"))
                .containsExactly("incident@0", "incident@3", "task_sla@0", "task_sla@3", "task_sla@6",
                        "sys_journal_field@0", "sys_journal_field@3", "sys_journal_field@6");
    }

    @Test
    void pagingFollowsTotalCountPastAnAclShortenedPage() throws Exception {
        desk().hiding(offset -> offset == 0 ? 1 : 0);

        Map<String, Incident> incidents = poll(connector(Map.of("pageSize", "2")));

        assertThat(incidents).as("INC0010002 is hidden by the ACL; later pages are still read")
                .containsOnlyKeys("INC0010001", "INC0010003", "INC0010005");
    }

    @Test
    void pageWithoutAResultListIsMalformed() {
        server.enqueue(json("{\"results\":[]}"));

        SourceException e = catchThrowableOfType(SourceException.class, () -> connector(Map.of()).poll());

        assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED);
        assertThat(e.getMessage()).startsWith("GET " + server.url("/api/now/table/incident")).endsWith("answered no \"result\" list");
    }

    @Test
    void basicAuthIsSentOnEveryPage() throws Exception {
        desk();
        SourceConfig.Auth basic = new SourceConfig.Auth(Optional.of("svc_noc"), Optional.of("SNOW_PASSWORD"), Optional.empty());
        SourceConnector c = Connectors.create(Fixtures.config(SourceKind.SERVICENOW, List.of(Fixtures.base(server)), basic,
                Map.of("pageSize", "2")), SHARED, CLOCK, name -> Optional.of("p@ss w0rd"));

        poll(c);

        assertThat(requests()).hasSize(11).allSatisfy(r -> assertThat(r.getHeaders().get("Authorization"))
                .isEqualTo(Credentials.basic("svc_noc", "p@ss w0rd")));
    }

    @Test
    void serviceFieldOptionChoosesWhereTheServiceComesFrom() throws Exception {
        desk();

        Map<String, Incident> incidents = poll(connector(Map.of("serviceField", "assignment_group")));

        assertThat(incidents.get("INC0010001").service()).isEqualTo("network");
        assertThat(incidents.get("INC0010002").service()).isEqualTo("service-desk");
        assertThat(incidents.get("INC0010003").service()).isEqualTo(Alert.UNASSIGNED);
    }

    @Test
    void badPageSizeIsAConfigurationError() {
        assertThatThrownBy(() -> connector(Map.of("pageSize", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("option pageSize");
    }

    @Test
    void slugsAreLowerCaseWordsJoinedByDashes() {
        assertThat(SnowValues.slug("Payments Gateway")).isEqualTo("payments-gateway");
        assertThat(SnowValues.slug("  Email & Calendar (EU) ")).isEqualTo("email-calendar-eu");
        assertThat(SnowValues.slug("")).isEqualTo(Alert.UNASSIGNED);
        assertThat(SnowValues.slug("€")).isEqualTo(Alert.UNASSIGNED);
    }

    @ParameterizedTest
    @EnumSource(Faults.class)
    void faultsBecomeClearSourceExceptions(Faults fault) {
        String url = fault.arrange(server, "{\"error\":{\"message\":\"Internal Server Error\","
                + "\"detail\":\"Transaction cancelled: maximum execution time exceeded\"},\"status\":\"failure\"}");

        SourceException e = catchThrowableOfType(SourceException.class, () -> Connectors.create(
                Fixtures.config(SourceKind.SERVICENOW, List.of(url), Faults.OPTIONS), SHARED, CLOCK, Fixtures.NO_ENV).poll());

        fault.check(e, "/api/now/table/incident",
                "Internal Server Error (Transaction cancelled: maximum execution time exceeded)");
    }
}
