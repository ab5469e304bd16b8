package io.watchfloor.connectors;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.Credentials;
import okhttp3.Headers;
import okhttp3.OkHttpClient;

/**
 * Derives one source's {@link OkHttpClient} from the shared one ({@code shared.newBuilder()}, so the
 * connection pool and dispatcher stay shared): explicit timeouts, authentication resolved from the
 * environment, and the source's own CA bundle. Configuration errors surface here, at creation.
 */
final class SourceClients {
    private SourceClients() {
    }

    /**
     * @param timeout connect, read and write timeout; the whole call may take twice as long
     * @throws IllegalArgumentException when a referenced environment variable is unset or empty, or the
     *                                  CA bundle cannot be used
     */
    static OkHttpClient forSource(SourceConfig cfg, OkHttpClient shared, Duration timeout,
                                  Function<String, Optional<String>> env) {
        long ms = timeout.toMillis();
        OkHttpClient.Builder b = shared.newBuilder()
                .connectTimeout(ms, TimeUnit.MILLISECONDS)
                .readTimeout(ms, TimeUnit.MILLISECONDS)
                .writeTimeout(ms, TimeUnit.MILLISECONDS)
                .callTimeout(2 * ms, TimeUnit.MILLISECONDS);
        authorization(cfg, env).ifPresent(b::addInterceptor);
        cfg.caFile().ifPresent(pem -> {
            CaBundle ca = CaBundle.load(cfg.id(), pem);
            b.sslSocketFactory(ca.context().getSocketFactory(), ca.trustManager());
        });
        return b.build();
    }

    private static Optional<AuthInterceptor> authorization(SourceConfig cfg, Function<String, Optional<String>> env) {
        SourceConfig.Auth auth = cfg.auth();
        if (auth.user().isPresent()) {
            String password = secret(cfg, auth.passwordEnv().orElseThrow(), env, false);
            String value = Credentials.basic(auth.user().get(), password, java.nio.charset.StandardCharsets.UTF_8);
            return Optional.of(new AuthInterceptor(checked(cfg, value, auth.passwordEnv().get()), "basic"));
        }
        if (auth.tokenEnv().isPresent()) {
            String token = secret(cfg, auth.tokenEnv().get(), env, true);
            return Optional.of(new AuthInterceptor(checked(cfg, "Bearer " + token, auth.tokenEnv().get()), "bearer"));
        }
        return Optional.empty();
    }

    private static String secret(SourceConfig cfg, String variable, Function<String, Optional<String>> env, boolean strip) {
        String value = env.apply(variable).map(v -> strip ? v.strip() : v).orElse("");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("source " + cfg.id() + ": environment variable " + variable + " is not set");
        }
        return value;
    }

    /** Rejects secrets OkHttp could not put in a header, without echoing them. */
    private static String checked(SourceConfig cfg, String headerValue, String variable) {
        try {
            Headers.of("Authorization", headerValue);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("source " + cfg.id() + ": environment variable " + variable
                    + " holds characters not allowed in an HTTP header (a stray newline?)");
        }
        return headerValue;
    }
}
