package io.watchfloor.connectors;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds a pre-computed {@code Authorization} header to every request of one source. As an application
 * interceptor it runs before redirects, so OkHttp drops the header when a redirect leaves the host.
 * Immutable; never prints the secret.
 */
final class AuthInterceptor implements Interceptor {
    private final String headerValue;
    private final String scheme;

    AuthInterceptor(String headerValue, String scheme) {
        this.headerValue = headerValue;
        this.scheme = scheme;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (chain.request().header("Authorization") != null) {
            return chain.proceed(chain.request());
        }
        return chain.proceed(chain.request().newBuilder().header("Authorization", headerValue).build());
    }

    @Override
    public String toString() {
        return "AuthInterceptor[" + scheme + ", credentials redacted]";
    }
}
