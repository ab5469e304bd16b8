package io.watchfloor.connectors;

import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One configured source, already validated: what a connector needs to be built.
 *
 * @param id           unique source id
 * @param kind         the upstream system type
 * @param urls         base URLs (several for an HA pair read as one source; at least one)
 * @param pollInterval how often to read it
 * @param auth         how to authenticate; secrets are referenced by environment variable name
 * @param caFile       a PEM CA bundle to trust in addition to nothing else, when set
 * @param options      type-specific settings (e.g. {@code serviceLabel}); string values
 */
public record SourceConfig(SourceId id, SourceKind kind, List<String> urls, Duration pollInterval, Auth auth,
                           Optional<Path> caFile, Map<String, String> options) {

    public SourceConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("source " + id + " needs a url");
        }
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (pollInterval.compareTo(Duration.ofMillis(100)) < 0) {
            throw new IllegalArgumentException("source " + id + ": pollInterval must be at least 100ms, was " + pollInterval);
        }
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(caFile, "caFile");
        options = Map.copyOf(options);
    }

    /** A source with one URL, no auth, no options. */
    public static SourceConfig simple(SourceId id, SourceKind kind, String url, Duration pollInterval) {
        return new SourceConfig(id, kind, List.of(url), pollInterval, Auth.NONE, Optional.empty(), Map.of());
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /**
     * Authentication by reference: the config names environment variables, never the secrets.
     *
     * @param user        basic-auth user, if basic auth
     * @param passwordEnv environment variable holding the basic-auth password
     * @param tokenEnv    environment variable holding a bearer token
     */
    public record Auth(Optional<String> user, Optional<String> passwordEnv, Optional<String> tokenEnv) {
        public static final Auth NONE = new Auth(Optional.empty(), Optional.empty(), Optional.empty());

        public Auth {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(passwordEnv, "passwordEnv");
            Objects.requireNonNull(tokenEnv, "tokenEnv");
            if (user.isPresent() != passwordEnv.isPresent()) {
                throw new IllegalArgumentException("basic auth needs both user and passwordEnv");
            }
            if (user.isPresent() && tokenEnv.isPresent()) {
                throw new IllegalArgumentException("give either user/passwordEnv or tokenEnv, not both");
            }
        }
    }
}
