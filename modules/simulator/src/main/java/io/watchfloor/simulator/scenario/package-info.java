/**
 * The simulated world shared by the API packages: estate, desk directory, simulated time, the seeded
 * scenario plan (history, opening scene, cascades, noise, background tickets) and injected events.
 * Public only so the sibling API packages can read it; it is not an API for other modules.
 */
package io.watchfloor.simulator.scenario;
