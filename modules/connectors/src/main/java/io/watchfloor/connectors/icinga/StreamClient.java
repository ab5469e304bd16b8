package io.watchfloor.connectors.icinga;

import io.watchfloor.connectors.SourceConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/**
 * The HTTP client for Icinga's long-lived event stream: the shared client's pool and dispatcher, the
 * source's basic auth and CA bundle, and no read or call timeout (the stream is silent while nothing
 * happens; {@link IcingaEventStream#close()} cancels it). The request/response client of
 * {@link io.watchfloor.connectors.SourceHttp} has a 10 s read timeout and does not expose a streaming
 * variant, so the source's credentials and CA are applied here the same way (see the report: a
 * {@code SourceHttp.streaming()} would remove this).
 */
final class StreamClient {
    private StreamClient() {
    }

    /**
     * @throws IllegalArgumentException when the password variable is unset or the CA bundle unusable
     */
    static OkHttpClient create(SourceConfig cfg, OkHttpClient shared, Duration connectTimeout,
                               Function<String, Optional<String>> env) {
        OkHttpClient.Builder b = shared.newBuilder()
                .connectTimeout(connectTimeout)
                .readTimeout(Duration.ZERO)
                .callTimeout(Duration.ZERO);
        if (cfg.auth().user().isPresent()) {
            String variable = cfg.auth().passwordEnv().orElseThrow();
            String password = env.apply(variable).orElse("");
            if (password.isEmpty()) {
                throw new IllegalArgumentException("source " + cfg.id() + ": environment variable " + variable + " is not set");
            }
            String header = Credentials.basic(cfg.auth().user().get(), password, StandardCharsets.UTF_8);
            b.addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("Authorization", header).build()));
        }
        if (cfg.caFile().isPresent()) {
            X509TrustManager tm = trustManager(cfg, cfg.caFile().get());
            try {
                SSLContext ctx = SSLContext.getInstance("TLS");
                ctx.init(null, new TrustManager[] {tm}, null);
                b.sslSocketFactory(ctx.getSocketFactory(), tm);
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("source " + cfg.id() + ": cannot use CA bundle: " + e.getMessage(), e);
            }
        }
        return b.build();
    }

    private static X509TrustManager trustManager(SourceConfig cfg, Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, c);
            }
            if (i == 0) {
                throw new IllegalArgumentException("source " + cfg.id() + ": CA bundle " + pem + " holds no certificates");
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            for (TrustManager m : tmf.getTrustManagers()) {
                if (m instanceof X509TrustManager) {
                    return (X509TrustManager) m;
                }
            }
            throw new GeneralSecurityException("no X509TrustManager");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("source " + cfg.id() + ": cannot read CA bundle " + pem + ": " + e.getMessage(), e);
        }
    }
}
