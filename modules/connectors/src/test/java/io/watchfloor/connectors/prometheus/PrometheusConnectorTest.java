package io.watchfloor.connectors.prometheus;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.NOW;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static io.watchfloor.connectors.Fixtures.fixture;
import static io.watchfloor.connectors.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.Faults;
import io.watchfloor.connectors.Fixtures;
import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.Availability;
import io.watchfloor.core.ProbeResult;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PrometheusConnectorTest {
    private static final String SERIES = "probe_success{job=\"blackbox\"}";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    /** Answers each PromQL query with its fixture, like a Prometheus holding those series. */
    private static final class QueryDispatcher extends Dispatcher {
        private final Map<String, MockResponse> answers = new HashMap<>();
        private final List<String> queries = new ArrayList<>();

        QueryDispatcher answer(String promql, MockResponse response) {
            answers.put(promql, response);
            return this;
        }

        @Override
        public synchronized MockResponse dispatch(RecordedRequest request) {
            String query = request.getUrl().queryParameter("query");
            queries.add(query);
            if (!"/api/v1/query".equals(request.getUrl().encodedPath()) || !answers.containsKey(query)) {
                return json(400, "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"unexpected query " + query + "\"}");
            }
            return answers.get(query);
        }
    }

    private QueryDispatcher standardAnswers(String series) {
        QueryDispatcher d = new QueryDispatcher()
                .answer(series, fixture("prometheus/probe_success.json"))
                .answer("avg_over_time(" + series + "[24h])", fixture("prometheus/avg_24h.json"))
                .answer("count_over_time(" + series + "[24h])", fixture("prometheus/count_24h.json"))
                .answer("avg_over_time(" + series + "[7d])", fixture("prometheus/avg_7d.json"))
                .answer("count_over_time(" + series + "[7d])", fixture("prometheus/count_7d.json"));
        server.setDispatcher(d);
        return d;
    }

    private SourceConnector connector(Map<String, String> options) {
        return connector(List.of(Fixtures.base(server)), options);
    }

    private static SourceConnector connector(List<String> urls, Map<String, String> options) {
        return Connectors.create(Fixtures.config(SourceKind.PROMETHEUS, urls, options), SHARED, CLOCK, Fixtures.NO_ENV);
    }

    private static SourceEvent.AvailabilityObserved poll(SourceConnector c) throws SourceException {
        List<SourceEvent> events = c.poll();
        assertThat(events).hasSize(1);
        SourceEvent.AvailabilityObserved observed = (SourceEvent.AvailabilityObserved) events.get(0);
        assertThat(observed.observedAt()).isEqualTo(NOW);
        return observed;
    }

    private static Availability availability(SourceEvent.AvailabilityObserved o, String service, Duration window) {
        return o.availability().stream().filter(a -> a.service().equals(service) && a.window().equals(window))
                .findFirst().orElseThrow(() -> new AssertionError("no availability for " + service + " " + window));
    }

    @Test
    void pollRunsTheInstantAndWindowQueriesAsPercentEncodedGets() throws Exception {
        String selector = "job=\"blackbox\", env=\"prod\"";
        String series = "probe_success{" + selector + "}";
        standardAnswers(series);

        poll(connector(Map.of("selector", selector)));

        List<String> expected = List.of(series, "avg_over_time(" + series + "[24h])", "count_over_time(" + series + "[24h])",
                "avg_over_time(" + series + "[7d])", "count_over_time(" + series + "[7d])");
        for (String promql : expected) {
            RecordedRequest request = server.takeRequest();
            assertThat(request.getMethod()).isEqualTo("GET");
            assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/query");
            assertThat(request.getUrl().queryParameter("query")).isEqualTo(promql);
            assertThat(request.getUrl().encodedQuery()).contains("%20").doesNotContain("+").doesNotContain("\"");
        }
    }

    @Test
    void probeIsUpOnlyWhenEverySeriesOfTheServiceIsUp() throws Exception {
        standardAnswers(SERIES);

        SourceEvent.AvailabilityObserved o = poll(connector(Map.of("selector", "job=\"blackbox\"")));

        assertThat(o.probes()).extracting(ProbeResult::service, ProbeResult::up).containsExactly(
                org.assertj.core.groups.Tuple.tuple("checkout", false),
                org.assertj.core.groups.Tuple.tuple("https://status.example.org", true),
                org.assertj.core.groups.Tuple.tuple("payments-gateway", true),
                org.assertj.core.groups.Tuple.tuple("sso", false));
    }

    @Test
    void availabilityIsTheSampleWeightedRatioPerServiceAndWindow() throws Exception {
        standardAnswers(SERIES);

        SourceEvent.AvailabilityObserved o = poll(connector(Map.of("selector", "{job=\"blackbox\"}")));

        Availability pay = availability(o, "payments-gateway", Duration.ofHours(24));
        assertThat(pay.ratio()).isCloseTo((0.9993055555555556 + 0.9986111111111111) / 2, within(1e-12));
        assertThat(pay.covered()).contains(Duration.ofHours(24));
        assertThat(pay.partial()).isFalse();
        Availability checkout = availability(o, "checkout", Duration.ofHours(24));
        assertThat(checkout.ratio()).isCloseTo((0.95 * 5760 + 0.9 * 2880) / 8640, within(1e-12));
        assertThat(availability(o, "checkout", Duration.ofDays(7)).ratio())
                .isCloseTo((0.97 * 40320 + 0.96 * 20160) / 60480, within(1e-12));
    }

    @Test
    void nanRatioIsSkippedAndAShortHistoryReportsItsCoverage() throws Exception {
        standardAnswers(SERIES);

        SourceEvent.AvailabilityObserved o = poll(connector(Map.of("selector", "job=\"blackbox\"")));

        assertThat(o.availability()).noneMatch(a -> a.service().equals("sso") && a.window().equals(Duration.ofHours(24)));
        assertThat(availability(o, "sso", Duration.ofDays(7)).ratio()).isCloseTo(0.99, within(1e-12));
        Availability status = availability(o, "https://status.example.org", Duration.ofDays(7));
        assertThat(status.covered()).contains(Duration.ofHours(84));
        assertThat(status.partial()).isTrue();
        assertThat(o.availability()).hasSize(4 + 4 - 1);
    }

    @Test
    void windowLongerThanRetentionReportsOnlyTheTimeCovered() throws Exception {
        String body = """
                {"status":"success","data":{"resultType":"vector","result":[
                  {"metric":{"service":"payments-gateway"},"value":[1787220300.1,"%s"]}]}}""";
        server.setDispatcher(new QueryDispatcher()
                .answer("up", json(body.formatted("1")))
                .answer("avg_over_time(up[30d])", json(body.formatted("0.9990")))
                .answer("count_over_time(up[30d])", json(body.formatted("86400"))));

        SourceEvent.AvailabilityObserved o = poll(connector(Map.of("metric", "up", "windows", "30d")));

        Availability month = availability(o, "payments-gateway", Duration.ofDays(30));
        assertThat(month.covered()).contains(Duration.ofDays(15));
        assertThat(month.partial()).isTrue();
    }

    @Test
    void infiniteAndOutOfRangeValuesAreSkippedNotFatal() throws Exception {
        String avg = """
                {"status":"success","data":{"resultType":"vector","result":[
                  {"metric":{"service":"a"},"value":[1787220300.1,"+Inf"]},
                  {"metric":{"service":"b"},"value":[1787220300.1,"-Inf"]},
                  {"metric":{"service":"c"},"value":[1787220300.1,"3.5"]},
                  {"metric":{"service":"d"},"value":[1787220300.1,"1"]},
                  {"metric":{"service":"e"},"histogram":[1787220300.1,{"count":"2"}]}]}}""";
        server.setDispatcher(new QueryDispatcher()
                .answer("up", json("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}"))
                .answer("avg_over_time(up[1h])", json(avg))
                .answer("count_over_time(up[1h])", json("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}")));

        SourceEvent.AvailabilityObserved o = poll(connector(Map.of("metric", "up", "windows", "1h")));

        assertThat(o.availability()).extracting(Availability::service).containsExactly("d");
        assertThat(o.availability().get(0).covered()).as("no counts, no coverage claim").isEmpty();
        assertThat(o.probes()).isEmpty();
    }

    @Test
    void warningsDoNotFailThePoll() throws Exception {
        server.setDispatcher(new QueryDispatcher()
                .answer("probe_success", fixture("prometheus/probe_success.json"))
                .answer("avg_over_time(probe_success[24h])", fixture("prometheus/avg_24h_with_warnings.json"))
                .answer("count_over_time(probe_success[24h])", fixture("prometheus/count_24h.json")));

        SourceEvent.AvailabilityObserved o = poll(connector(Map.of("windows", "24h")));

        assertThat(o.availability()).extracting(Availability::service).containsExactly("payments-gateway");
    }

    @Test
    void errorEnvelopeCarriesErrorTypeAndError() {
        server.enqueue(json(400, Fixtures.read("prometheus/error_bad_data.json")));

        SourceException e = catchThrowableOfType(SourceException.class, () -> connector(Map.of()).poll());

        assertThat(e.kind()).isEqualTo(SourceException.Kind.HTTP);
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).contains("HTTP 400").contains("GET " + server.url("/api/v1/query"))
                .contains("bad_data: invalid parameter \"query\"");
    }

    @Test
    void errorStatusInASuccessfulAnswerStillFails() {
        server.enqueue(json(Fixtures.read("prometheus/error_bad_data.json")));

        SourceException e = catchThrowableOfType(SourceException.class, () -> connector(Map.of()).poll());

        assertThat(e.kind()).isEqualTo(SourceException.Kind.HTTP);
        assertThat(e.getMessage()).contains("bad_data");
    }

    @Test
    void matrixWhereAVectorIsExpectedIsMalformed() {
        server.enqueue(fixture("prometheus/matrix_result.json"));

        SourceException e = catchThrowableOfType(SourceException.class, () -> connector(Map.of()).poll());

        assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED);
        assertThat(e.getMessage()).contains("resultType 'matrix'");
    }

    @Test
    void firstServerDownFallsBackToTheNext() throws Exception {
        standardAnswers(SERIES);

        SourceEvent.AvailabilityObserved o = poll(connector(List.of(Fixtures.refusedUrl(), Fixtures.base(server)),
                Map.of("selector", "job=\"blackbox\"")));

        assertThat(o.probes()).hasSize(4);
    }

    @Test
    void badOptionsAreConfigurationErrors() {
        assertThatThrownBy(() -> connector(Map.of("windows", "24 hours")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("option windows");
        assertThatThrownBy(() -> connector(Map.of("metric", "probe-success")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("option metric");
        assertThatThrownBy(() -> connector(Map.of("scrapeInterval", "0s")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("option scrapeInterval");
    }

    @Test
    void valuesReadGoFloatSpellings() {
        assertThat(PrometheusApi.parseValue("+Inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(PrometheusApi.parseValue("-Inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(PrometheusApi.parseValue("NaN")).isNaN();
        assertThat(PrometheusApi.parseValue("1e-3")).isEqualTo(0.001);
    }

    @ParameterizedTest
    @EnumSource(Faults.class)
    void faultsBecomeClearSourceExceptions(Faults fault) {
        String url = fault.arrange(server,
                "{\"status\":\"error\",\"errorType\":\"internal\",\"error\":\"expanding series: too many open files\"}");

        SourceException e = catchThrowableOfType(SourceException.class,
                () -> connector(List.of(url), Faults.OPTIONS).poll());

        fault.check(e, "/api/v1/query", "internal: expanding series: too many open files");
    }
}
