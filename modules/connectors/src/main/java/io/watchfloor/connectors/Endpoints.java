package io.watchfloor.connectors;

import io.watchfloor.connectors.SourceException.Kind;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Calling a source that has several base URLs (replicas of one HA cluster, or fallbacks). Reads try
 * each URL in order until one answers; writes move on only when the request surely never left
 * (connection refused, unknown host), so a write is never applied twice. Stateless.
 */
public final class Endpoints {
    private Endpoints() {
    }

    /** One call against one base URL. */
    @FunctionalInterface
    public interface Call<T> {
        T at(HttpUrl base) throws SourceException;
    }

    /** Reads from the first base URL that answers. */
    public static <T> T firstAnswering(List<HttpUrl> bases, String what, Call<T> call) throws SourceException {
        List<SourceException> failures = new ArrayList<>();
        for (HttpUrl base : bases) {
            try {
                return call.at(base);
            } catch (SourceException e) {
                failures.add(e);
            }
        }
        throw allFailed(what, failures);
    }

    /** Writes to the first base URL that can be connected to; any other failure is final. */
    public static <T> T firstConnecting(List<HttpUrl> bases, String what, Call<T> call) throws SourceException {
        List<SourceException> failures = new ArrayList<>();
        for (HttpUrl base : bases) {
            try {
                return call.at(base);
            } catch (SourceException e) {
                if (!TransportFailures.neverSent(e)) {
                    throw e;
                }
                failures.add(e);
            }
        }
        throw allFailed(what, failures);
    }

    /**
     * One exception for a set of failures, one per endpoint: the failure itself when there is one,
     * else "all 2 Alertmanager replicas failed: {first}; {second}" with the kind they share
     * ({@link Kind#UNREACHABLE} when they differ).
     *
     * @param what the plural noun for the endpoints ("Alertmanager replicas")
     */
    public static SourceException allFailed(String what, List<SourceException> failures) {
        if (failures.isEmpty()) {
            throw new IllegalArgumentException("no failures to combine");
        }
        if (failures.size() == 1) {
            return failures.get(0);
        }
        Kind kind = failures.get(0).kind();
        StringBuilder msg = new StringBuilder("all ").append(failures.size()).append(' ').append(what).append(" failed: ");
        for (int i = 0; i < failures.size(); i++) {
            SourceException f = failures.get(i);
            if (f.kind() != kind) {
                kind = Kind.UNREACHABLE;
            }
            msg.append(i == 0 ? "" : "; ").append(f.getMessage());
        }
        SourceException combined = new SourceException(kind, msg.toString(), failures.get(0));
        for (int i = 1; i < failures.size(); i++) {
            combined.addSuppressed(failures.get(i));
        }
        return combined;
    }
}
