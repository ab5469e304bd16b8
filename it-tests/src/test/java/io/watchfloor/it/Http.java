package io.watchfloor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The tests' own plain HTTP access to the servers, independent of the connectors under test. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    static final MediaType JSON_TYPE = MediaType.get("application/json");
    private final OkHttpClient client;

    Http(OkHttpClient client) {
        this.client = client;
    }

    static Http plain() {
        return new Http(new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build());
    }

    JsonNode get(String url) throws IOException {
        return call(new Request.Builder().url(url).header("Accept", "application/json").build());
    }

    JsonNode post(String url, String json) throws IOException {
        return call(new Request.Builder().url(url).header("Accept", "application/json")
                .post(RequestBody.create(json, JSON_TYPE)).build());
    }

    JsonNode call(Request request) throws IOException {
        try (Response r = client.newCall(request).execute()) {
            String body = r.body().string();
            if (!r.isSuccessful()) {
                throw new IOException(request.method() + " " + request.url() + " -> " + r.code() + ": " + body);
            }
            return body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        }
    }
}
