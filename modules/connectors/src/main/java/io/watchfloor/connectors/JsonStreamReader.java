package io.watchfloor.connectors;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Binds one JSON document straight from Jackson's token stream, for bodies too large to build a tree
 * of first (ten thousand Alertmanager alerts). Used through {@link SourceHttp#get(okhttp3.HttpUrl,
 * ErrorText, JsonStreamReader)}, which keeps the capped read and maps every transport and syntax
 * problem to a {@link SourceException}, as for tree reads.
 *
 * @param <T> what the document is bound to
 */
@FunctionalInterface
public interface JsonStreamReader<T> {
    /**
     * Reads the document's one top-level value.
     *
     * @param parser  positioned on the value's first token (never null: an empty body is refused before);
     *                on return it must be on the value's last token, so that trailing data can be detected
     * @param request "METHOD url" of the request, for messages
     * @throws IOException     from the parser (invalid JSON, truncated or oversized body, lost connection)
     * @throws SourceException when the document is valid JSON of the wrong shape ({@code MALFORMED})
     */
    T read(JsonParser parser, String request) throws IOException, SourceException;
}
