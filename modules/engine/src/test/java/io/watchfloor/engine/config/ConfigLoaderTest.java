package io.watchfloor.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.Criticality;
import io.watchfloor.core.SourceKind;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static WatchfloorConfig parse(String yaml) throws ConfigException {
        return ConfigLoader.parse(yaml, "watchfloor.yaml", Path.of("/etc/watchfloor"));
    }

    @Test
    void readsTheDocumentedShape() throws Exception {
        WatchfloorConfig c = parse("""
                sources:
                  - id: am
                    type: alertmanager
                    url: http://127.0.0.1:9093
                    pollInterval: 2s
                    auth: { user: noc, passwordEnv: AM_PASSWORD }
                  - id: snow
                    type: servicenow
                    url: https://acme.service-now.com
                    timeout: 20s
                    auth: { tokenEnv: SNOW_TOKEN }
                    options: { pageSize: 200 }
                services:
                  - { name: checkout, displayName: Checkout, region: eu-west, criticality: tier1,
                      slo: 99.95%, costPerMinute: 12000, currency: EUR }
                """);

        SourceConfig am = c.sources().get(0);
        assertThat(am.kind()).isEqualTo(SourceKind.ALERTMANAGER);
        assertThat(am.pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(am.auth().user()).contains("noc");
        assertThat(am.auth().passwordEnv()).contains("AM_PASSWORD");
        SourceConfig snow = c.sources().get(1);
        assertThat(snow.pollInterval()).as("default for desks").isEqualTo(Duration.ofSeconds(10));
        assertThat(snow.options()).containsEntry("timeout", "20s").containsEntry("pageSize", "200");
        assertThat(c.services()).singleElement().satisfies(s -> {
            assertThat(s.sloTarget()).isEqualTo(0.9995, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(s.criticality()).isEqualTo(Criticality.TIER_1);
            assertThat(s.costPerMinute()).isEqualByComparingTo(new BigDecimal("12000"));
        });
    }

    @Test
    void replicasOfAnHaClusterAreOneSource() throws Exception {
        WatchfloorConfig c = parse("""
                sources:
                  - { id: am, type: alertmanager, urls: [ "http://am-1:9093", "http://am-2:9093" ] }
                """);
        assertThat(c.sources().get(0).urls()).containsExactly("http://am-1:9093", "http://am-2:9093");
    }

    @Test
    void mistakesNameTheFileThePathAndWhatIsExpected() {
        assertThatThrownBy(() -> parse("sources:\n  - { type: alertmanager, url: http://x, pollInterval: 2x }\n"))
                .hasMessage("watchfloor.yaml: sources[0].pollInterval: '2x' is not a duration like 500ms, 10s, 5m, 24h or 7d");
        assertThatThrownBy(() -> parse("sources:\n  - { type: nagios, url: http://x }\n"))
                .hasMessageContaining("sources[0].type: unknown source type 'nagios' (known: alertmanager, prometheus, servicenow, icinga2, rt)");
        assertThatThrownBy(() -> parse("sources:\n  - { type: alertmanager, url: http://x, polInterval: 2s }\n"))
                .hasMessageContaining("sources[0].polInterval: unknown key");
        assertThatThrownBy(() -> parse("sources:\n  - { type: alertmanager, url: 'ftp://x' }\n"))
                .hasMessageContaining("must be an http:// or https:// URL");
        assertThatThrownBy(() -> parse("sources: []\n")).hasMessageContaining("at least one source");
        assertThatThrownBy(() -> parse("sources: [ {type: alertmanager, url: 'http:/"))
                .hasMessageStartingWith("watchfloor.yaml: not valid YAML");
    }

    @Test
    void secretsAreNeverAcceptedInline() {
        assertThatThrownBy(() -> parse("sources:\n  - { type: alertmanager, url: 'http://noc:hunter2@am:9093' }\n"))
                .hasMessageContaining("credentials must not be inside the URL")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> parse("sources:\n  - { type: alertmanager, url: http://x, auth: { password: hunter2 } }\n"))
                .hasMessageContaining("sources[0].auth.password: unknown key");
        assertThatThrownBy(() -> parse("sources:\n  - { type: alertmanager, url: http://x, auth: { user: noc } }\n"))
                .hasMessageContaining("basic auth needs both user and passwordEnv");
    }

    @Test
    void duplicateIdsAndBadServicesAreRefused() {
        assertThatThrownBy(() -> parse("sources:\n  - { type: alertmanager, url: http://a }\n  - { type: alertmanager, url: http://b }\n"))
                .hasMessageContaining("source ids must be unique");
        assertThatThrownBy(() -> parse("sources:\n  - { type: alertmanager, url: http://a }\nservices:\n  - { name: x, slo: 120% }\n"))
                .hasMessageContaining("services[0].slo");
    }

    @Test
    void missingFileIsAOneLineError(@TempDir Path dir) {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("nope.yaml"))).hasMessageEndingWith("nope.yaml: no such file");
    }

    @Test
    void sampleConfigShippedInAssetsIsValid() throws Exception {
        Path sample = Path.of("../../assets/config/watchfloor-sample.yaml");
        assertThat(Files.exists(sample)).as(sample.toAbsolutePath().toString()).isTrue();
        WatchfloorConfig c = ConfigLoader.parse(Files.readString(sample), sample.toString(), null);
        assertThat(c.sources()).extracting(SourceConfig::kind)
                .containsExactly(SourceKind.ALERTMANAGER, SourceKind.PROMETHEUS, SourceKind.SERVICENOW);
    }

    @Test
    void quickSourceSpecsBecomeSourcesNumberedByType() throws Exception {
        WatchfloorConfig c = SourceSpec.toConfig(List.of("alertmanager=http://a:9093", "alertmanager=http://b:9093",
                "prometheus=http://p:9090"));
        assertThat(c.sources()).extracting(s -> s.id().value()).containsExactly("alertmanager", "alertmanager-2", "prometheus");
        assertThatThrownBy(() -> SourceSpec.toConfig(List.of("http://a:9093")))
                .hasMessageContaining("expected TYPE=URL");
    }

    @Test
    void operatorAndEscalationMatrixAreRead() throws Exception {
        WatchfloorConfig c = parse("""
                sources: [ { type: alertmanager, url: http://a } ]
                operator: { name: priya, role: lead, ackDuration: 30m }
                escalation:
                  tiers:
                    - { name: Tier 1, group: Service Desk }
                    - { name: Duty manager, group: Duty Managers, priority: p1 }
                """);
        assertThat(c.operator().name()).contains("priya");
        assertThat(c.operator().role()).contains(io.watchfloor.core.Role.LEAD);
        assertThat(c.operator().ackDuration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(c.escalation().tiers()).hasSize(2);
        assertThat(c.escalation().tier(1).priority()).contains(io.watchfloor.core.Priority.P1);

        assertThatThrownBy(() -> parse("sources: [ { type: alertmanager, url: http://a } ]\noperator: { role: admin }\n"))
                .hasMessageContaining("operator.role: role must be viewer, operator or lead, was 'admin'");
        assertThatThrownBy(() -> parse("sources: [ { type: alertmanager, url: http://a } ]\nescalation: { tiers: [ { group: x } ] }\n"))
                .hasMessageContaining("escalation.tiers[0].name: is required");
    }
}
