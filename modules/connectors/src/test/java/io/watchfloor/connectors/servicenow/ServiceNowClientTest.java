package io.watchfloor.connectors.servicenow;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static io.watchfloor.connectors.Fixtures.fixture;
import static io.watchfloor.connectors.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.watchfloor.connectors.Fixtures;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.SourceKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ServiceNowClientTest {
    private static final String SYS_ID = "9d385017c611228701d22104cc95c371";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private ServiceNowClient client() {
        SourceConfig cfg = Fixtures.config(SourceKind.SERVICENOW, List.of(Fixtures.base(server)),
                new SourceConfig.Auth(Optional.empty(), Optional.empty(), Optional.of("SNOW_TOKEN")), Map.of());
        return ServiceNowClient.create(cfg, SHARED, CLOCK, name -> Optional.of("oauth-access-token"));
    }

    private static Map<String, String> ackFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("state", "2");
        fields.put("assigned_to", "Beth Anglin");
        fields.put("work_notes", "Acked from NOC console");
        return fields;
    }

    @Test
    void patchIncidentSendsAJsonPatchAndReturnsTheUpdatedRecord() throws Exception {
        server.enqueue(fixture("servicenow/patch_result.json"));

        Map<String, String> updated = client().patchIncident(SYS_ID, ackFields(), true);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("PATCH");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/now/table/incident/" + SYS_ID);
        assertThat(request.getUrl().queryParameter("sysparm_input_display_value")).isEqualTo("true");
        assertThat(request.getUrl().queryParameter("sysparm_exclude_reference_link")).isEqualTo("true");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer oauth-access-token");
        assertThat(TablePages.parse(request.getBody().utf8())).isEqualTo(TablePages.parse(
                "{\"state\":\"2\",\"assigned_to\":\"Beth Anglin\",\"work_notes\":\"Acked from NOC console\"}"));
        assertThat(updated).containsEntry("number", "INC0010001").containsEntry("state", "2")
                .containsEntry("assigned_to", "46d44a23a9fe19810012d100cca80666")
                .containsEntry("sys_updated_on", "2026-08-20 10:06:12");
    }

    @Test
    void patchWithSysIdsSaysSo() throws Exception {
        server.enqueue(fixture("servicenow/patch_result.json"));

        client().patchIncident(SYS_ID, Map.of("assigned_to", "46d44a23a9fe19810012d100cca80666"), false);

        assertThat(server.takeRequest().getUrl().queryParameter("sysparm_input_display_value")).isEqualTo("false");
    }

    @Test
    void dataPolicyRejectionIsAnAuthFailureWithServiceNowsReasonOnOneLine() {
        server.enqueue(json(403, Fixtures.read("servicenow/error_403_data_policy.json")));

        SourceException e = catchThrowableOfType(SourceException.class,
                () -> client().patchIncident(SYS_ID, Map.of("state", "6"), false));

        assertThat(e.kind()).isEqualTo(SourceException.Kind.AUTH);
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.getMessage()).isEqualTo("HTTP 403 Client Error from PATCH " + server.url("/api/now/table/incident/" + SYS_ID)
                + ": Operation Failed (Data Policy Exception: Close code is mandatory)");
    }

    @Test
    void missingOrHiddenRecordIsNotFound() {
        server.enqueue(json(404, Fixtures.read("servicenow/error_404.json")));

        SourceException e = catchThrowableOfType(SourceException.class,
                () -> client().patchIncident(SYS_ID, Map.of("state", "2"), false));

        assertThat(e.kind()).isEqualTo(SourceException.Kind.HTTP);
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.getMessage()).endsWith("No Record found (Record doesn't exist or ACL restricts the record retrieval)");
    }

    @Test
    void badCredentialsAreAnAuthFailure() {
        server.enqueue(json(401, Fixtures.read("servicenow/error_401.json")));

        SourceException e = catchThrowableOfType(SourceException.class,
                () -> client().patchIncident(SYS_ID, Map.of("state", "2"), false));

        assertThat(e.kind()).isEqualTo(SourceException.Kind.AUTH);
        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.getMessage()).contains("User Not Authenticated").doesNotContain("oauth-access-token");
    }

    @Test
    void patchNeedsAnIdAndFields() {
        ServiceNowClient client = client();

        assertThatThrownBy(() -> client.patchIncident(" ", Map.of("state", "2"), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.patchIncident(SYS_ID, Map.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }
}
