package io.watchfloor.simulator.prometheus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.simulator.http.Json;
import io.watchfloor.simulator.http.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The Prometheus API envelope (API-NOTES §2.2): values as strings, timestamps as unix seconds. */
final class PromJson {
    private PromJson() {
    }

    static Response success(String resultType, ArrayNode result, List<String> warnings) {
        ObjectNode root = Json.object().put("status", "success");
        ObjectNode data = root.putObject("data");
        data.put("resultType", resultType);
        data.set("result", result);
        if (!warnings.isEmpty()) {
            ArrayNode w = root.putArray("warnings");
            warnings.forEach(w::add);
        }
        return Response.json(200, root);
    }

    static Response error(PromQlException e) {
        return Response.json(e.httpStatus(), Json.object().put("status", "error").put("errorType", e.errorType())
                .put("error", e.getMessage()));
    }

    /** {@code [ts, "value"]}. */
    static ArrayNode pair(long millis, double value) {
        ArrayNode pair = Json.array();
        pair.add(new DecimalNode(BigDecimal.valueOf(millis, 3).stripTrailingZeros()));
        pair.add(format(value));
        return pair;
    }

    static ObjectNode metric(Map<String, String> labels) {
        ObjectNode node = Json.object();
        labels.forEach(node::put);
        return node;
    }

    /** Go's {@code strconv.FormatFloat(v, 'f', -1, 64)}, with Prometheus' NaN and infinities. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
