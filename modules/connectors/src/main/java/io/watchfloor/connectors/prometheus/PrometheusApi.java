package io.watchfloor.connectors.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.ErrorText;
import io.watchfloor.connectors.JsonReply;
import io.watchfloor.connectors.SkippedRecords;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.SourceHttp;
import io.watchfloor.connectors.WireJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Prometheus instant queries ({@code GET /api/v1/query}, API-NOTES section 2): the envelope
 * ({@code status}, {@code errorType}/{@code error}, {@code warnings}) and vector results whose values
 * are strings that may read {@code NaN}, {@code +Inf} or {@code -Inf}. Thread-safe.
 */
final class PrometheusApi {
    /** Prometheus' error envelope: "errorType: error". */
    static final ErrorText ERRORS = body -> {
        String type = WireJson.text(body, "errorType");
        String error = WireJson.text(body, "error");
        if (error.isBlank()) {
            return type.isBlank() ? Optional.empty() : Optional.of(type);
        }
        return Optional.of(type.isBlank() ? error : type + ": " + error);
    };

    private final SourceHttp http;
    private final SkippedRecords skipped;

    PrometheusApi(SourceHttp http, SkippedRecords skipped) {
        this.http = http;
        this.skipped = skipped;
    }

    /** Runs {@code promql} as an instant query at the server's "now"; the result must be a vector. */
    QueryResult query(HttpUrl base, String promql) throws SourceException {
        HttpUrl url = SourceHttp.resolve(base, "api/v1/query").addQueryParameter("query", promql).build();
        JsonReply reply = http.get(url, ERRORS);
        JsonNode body = reply.body();
        String status = WireJson.text(body, "status");
        if ("error".equals(status)) {
            throw new SourceException(SourceException.Kind.HTTP, "Prometheus refused " + promql + " at " + reply.request()
                    + ": " + ERRORS.describe(body).orElse("no error text"));
        }
        if (!"success".equals(status)) {
            throw reply.malformed("no Prometheus envelope (status '" + status + "')");
        }
        JsonNode data = body.path("data");
        if (!"vector".equals(WireJson.text(data, "resultType")) || !data.path("result").isArray()) {
            throw reply.malformed("resultType '" + WireJson.text(data, "resultType") + "' for " + promql
                    + " where an instant vector was expected");
        }
        List<Sample> samples = new ArrayList<>();
        for (JsonNode element : data.get("result")) {
            sample(element, promql).ifPresent(samples::add);
        }
        List<String> warnings = new ArrayList<>();
        body.path("warnings").forEach(w -> warnings.add(w.asText()));
        return new QueryResult(samples, warnings);
    }

    private Optional<Sample> sample(JsonNode element, String promql) {
        Map<String, String> labels = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : element.path("metric").properties()) {
            if (!"__name__".equals(e.getKey()) && e.getValue().isValueNode() && !e.getValue().isNull()) {
                labels.put(e.getKey(), e.getValue().asText());
            }
        }
        JsonNode value = element.path("value");
        if (!value.isArray() || value.size() != 2) {
            skipped.skip(promql + labels, "series " + labels + " of " + promql + ": no float value (a native histogram?)");
            return Optional.empty();
        }
        try {
            return Optional.of(new Sample(labels, parseValue(value.get(1).asText())));
        } catch (NumberFormatException e) {
            skipped.skip(promql + labels, "series " + labels + " of " + promql + ": unreadable value '"
                    + value.get(1).asText() + "'");
            return Optional.empty();
        }
    }

    /** Prometheus' float text: Go's "NaN", "+Inf", "-Inf" (which Java's parser does not accept) or a number. */
    static double parseValue(String text) {
        switch (text.trim()) {
            case "+Inf":
            case "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            case "NaN":
                return Double.NaN;
            default:
                return Double.parseDouble(text.trim());
        }
    }
}
