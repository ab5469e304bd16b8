/**
 * Alertmanager API v2 of the simulator: alerts derived from the scenario's firing episodes, silences
 * with Alertmanager's validation, update and expiry rules, groups by (alertname, service), status.
 */
package io.watchfloor.simulator.alertmanager;
