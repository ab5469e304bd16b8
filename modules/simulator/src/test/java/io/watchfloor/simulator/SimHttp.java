package io.watchfloor.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for the tests: real requests to the running simulator, JSON answers. */
final class SimHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    /** A response: status, headers, body. */
    record Answer(int status, HttpResponse<String> raw) {
        String body() {
            return raw.body();
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }
    }

    SimHttp(URI base) {
        this.base = base;
    }

    Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    /** Resolves against the base, escaping the characters ServiceNow queries use but URIs forbid. */
    private URI uri(String pathAndQuery) {
        String escaped = pathAndQuery.replace("^", "%5E").replace(" ", "%20").replace("\"", "%22")
                .replace("{", "%7B").replace("}", "%7D").replace("|", "%7C").replace("<", "%3C").replace(">", "%3E");
        return base.resolve(escaped);
    }

    Answer send(String method, String pathAndQuery, String json) {
        HttpRequest.BodyPublisher body = json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", "application/json")
                .method(method, body));
    }

    /** A JSON write authenticated with Basic auth as {@code user}. */
    Answer sendAs(String user, String method, String pathAndQuery, String json) {
        String basic = java.util.Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8));
        HttpRequest.BodyPublisher body = json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + basic).method(method, body));
    }

    Answer postForm(String path, String form) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = client.send(builder.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
