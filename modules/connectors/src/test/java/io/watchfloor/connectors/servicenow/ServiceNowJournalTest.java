package io.watchfloor.connectors.servicenow;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static io.watchfloor.connectors.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.Fixtures;
import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Incident;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The journal part of a ServiceNow poll: timelines, acknowledgements, chunked queries, refusals. */
class ServiceNowJournalTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private int taken;

    private TablePages desk() {
        return new TablePages().table("incident", "servicenow/incidents.json")
                .table("task_sla", "servicenow/task_sla.json").table("sys_journal_field", "servicenow/journal.json");
    }

    private SourceConnector connector(Map<String, String> options) {
        return Connectors.create(Fixtures.config(SourceKind.SERVICENOW, List.of(Fixtures.base(server)), options),
                SHARED, CLOCK, Fixtures.NO_ENV);
    }

    private Map<String, Incident> poll(Map<String, String> options) throws SourceException {
        SourceEvent.IncidentsObserved observed = (SourceEvent.IncidentsObserved) connector(options).poll().get(0);
        return observed.incidents().stream().collect(Collectors.toMap(Incident::number, Function.identity()));
    }

    /** The requests received since the last call. */
    List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        for (; taken < server.getRequestCount(); taken++) {
            out.add(server.takeRequest());
        }
        return out;
    }

    private static String entry(TimelineEntry e) {
        return e.at() + " " + e.kind() + " " + e.who().orElse("?") + ": " + e.text();
    }

    @Test
    void journalFillsTheTimelineOfOpenIncidentsOldestFirst() throws Exception {
        server.setDispatcher(desk());

        Map<String, Incident> incidents = poll(Map.of());

        assertThat(incidents.get("INC0010001").timeline()).extracting(ServiceNowJournalTest::entry).containsExactly(
                "2026-08-20T09:12:00Z opened Event Management: Payments gateway returns 502 for card payments",
                "2026-08-20T09:20:00Z work note watchfloor: Acknowledged by Beth Anglin via Watchfloor "
                        + "[wf:6f1c2d3e-0a1b-4c5d-8e9f-000000000001]",
                "2026-08-20T09:25:00Z comment beth.anglin: We are investigating failed card payments.",
                "2026-08-20T09:40:00Z work note beth.anglin: Failover to the secondary acquirer started");
        assertThat(incidents.get("INC0010005").timeline()).as("resolved: not read from the journal")
                .extracting(ServiceNowJournalTest::entry).containsExactly(
                        "2026-08-18T08:00:00Z opened Fred Luddy: Intranet search slow",
                        "2026-08-20T07:00:00Z resolved Beth Anglin: Solved (Permanently): Search index rebuilt");
    }

    @Test
    void acknowledgementIsTheNewestWatchfloorNoteOfAnIncidentThatIsStillAssigned() throws Exception {
        server.setDispatcher(desk());

        Map<String, Incident> incidents = poll(Map.of());

        assertThat(incidents.get("INC0010001").acknowledgement()).contains(new Acknowledgement("Beth Anglin",
                Instant.parse("2026-08-20T09:20:00Z"), Optional.empty(), "0a1b2c3d4e5f60718293a4b5c6d7e801"));
        assertThat(incidents.get("INC0010002").acknowledgement()).as("acknowledged once, but nobody holds it now").isEmpty();
        assertThat(incidents.get("INC0010003").acknowledgement()).as("withdrawn after it was given").isEmpty();
        assertThat(incidents.get("INC0010003").timeline()).hasSize(3);
    }

    @Test
    void correlationIdBecomesTheLinkedAlert() throws Exception {
        server.setDispatcher(desk());

        Map<String, Incident> incidents = poll(Map.of());

        assertThat(incidents.get("INC0010001").linkedAlerts()).containsExactly("am/a3f1c0d9e2b4c5f6");
        assertThat(incidents.get("INC0010002").linkedAlerts()).isEmpty();
    }

    @Test
    void manyOpenIncidentsAreAskedForInChunksThatKeepUrlsShort() throws Exception {
        ArrayNode rows = JSON.createArrayNode();
        for (int i = 1; i <= 250; i++) {
            rows.add(incidentRow(String.format("%032x", i), String.format("INC%07d", i)));
        }
        server.setDispatcher(new TablePages().rows("incident", rows).rows("task_sla", JSON.createArrayNode())
                .rows("sys_journal_field", JSON.createArrayNode()));

        assertThat(poll(Map.of())).hasSize(250);

        List<RecordedRequest> journal = requests().stream()
                .filter(r -> r.getUrl().encodedPath().endsWith("/sys_journal_field")).toList();
        assertThat(journal).hasSize(3).allSatisfy(r -> assertThat(r.getUrl().toString().length()).isLessThan(6_000));
        Set<String> asked = new HashSet<>();
        int total = 0;
        for (RecordedRequest r : journal) {
            String query = r.getUrl().queryParameter("sysparm_query");
            List<String> ids = List.of(query.substring(query.indexOf("IN") + 2, query.indexOf("^ORDERBY")).split(","));
            asked.addAll(ids);
            total += ids.size();
        }
        assertThat(asked).hasSize(250);
        assertThat(total).as("each incident in exactly one chunk").isEqualTo(250);
    }

    @Test
    void journalTheDeskRefusesToShowLeavesIncidentsWithoutHistory() throws Exception {
        TablePages pages = desk();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getUrl().encodedPath().endsWith("/sys_journal_field")
                        ? json(403, "{\"error\":{\"message\":\"User Not Authorized\",\"detail\":\"ACL\"},\"status\":\"failure\"}")
                        : pages.dispatch(request);
            }
        });

        Map<String, Incident> incidents = poll(Map.of());

        assertThat(incidents).hasSize(4);
        assertThat(incidents.get("INC0010001").acknowledgement()).isEmpty();
        assertThat(incidents.get("INC0010001").timeline()).extracting(TimelineEntry::kind).containsExactly("opened");
    }

    @Test
    void journalThatFailsOnTheServerFailsThePoll() {
        TablePages pages = desk();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getUrl().encodedPath().endsWith("/sys_journal_field")
                        ? json(503, "{\"error\":{\"message\":\"Service Unavailable\",\"detail\":null},\"status\":\"failure\"}")
                        : pages.dispatch(request);
            }
        });

        SourceException e = catchThrowableOfType(SourceException.class, () -> poll(Map.of()));

        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(e.getMessage()).contains("sys_journal_field");
    }

    @Test
    void journalOptionFalseSkipsTheJournal() throws Exception {
        server.setDispatcher(desk());

        Map<String, Incident> incidents = poll(Map.of("journal", "false"));

        assertThat(requests()).noneMatch(r -> r.getUrl().encodedPath().contains("sys_journal_field"));
        assertThat(incidents.get("INC0010001").acknowledgement()).isEmpty();
    }

    @Test
    void chunksCountEachIdWithItsEncodedComma() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            ids.add(String.format("%032x", i));
        }

        List<List<String>> chunks = JournalReader.chunks(ids, JournalReader.MAX_ID_CHARS);

        assertThat(chunks).extracting(List::size).containsExactly(114, 114, 22);
        assertThat(JournalReader.chunks(List.of(), 100)).isEmpty();
    }

    private static ObjectNode incidentRow(String sysId, String number) {
        ObjectNode row = JSON.createObjectNode();
        pair(row, "sys_id", sysId, sysId);
        pair(row, "number", number, number);
        pair(row, "short_description", "Generated " + number, "Generated " + number);
        pair(row, "priority", "3 - Moderate", "3");
        pair(row, "state", "New", "1");
        pair(row, "opened_at", "2026-08-20 09:00:00", "2026-08-20 09:00:00");
        pair(row, "sys_updated_on", "2026-08-20 09:00:00", "2026-08-20 09:00:00");
        return row;
    }

    private static void pair(ObjectNode row, String field, String display, String value) {
        row.putObject(field).put("display_value", display).put("value", value);
    }
}
