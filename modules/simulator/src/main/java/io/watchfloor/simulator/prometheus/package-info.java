/**
 * Prometheus query API of the simulator: {@code probe_success} and {@code up} per service on a 15 s grid
 * with 15 days of retention, a small PromQL subset, and window statistics computed exactly over the
 * outage intervals instead of by iterating samples.
 */
package io.watchfloor.simulator.prometheus;
