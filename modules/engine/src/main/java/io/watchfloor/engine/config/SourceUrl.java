package io.watchfloor.engine.config;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks a source URL: absolute http(s), a host, and no credentials inside it. */
final class SourceUrl {
    private SourceUrl() {
    }

    static void check(String url, String path) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ConfigLoader.ConfigError(path + ".url", "'" + url + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new ConfigLoader.ConfigError(path + ".url", "'" + url + "' must be an http:// or https:// URL with a host");
        }
        if (uri.getUserInfo() != null) {
            throw new ConfigLoader.ConfigError(path + ".url",
                    "credentials must not be inside the URL; use auth.user/passwordEnv or auth.tokenEnv");
        }
    }
}
