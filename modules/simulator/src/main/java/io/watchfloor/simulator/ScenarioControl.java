package io.watchfloor.simulator;

/**
 * Test hooks that inject events at the current simulated instant. Works in both modes; in SCRIPTED mode
 * nothing else happens. Unknown service names are an {@link IllegalArgumentException}. Thread-safe.
 */
public interface ScenarioControl {
    /**
     * The service's probe fails ({@code probe_success} and {@code up} read 0), a critical
     * {@code BlackboxProbeFailed} alert fires on it, and a P1 incident with response and resolution
     * SLAs opens. {@link IllegalStateException} if an outage of it is already in progress.
     */
    void startOutage(String serviceName);

    /**
     * Ends the outage started by {@link #startOutage}: the probe recovers, the alert resolves (vanishes
     * from GET) and the incident resolves (state 6, active=false) unless an operator already closed it.
     */
    void endOutage(String serviceName);

    /** One extra alert on {@code service} firing from now until {@link #resolveAlert}. */
    void fireAlert(String service, String alertname, String severity);

    /** Resolves the extra alerts with this service and name. */
    void resolveAlert(String service, String alertname);

    /**
     * Adds a user to the simulated ServiceNow desk ({@code sys_user}), with no group, so incidents can be
     * assigned to that name (or its login, the lower-cased name with non-alphanumerics as dots) and it can
     * be the caller of incidents. Demo mode adds the operator (the OS user) this way. A no-op when such a
     * user exists; {@link IllegalArgumentException} for a blank name. Does not change the scenario.
     */
    void addUser(String name);
}
