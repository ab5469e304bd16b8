package io.watchfloor.connectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.SourceException.Kind;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.ResponseBody;

/**
 * Reads a response body as JSON while enforcing a size cap during the read (a body that grows past
 * the cap is abandoned at that byte, never buffered whole), and maps every way a body can be wrong
 * (wrong content type, too large, truncated, not JSON) to {@link Kind#MALFORMED}.
 */
final class JsonBodyReader {
    /** Error bodies are only mined for a message; a few KiB are plenty. */
    static final long ERROR_BODY_CAP = 64 * 1024;

    private JsonBodyReader() {
    }

    static JsonNode read(ResponseBody body, String request, long cap, Duration timeout) throws SourceException {
        return parse(body, request, cap, timeout, in -> {
            JsonNode node = WireJson.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw emptyBody(request);
            }
            return node;
        });
    }

    /**
     * Reads the body through {@code reader} from the token stream, with the same cap and the same
     * failures as {@link #read(ResponseBody, String, long, Duration)}; data after the document is invalid JSON.
     */
    static <T> T read(ResponseBody body, String request, long cap, Duration timeout, JsonStreamReader<T> reader)
            throws SourceException {
        return parse(body, request, cap, timeout, in -> {
            try (JsonParser parser = WireJson.parser(in)) {
                if (parser.nextToken() == null) {
                    throw emptyBody(request);
                }
                T value = reader.read(parser, request);
                JsonToken trailing = parser.nextToken();
                if (trailing != null) {
                    throw new JsonParseException(parser, "trailing token (" + trailing + ") after the JSON value");
                }
                return value;
            }
        });
    }

    private static <T> T parse(ResponseBody body, String request, long cap, Duration timeout, BodyParse<T> parse)
            throws SourceException {
        MediaType type = body.contentType();
        if (type != null && !isJson(type)) {
            String hint = "html".equals(type.subtype()) ? " (a login page or a proxy error page?)" : "";
            throw new SourceException(Kind.MALFORMED, request + " answered " + type.type() + "/" + type.subtype()
                    + " instead of JSON" + hint);
        }
        if (body.contentLength() > cap) {
            throw tooLarge(request, cap);
        }
        try (InputStream in = new CappedInputStream(body.byteStream(), cap)) {
            return parse.parse(in);
        } catch (BodyTooLargeException e) {
            throw tooLarge(request, cap);
        } catch (JsonEOFException | EOFException | ProtocolException e) {
            throw new SourceException(Kind.MALFORMED, request + " answered a truncated body: "
                    + TransportFailures.firstLine(e), e);
        } catch (JsonProcessingException e) {
            throw new SourceException(Kind.MALFORMED, request + " answered invalid JSON: " + jsonProblem(e), e);
        } catch (InterruptedIOException e) {
            throw new SourceException(Kind.TIMEOUT, request + " timed out while reading the body (timeout "
                    + DurationText.format(timeout) + ")", e);
        } catch (IOException e) {
            throw new SourceException(Kind.UNREACHABLE, request + ": connection lost while reading the body: "
                    + TransportFailures.firstLine(e), e);
        }
    }

    private static SourceException emptyBody(String request) {
        return new SourceException(Kind.MALFORMED, request + " answered an empty body instead of JSON");
    }

    /** Best-effort text of an error body: the upstream's own message from JSON, or a plain-text line. */
    static Optional<String> errorDetail(ResponseBody body, ErrorText errorText) {
        MediaType type = body.contentType();
        try (InputStream in = new CappedInputStream(body.byteStream(), ERROR_BODY_CAP)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.isBlank()) {
                return Optional.empty();
            }
            if (type == null || isJson(type)) {
                try {
                    return errorText.describe(WireJson.readTree(text)).filter(s -> !s.isBlank())
                            .map(s -> SourceHttp.oneLine(s, 300));
                } catch (IOException notJson) {
                    // fall through to the plain-text rule
                }
            }
            if (type != null && "text".equals(type.type()) && "plain".equals(type.subtype())) {
                return Optional.of(SourceHttp.oneLine(text, 200));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static boolean isJson(MediaType type) {
        String sub = type.subtype().toLowerCase(Locale.ROOT);
        return sub.equals("json") || sub.endsWith("+json");
    }

    private static SourceException tooLarge(String request, long cap) {
        return new SourceException(Kind.MALFORMED, request + " answered a body larger than the " + bytes(cap)
                + " limit (option maxBodyBytes)");
    }

    private static String bytes(long n) {
        if (n % (1024 * 1024) == 0) {
            return n / (1024 * 1024) + " MiB";
        }
        if (n % 1024 == 0) {
            return n / 1024 + " KiB";
        }
        return n + " bytes";
    }

    private static String jsonProblem(JsonProcessingException e) {
        String msg = SourceHttp.oneLine(String.valueOf(e.getOriginalMessage()), 160);
        return e.getLocation() == null ? msg
                : msg + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** Parses a capped body stream; the caller maps its failures. */
    @FunctionalInterface
    private interface BodyParse<T> {
        T parse(InputStream in) throws IOException, SourceException;
    }

    /** Raised by {@link CappedInputStream} at the first byte past the cap. */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException() {
            super("body too large");
        }
    }

    /** Counts bytes as they are read and fails once more than {@code cap} arrive. */
    static final class CappedInputStream extends FilterInputStream {
        private final long cap;
        private long count;

        CappedInputStream(InputStream in, long cap) {
            super(in);
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws IOException {
            count += n;
            if (count > cap) {
                throw new BodyTooLargeException();
            }
        }
    }
}
