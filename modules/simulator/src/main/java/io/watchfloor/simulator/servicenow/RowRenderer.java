package io.watchfloor.simulator.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.watchfloor.simulator.http.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes records as the Table API does for {@code sysparm_fields}, {@code sysparm_display_value}
 * (false, true, all) and {@code sysparm_exclude_reference_link}. References carry a {@code link} to
 * {@code <base>/api/now/table/<table>/<sys_id>}; an empty reference is "".
 */
final class RowRenderer {
    private final String baseUrl;
    private final String displayMode;
    private final boolean excludeLinks;

    RowRenderer(String baseUrl, String displayMode, boolean excludeLinks) {
        this.baseUrl = baseUrl;
        this.displayMode = displayMode;
        this.excludeLinks = excludeLinks;
    }

    /** Reads the display and link parameters of a request; unknown display modes mean false. */
    static RowRenderer of(String baseUrl, Optional<String> display, Optional<String> exclude) {
        String mode = display.map(String::toLowerCase).filter(m -> m.equals("true") || m.equals("all")).orElse("false");
        return new RowRenderer(baseUrl, mode, exclude.map(Boolean::parseBoolean).orElse(false));
    }

    ObjectNode render(TableRow row, List<String> fields, TableSnapshot tables) {
        ObjectNode node = Json.object();
        if (fields.isEmpty()) {
            for (Map.Entry<String, Field> e : row.fields().entrySet()) {
                node.set(e.getKey(), value(e.getValue()));
            }
            return node;
        }
        for (String name : fields) {
            tables.resolve(row, name).ifPresent(f -> node.set(name, value(f)));
        }
        return node;
    }

    private JsonNode value(Field field) {
        if (field instanceof Field.Ref) {
            return reference((Field.Ref) field);
        }
        switch (displayMode) {
            case "true":
                return new TextNode(field.display());
            case "all":
                return Json.object().put("display_value", field.display()).put("value", field.value());
            default:
                return new TextNode(field.value());
        }
    }

    private JsonNode reference(Field.Ref ref) {
        String link = baseUrl + "/api/now/table/" + ref.table() + "/" + ref.value();
        boolean withLink = !excludeLinks && !ref.empty();
        switch (displayMode) {
            case "true":
                return withLink ? Json.object().put("display_value", ref.display()).put("link", link)
                        : new TextNode(ref.display());
            case "all":
                ObjectNode all = Json.object().put("display_value", ref.display());
                if (withLink) {
                    all.put("link", link);
                }
                return all.put("value", ref.value());
            default:
                return withLink ? Json.object().put("link", link).put("value", ref.value()) : new TextNode(ref.value());
        }
    }
}
