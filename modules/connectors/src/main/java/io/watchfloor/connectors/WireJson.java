package io.watchfloor.connectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one Jackson configuration all connectors read and write wire JSON with: unknown fields are
 * ignored (APIs grow), trailing garbage after the document is an error, dates are ISO strings.
 * The mapper is configured once and never changed afterwards, so it is safe from any thread.
 */
public final class WireJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private WireJson() {
    }

    /** Binds one JSON node to a wire DTO. */
    public static <T> T bind(JsonNode node, Class<T> type) throws JsonProcessingException {
        return MAPPER.treeToValue(node, type);
    }

    /** A fresh, empty JSON object to build a request body in. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Serialises a request body. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    /** The text of {@code node.field}, or "" when absent, null or not a scalar. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
    }

    static JsonNode readTree(InputStream in) throws IOException {
        return MAPPER.readTree(in);
    }

    /** A streaming parser over {@code in}, with the mapper's settings (closing it closes {@code in}). */
    static JsonParser parser(InputStream in) throws IOException {
        return MAPPER.createParser(in);
    }

    /** Reads the value the parser is on (or the next one) as a tree, for shapes too small to stream. */
    public static JsonNode readTree(JsonParser parser) throws IOException {
        return MAPPER.readTree(parser);
    }

    static JsonNode readTree(String text) throws IOException {
        return MAPPER.readTree(text);
    }
}
