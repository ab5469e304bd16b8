package io.watchfloor.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.connectors.alertmanager.AlertmanagerConnector;
import io.watchfloor.connectors.prometheus.PrometheusConnector;
import io.watchfloor.connectors.servicenow.ServiceNowConnector;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectorsTest {

    private static SourceConnector create(SourceKind kind, String... urls) {
        return Connectors.create(Fixtures.config(kind, List.of(urls), Map.of()), Fixtures.SHARED, Fixtures.CLOCK, Fixtures.NO_ENV);
    }

    @Test
    void createChoosesTheConnectorByKind() {
        assertThat(create(SourceKind.ALERTMANAGER, "http://am-a:9093", "http://am-b:9093"))
                .isInstanceOf(AlertmanagerConnector.class);
        assertThat(create(SourceKind.PROMETHEUS, "http://prom:9090")).isInstanceOf(PrometheusConnector.class);
        SourceConnector snow = create(SourceKind.SERVICENOW, "https://acme.service-now.com");
        assertThat(snow).isInstanceOf(ServiceNowConnector.class);
        assertThat(snow.kind()).isEqualTo(SourceKind.SERVICENOW);
        assertThat(snow.id()).isEqualTo(SourceId.of("serv"));
    }

    @Test
    void endpointListsEveryReplicaWithoutCredentials() {
        SourceConnector am = create(SourceKind.ALERTMANAGER, "http://u:pw@am-a:9093/", "http://am-b:9093/");

        assertThat(am.endpoint()).isEqualTo("http://am-a:9093/, http://am-b:9093/");
    }

    @Test
    void createFailsClearlyWhenASecretIsMissing() {
        SourceConfig cfg = new SourceConfig(SourceId.of("snow"), SourceKind.SERVICENOW, List.of("https://acme.service-now.com"),
                Duration.ofSeconds(30), new SourceConfig.Auth(Optional.of("noc"), Optional.of("SNOW_PASSWORD"), Optional.empty()),
                Optional.empty(), Map.of());

        assertThatThrownBy(() -> Connectors.create(cfg, Fixtures.SHARED, Fixtures.CLOCK, Fixtures.NO_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source snow: environment variable SNOW_PASSWORD is not set");
    }

    @Test
    void sharedClientHasExplicitTimeouts() {
        assertThat(Fixtures.SHARED.callTimeoutMillis()).isEqualTo(30_000);
        assertThat(Fixtures.SHARED.connectTimeoutMillis()).isEqualTo(10_000);
        assertThat(Fixtures.SHARED.followSslRedirects()).isFalse();
    }
}
