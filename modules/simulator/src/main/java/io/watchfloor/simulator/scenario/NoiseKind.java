package io.watchfloor.simulator.scenario;

import java.util.List;

/**
 * The everyday alerts that come and go on any service: what a NOC sees between outages.
 *
 * @param alertname   rule name
 * @param severity    severity label
 * @param minMinutes  shortest firing time
 * @param maxMinutes  longest firing time
 * @param summary     summary annotation
 * @param description description annotation
 * @param exprFormat  rule expression, {@code %s} is the service name
 */
record NoiseKind(String alertname, String severity, double minMinutes, double maxMinutes, String summary,
                 String description, String exprFormat) {

    static final List<NoiseKind> ALL = List.of(
            new NoiseKind("HighCpuUsage", "warning", 3, 20, "CPU above 85 % on one node",
                    "Sustained CPU usage above 85 % for 5 minutes.", "avg by (instance) (rate(process_cpu_seconds_total{service=\"%s\"}[5m])) > 0.85"),
            new NoiseKind("PodRestarting", "warning", 2, 10, "Container restarted 3 times in 15 minutes",
                    "A container is crash-looping.", "increase(kube_pod_container_status_restarts_total{service=\"%s\"}[15m]) >= 3"),
            new NoiseKind("HighMemoryUsage", "warning", 5, 30, "Memory above 90 % of the limit",
                    "Heap usage close to the container limit.", "container_memory_working_set_bytes{service=\"%s\"} / container_spec_memory_limit_bytes > 0.9"),
            new NoiseKind("SlowQueries", "warning", 3, 12, "Database queries slower than 250 ms",
                    "p95 query latency above 250 ms.", "histogram_quantile(0.95, rate(db_query_duration_seconds_bucket{service=\"%s\"}[5m])) > 0.25"),
            new NoiseKind("QueueDepthHigh", "minor", 4, 15, "Work queue depth above 1,000",
                    "Consumers are falling behind.", "queue_depth{service=\"%s\"} > 1000"),
            new NoiseKind("ErrorBudgetBurnRate", "minor", 10, 40, "Error budget burning 6x faster than allowed",
                    "At this rate the monthly error budget is spent in 5 days.", "slo:error_budget_burn_rate:1h{service=\"%s\"} > 6"),
            new NoiseKind("LatencyP95High", "minor", 3, 12, "p95 latency above objective",
                    "Requests are slower than the latency objective.", "histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service=\"%s\"}[5m]))) > 0.5"),
            new NoiseKind("Http5xxRateHigh", "major", 2, 8, "HTTP 5xx rate above 1 %",
                    "A share of requests fail with server errors.", "sum(rate(http_requests_total{service=\"%s\",code=~\"5..\"}[5m])) / sum(rate(http_requests_total{service=\"%s\"}[5m])) > 0.01"),
            new NoiseKind("JvmGcPauseLong", "warning", 2, 6, "GC pauses above 500 ms",
                    "Long garbage collection pauses.", "max_over_time(jvm_gc_pause_seconds_max{service=\"%s\"}[5m]) > 0.5"),
            new NoiseKind("DeploymentInProgress", "info", 3, 10, "Deployment rolling out",
                    "A new version is being rolled out.", "kube_deployment_status_observed_generation{service=\"%s\"} != kube_deployment_metadata_generation"),
            new NoiseKind("CanaryAnalysisRunning", "info", 5, 15, "Canary analysis running",
                    "A canary release is under automated analysis.", "canary_analysis_running{service=\"%s\"} == 1"));

    /**
     * Page-worthy rules that the population draws now and then (the noise generator never does: the live
     * scenario keeps its criticals for outages).
     */
    static final List<NoiseKind> CRITICAL = List.of(
            new NoiseKind("KubePodCrashLooping", "critical", 5, 30, "Pod crash-looping for 15 minutes",
                    "A pod restarts continuously and serves no traffic.", "rate(kube_pod_container_status_restarts_total{service=\"%s\"}[15m]) * 60 * 5 > 0"),
            new NoiseKind("DiskWillFillIn4Hours", "critical", 10, 60, "Disk will fill within 4 hours",
                    "At the current write rate the data volume is full in less than 4 hours.", "predict_linear(node_filesystem_avail_bytes{service=\"%s\"}[6h], 4 * 3600) < 0"),
            new NoiseKind("ErrorRateCritical", "critical", 3, 20, "HTTP 5xx rate above 5 %",
                    "One request in twenty fails.", "sum(rate(http_requests_total{service=\"%s\",code=~\"5..\"}[5m])) / sum(rate(http_requests_total{service=\"%s\"}[5m])) > 0.05"));

    String expr(String service) {
        return exprFormat.replace("%s", service);
    }
}
