package io.watchfloor.connectors;

import io.watchfloor.core.SourceId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * A PEM bundle of CA certificates turned into a trust manager that trusts exactly those CAs (not the
 * JDK's defaults). Certificate and host-name verification stay on. Read once, when a source is created.
 */
final class CaBundle {
    private final X509TrustManager trustManager;
    private final SSLContext context;

    private CaBundle(X509TrustManager trustManager, SSLContext context) {
        this.trustManager = trustManager;
        this.context = context;
    }

    /**
     * Loads the bundle.
     *
     * @throws IllegalArgumentException when the file is unreadable, not PEM/DER certificates, or empty
     */
    static CaBundle load(SourceId source, Path pem) {
        Collection<? extends Certificate> certs;
        try (InputStream in = Files.newInputStream(pem)) {
            certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("source " + source + ": cannot read CA bundle " + pem + ": " + e.getMessage(), e);
        }
        if (certs.isEmpty()) {
            throw new IllegalArgumentException("source " + source + ": CA bundle " + pem + " holds no certificates");
        }
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : certs) {
                store.setCertificateEntry("ca-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            X509TrustManager tm = x509(tmf.getTrustManagers());
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {tm}, null);
            return new CaBundle(tm, ctx);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("source " + source + ": cannot use CA bundle " + pem + ": " + e.getMessage(), e);
        }
    }

    X509TrustManager trustManager() {
        return trustManager;
    }

    SSLContext context() {
        return context;
    }

    private static X509TrustManager x509(TrustManager[] managers) throws GeneralSecurityException {
        for (TrustManager m : managers) {
            if (m instanceof X509TrustManager) {
                return (X509TrustManager) m;
            }
        }
        throw new GeneralSecurityException("no X509TrustManager available");
    }
}
