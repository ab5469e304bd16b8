package io.watchfloor.connectors.alertmanager;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static io.watchfloor.connectors.Fixtures.fixture;
import static io.watchfloor.connectors.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.Fixtures;
import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Alert;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The alert list as Alertmanager may really send it: odd but valid shapes, wrong shapes, and repeated polls. */
class AlertmanagerPayloadTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private SourceConnector connector;

    @BeforeEach
    void connect() {
        connector = Connectors.create(Fixtures.config(SourceKind.ALERTMANAGER, List.of(Fixtures.base(server)), Map.of()),
                SHARED, CLOCK, Fixtures.NO_ENV);
    }

    private List<Alert> poll(String alerts, String silences) throws SourceException {
        server.enqueue(json(alerts));
        server.enqueue(json(silences));
        List<SourceEvent> events = connector.poll();
        return ((SourceEvent.AlertsObserved) events.get(0)).alerts();
    }

    private static Map<String, Alert> byFingerprint(List<Alert> alerts) {
        return alerts.stream().collect(Collectors.toMap(Alert::fingerprint, Function.identity()));
    }

    private static String alert(String fingerprint, String labels) {
        return """
                {"labels":{%s},"annotations":{"summary":"s-%s"},"fingerprint":"%s","startsAt":"2026-08-20T10:00:00.000Z",
                 "updatedAt":"2026-08-20T10:04:00.000Z","endsAt":"2026-08-20T10:09:00.000Z","receivers":[{"name":"noc"}],
                 "status":{"state":"active","silencedBy":[],"inhibitedBy":[],"mutedBy":[]}}"""
                .formatted(labels, fingerprint, fingerprint);
    }

    @Test
    void optionalFieldsMayBeMissingAndUnknownFieldsAreIgnored() throws Exception {
        List<Alert> alerts = poll("""
                [{"labels":{"alertname":"Minimal"},"fingerprint":"f1","startsAt":"2026-08-20T10:00:00Z"},
                 {"labels":{"alertname":"FromTheFuture","job":"node"},"annotations":{"runbook_url":"http://x"},
                  "fingerprint":"f2","startsAt":"2026-08-20T10:00:00.000Z","updatedAt":"2026-08-20T10:04:00.000Z",
                  "endsAt":"2026-08-20T10:09:00.000Z","receivers":[{"name":"noc","extra":[1,{"deep":[null]}]}],
                  "status":{"state":"unprocessed","silencedBy":[],"inhibitedBy":[],"mutedBy":[],"newList":[{"a":1}]},
                  "newObject":{"a":{"b":[1,2,{"c":"d"}]}},"newNumber":1e400,"newFlag":false}]""", "[]");

        Map<String, Alert> read = byFingerprint(alerts);
        assertThat(read).containsOnlyKeys("f1", "f2");
        Alert minimal = read.get("f1");
        assertThat(minimal.name()).isEqualTo("Minimal");
        assertThat(minimal.summary()).isEqualTo("Minimal");
        assertThat(minimal.service()).isEqualTo(Alert.UNASSIGNED);
        assertThat(minimal.severity()).isEqualTo(Severity.WARNING);
        assertThat(minimal.silencedBy()).isEmpty();
        assertThat(read.get("f2").summary()).as("no summary or description: the name").isEqualTo("FromTheFuture");
        assertThat(read.get("f2").service()).isEqualTo("node");
    }

    @Test
    void unicodeInNamesValuesAndSummariesArrivesIntact() throws Exception {
        List<Alert> alerts = poll("""
                [{"labels":{"alertname":"Caf\\u00e9Down","site":"Zürich","服务":"支付","emoji":"\\ud83d\\udd25 hot"},
                  "annotations":{"summary":"  Ünïcödé — “quoted” 🔥\\nsecond line","description":"ignored"},
                  "fingerprint":"f\\u00e9","startsAt":"2026-08-20T10:00:00Z"}]""", "[]");

        Alert a = alerts.get(0);
        assertThat(a.fingerprint()).isEqualTo("fé");
        assertThat(a.name()).isEqualTo("CaféDown");
        assertThat(a.labels()).containsEntry("site", "Zürich").containsEntry("服务", "支付").containsEntry("emoji", "🔥 hot");
        assertThat(a.summary()).isEqualTo("Ünïcödé — “quoted” 🔥");
    }

    @Test
    void nullsStandForAbsentValues() throws Exception {
        List<Alert> alerts = poll("""
                [{"labels":{"alertname":"Nulls","team":null,"service":"billing"},"annotations":null,
                  "fingerprint":"f1","startsAt":"2026-08-20T10:00:00Z","updatedAt":null,"generatorURL":null,"status":null},
                 {"labels":{"alertname":"NullLists"},"annotations":{"summary":null,"description":"from the description"},
                  "fingerprint":"f2","startsAt":"2026-08-20T10:00:00Z","status":{"state":null,"silencedBy":null}},
                 {"labels":{"alertname":"NullIds"},"fingerprint":"f3","startsAt":"2026-08-20T10:00:00Z",
                  "status":{"silencedBy":[null,"s-1",null]}}]""", "[]");

        Map<String, Alert> read = byFingerprint(alerts);
        assertThat(read.get("f1").labels()).containsOnlyKeys("alertname", "service");
        assertThat(read.get("f1").summary()).isEqualTo("Nulls");
        assertThat(read.get("f1").silencedBy()).isEmpty();
        assertThat(read.get("f2").summary()).isEqualTo("from the description");
        assertThat(read.get("f3").silencedBy()).containsExactly("s-1");
    }

    @Test
    void scalarLabelValuesAreReadAsTheirTextAndARepeatedNameKeepsItsLastValue() throws Exception {
        List<Alert> alerts = poll("""
                [{"labels":{"alertname":"Scalars","replica":2,"canary":true,"ratio":0.50,"severity":"info",
                  "severity":"critical"},"fingerprint":"f1","startsAt":"2026-08-20T10:00:00Z"}]""", "[]");

        Alert a = alerts.get(0);
        assertThat(a.labels()).containsEntry("replica", "2").containsEntry("canary", "true")
                .containsEntry("ratio", "0.50").containsEntry("severity", "critical").hasSize(5);
        assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void anAlertWithHundredsOfLabelsKeepsThemAll() throws Exception {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("alertname", "Wide");
        for (int i = 0; i < 500; i++) {
            labels.put("label_" + i, "value " + i);
        }
        String json = labels.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(","));

        List<Alert> alerts = poll("[" + alert("f1", json) + "," + alert("f2", "\"alertname\":\"Narrow\"") + "]", "[]");

        assertThat(byFingerprint(alerts).get("f1").labels()).isEqualTo(labels);
        assertThat(byFingerprint(alerts).get("f2").labels()).isEqualTo(Map.of("alertname", "Narrow"));
    }

    @Test
    void alertsOfTheWrongShapeAreSkippedOneByOne() throws Exception {
        List<Alert> alerts = poll("""
                [42, "text", null, [], true,
                 {"labels":["alertname","List"],"fingerprint":"bad1","startsAt":"2026-08-20T10:00:00Z"},
                 {"labels":{"alertname":{"nested":"Object"}},"fingerprint":"bad2","startsAt":"2026-08-20T10:00:00Z"},
                 {"labels":{"alertname":"IdsNotAList"},"fingerprint":"bad3","startsAt":"2026-08-20T10:00:00Z",
                  "status":{"silencedBy":"s-1"}},
                 {"labels":{"alertname":"PrintIsObject"},"fingerprint":{"x":1},"startsAt":"2026-08-20T10:00:00Z"},
                 {"labels":{"alertname":"AnnotationIsList"},"annotations":{"summary":["a"]},"fingerprint":"bad4",
                  "startsAt":"2026-08-20T10:00:00Z"},
                 %s]""".formatted(alert("good", "\"alertname\":\"Good\"")), "[]");

        assertThat(alerts).extracting(Alert::name).containsExactly("Good");
    }

    @Test
    void aBodyThatIsNotAListOfAlertsIsMalformedWithItsShape() {
        server.enqueue(json("\"just a string\""));

        SourceException e = catchThrowableOfType(SourceException.class, connector::poll);

        assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED);
        assertThat(e.getMessage()).contains("/api/v2/alerts answered a JSON string instead of a list of alerts");
    }

    @Test
    void invalidJsonAfterGoodAlertsIsInvalidJsonWithItsPosition() {
        server.enqueue(json("[" + alert("f1", "\"alertname\":\"A\"") + ",\n{\"labels\": nope}]"));

        SourceException e = catchThrowableOfType(SourceException.class, connector::poll);

        assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED);
        assertThat(e.getMessage()).contains("/api/v2/alerts answered invalid JSON").contains("line 4");
    }

    @Test
    void dataAfterTheListIsInvalidJson() {
        server.enqueue(json("[] []"));

        SourceException e = catchThrowableOfType(SourceException.class, connector::poll);

        assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED);
        assertThat(e.getMessage()).contains("/api/v2/alerts answered invalid JSON").contains("trailing");
    }

    @Test
    void anEmptyBodyIsMalformed() {
        server.enqueue(json(""));

        SourceException e = catchThrowableOfType(SourceException.class, connector::poll);

        assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED);
        assertThat(e.getMessage()).contains("/api/v2/alerts answered an empty body instead of JSON");
    }

    @Test
    void alertsOutOfOrderOrRepeatedAreUnitedInFingerprintOrder() throws Exception {
        String older = alert("b", "\"alertname\":\"Twice\"").replace("\"silencedBy\":[]", "\"silencedBy\":[\"s-1\"]");
        String newer = alert("b", "\"alertname\":\"Twice\"").replace("s-b", "newer summary")
                .replace("10:04:00", "10:05:00").replace("\"silencedBy\":[]", "\"silencedBy\":[\"s-2\"]");

        List<Alert> alerts = poll("[" + alert("c", "\"alertname\":\"C\"") + "," + older + ","
                + alert("a", "\"alertname\":\"A\"") + "," + newer + "]", "[]");

        assertThat(alerts).extracting(Alert::fingerprint).containsExactly("a", "b", "c");
        assertThat(alerts.get(1).summary()).isEqualTo("newer summary");
        assertThat(alerts.get(1).silencedBy()).containsExactly("s-2", "s-1");
    }

    @Test
    void anUnchangedAlertIsTheSameInstanceOnTheNextPoll() throws Exception {
        Map<String, Alert> first = byFingerprint(poll(Fixtures.read("alertmanager/alerts.json"),
                Fixtures.read("alertmanager/silences.json")));
        Map<String, Alert> second = byFingerprint(poll(Fixtures.read("alertmanager/alerts.json"),
                Fixtures.read("alertmanager/silences.json")));

        assertThat(second).hasSize(4);
        second.forEach((fingerprint, alert) -> assertThat(alert).isSameAs(first.get(fingerprint)));
    }

    @Test
    void aChangedAlertIsReadAfreshAndTheOthersKeepTheirInstances() throws Exception {
        Map<String, Alert> first = byFingerprint(poll("[" + alert("a", "\"alertname\":\"A\",\"severity\":\"warning\"")
                + "," + alert("b", "\"alertname\":\"B\"") + "," + alert("c", "\"alertname\":\"C\"") + "]", "[]"));

        Map<String, Alert> second = byFingerprint(poll("["
                + alert("a", "\"alertname\":\"A\",\"severity\":\"critical\"") + ","
                + alert("b", "\"alertname\":\"B\"").replace("s-b", "new summary") + ","
                + alert("c", "\"alertname\":\"C\"").replace("10:04:00", "10:05:00") + "]", "[]"));

        assertThat(second.get("a")).isNotSameAs(first.get("a"));
        assertThat(second.get("a").severity()).isEqualTo(Severity.CRITICAL);
        assertThat(second.get("a").labels()).containsEntry("severity", "critical");
        assertThat(second.get("b").summary()).isEqualTo("new summary");
        assertThat(second.get("c")).as("only updatedAt moved: nothing the board shows").isSameAs(first.get("c"));
    }

    @Test
    void anAlertWhoseAcknowledgementChangesIsReadAfreshThoughItsJsonDidNot() throws Exception {
        String ackSilence = "7d0a1f3e-55b1-4c39-9d4e-0f6a3c2b1a01";
        Alert acked = byFingerprint(poll(Fixtures.read("alertmanager/alerts.json"),
                Fixtures.read("alertmanager/silences.json"))).get("a3f1c0d9e2b4c5f6");
        assertThat(acked.acknowledgement()).map(Acknowledgement::by).contains("jdoe");

        String extended = Fixtures.read("alertmanager/silences.json")
                .replace("\"endsAt\": \"2026-08-20T10:21:00.000Z\"", "\"endsAt\": \"2026-08-20T11:21:00.000Z\"");
        Alert after = byFingerprint(poll(Fixtures.read("alertmanager/alerts.json"), extended)).get("a3f1c0d9e2b4c5f6");

        assertThat(after).isNotSameAs(acked);
        assertThat(after.silencedBy()).containsExactly(ackSilence);
        assertThat(after.acknowledgement()).map(Acknowledgement::until)
                .contains(java.util.Optional.of(Instant.parse("2026-08-20T11:21:00Z")));
    }

    @Test
    void theSameFixtureStillReadsTheSameAfterAFailedPoll() throws Exception {
        Map<String, Alert> first = byFingerprint(poll(Fixtures.read("alertmanager/alerts.json"),
                Fixtures.read("alertmanager/silences.json")));
        server.enqueue(json("[{\"broken\": }"));
        catchThrowableOfType(SourceException.class, connector::poll);
        server.enqueue(fixture("alertmanager/alerts.json"));
        server.enqueue(fixture("alertmanager/silences.json"));

        List<Alert> third = ((SourceEvent.AlertsObserved) connector.poll().get(0)).alerts();

        assertThat(third).hasSize(4).allSatisfy(a -> assertThat(a).isSameAs(first.get(a.fingerprint())));
    }
}
