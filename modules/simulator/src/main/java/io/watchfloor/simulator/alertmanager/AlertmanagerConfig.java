package io.watchfloor.simulator.alertmanager;

/** The configuration the simulated Alertmanager reports in {@code /api/v2/status}. */
final class AlertmanagerConfig {
    static final String YAML = """
            global:
              resolve_timeout: 5m
            route:
              receiver: noc-default
              group_by:
              - alertname
              - service
              group_wait: 30s
              group_interval: 5m
              repeat_interval: 4h
            receivers:
            - name: noc-default
            templates: []
            """;

    private AlertmanagerConfig() {
    }
}
