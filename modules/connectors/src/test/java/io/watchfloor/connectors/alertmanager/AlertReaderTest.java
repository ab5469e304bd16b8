package io.watchfloor.connectors.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceId;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertReaderTest {
    private static final String REQUEST = "GET http://am:9093/api/v2/alerts";
    private static final JsonFactory JSON = new JsonFactory();

    private static AlertReader.Batch read(String json) throws IOException, SourceException {
        return read(json, LastPoll.none());
    }

    private static AlertReader.Batch read(String json, LastPoll previous) throws IOException, SourceException {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            return AlertReader.list(p, REQUEST, previous);
        }
    }

    @Test
    void keepsWhatTheMapperUsesAndSkipsTheRest() throws Exception {
        AlertReader.Batch batch = read("""
                [{"annotations":{"runbook_url":"http://wiki","summary":"Disk full","description":"97 %"},
                  "endsAt":"2026-08-20T10:09:00.000Z","fingerprint":" 5c1d ","receivers":[{"name":"noc"}],
                  "startsAt":"2026-08-20T08:15:00.000Z","status":{"inhibitedBy":[],"mutedBy":["m"],"silencedBy":["s1","s2"],
                  "state":"suppressed"},"updatedAt":"2026-08-20T10:05:00.000Z","generatorURL":"http://prom",
                  "labels":{"alertname":"DiskAlmostFull","mountpoint":"/var","job":"node"}}]""");

        assertThat(batch.skipped()).isEmpty();
        AlertDto dto = batch.alerts().get(0);
        assertThat(dto.fingerprint()).isEqualTo("5c1d");
        assertThat(dto.summary()).isEqualTo("Disk full");
        assertThat(dto.description()).isEqualTo("97 %");
        assertThat(dto.startsAt()).isEqualTo("2026-08-20T08:15:00.000Z");
        assertThat(dto.updatedAt()).isEqualTo("2026-08-20T10:05:00.000Z");
        assertThat(dto.silencedBy()).containsExactly("s1", "s2");
        assertThat(dto.label("mountpoint")).isEqualTo("/var");
        assertThat(dto.label("severity")).isNull();
        assertThat(dto.labels()).isEqualTo(Map.of("alertname", "DiskAlmostFull", "mountpoint", "/var", "job", "node"));
        assertThat(dto.hasLabels(Map.of("alertname", "DiskAlmostFull", "mountpoint", "/var", "job", "node"))).isTrue();
        assertThat(dto.hasLabels(Map.of("alertname", "DiskAlmostFull", "mountpoint", "/", "job", "node"))).isFalse();
    }

    @Test
    void aLabelValueTheSameAlertHadLastPollIsThatVeryString() throws Exception {
        String json = """
                [{"fingerprint":"f1","startsAt":"2026-08-20T10:00:00Z",
                  "labels":{"alertname":"Same","instance":"db-1:9100","job":"caf\u00e9","changed":"new value"}}]""";
        Alert before = new Alert(SourceId.of("am"), "f1", "Same", Map.of("alertname", new String("Same"),
                "instance", new String("db-1:9100"), "job", "café", "changed", "old value"), "Same", Severity.WARNING,
                "x", Instant.parse("2026-08-20T10:00:00Z"), Optional.empty(), AlertState.FIRING, List.of(), Optional.empty());

        AlertDto dto = read(json, new LastPoll(List.of(before))).alerts().get(0);

        assertThat(dto.label("instance")).isSameAs(before.labels().get("instance"));
        assertThat(dto.label("job")).isSameAs(before.labels().get("job"));
        assertThat(dto.label("changed")).isEqualTo("new value");
        assertThat(read(json).alerts().get(0).label("instance")).isNotSameAs(before.labels().get("instance"))
                .isEqualTo("db-1:9100");
    }

    @Test
    void namesEachSkippedAlertAndWhatIsWrongWithIt() throws Exception {
        AlertReader.Batch batch = read("""
                [{"labels":"not-a-map","fingerprint":"f2","startsAt":"2026-08-20T10:00:00Z"},
                 7,
                 {"labels":{"alertname":{"x":1}},"startsAt":"2026-08-20T10:00:00Z"},
                 {"labels":{"alertname":"Ok"},"fingerprint":"f4","status":{"silencedBy":{"id":"s"}}},
                 {"labels":{"alertname":"Ok"},"fingerprint":"f5"}]""");

        assertThat(batch.alerts()).extracting(AlertDto::fingerprint).containsExactly("f5");
        assertThat(batch.skipped()).containsExactly(
                new AlertReader.Skip("alert:f2", "alert f2 from " + REQUEST + ": labels is a JSON string, not an object"),
                new AlertReader.Skip("alert:#1", "alert #1 from " + REQUEST + ": a JSON number instead of an object"),
                new AlertReader.Skip("alert:#2", "alert #2 from " + REQUEST + ": label alertname is a JSON object, not text"),
                new AlertReader.Skip("alert:f4", "alert f4 from " + REQUEST + ": status.silencedBy is a JSON object, not a list"));
    }

    @Test
    void aTruncatedListFailsInsteadOfYieldingTheAlertsBeforeTheCut() {
        JsonEOFException e = catchThrowableOfType(JsonEOFException.class, () -> read("""
                [{"labels":{"alertname":"A"},"fingerprint":"f1","startsAt":"2026-08-20T10:00:00Z"},
                 {"labels":{"alertname":"B"},"fingerprint":"f2","sta"""));

        assertThat(e).isNotNull();
    }

    @Test
    void aDocumentThatIsNotAListIsMalformedButBrokenJsonStaysAParseError() {
        SourceException notAList = catchThrowableOfType(SourceException.class, () -> read("{\"alerts\":[]}"));
        assertThat(notAList.kind()).isEqualTo(SourceException.Kind.MALFORMED);
        assertThat(notAList.getMessage()).isEqualTo(REQUEST + " answered a JSON object instead of a list of alerts");

        IOException broken = catchThrowableOfType(IOException.class, () -> read("{\"status\": success, ]"));
        assertThat(broken).isNotNull();
    }
}
