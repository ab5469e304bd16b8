/**
 * The loopback HTTP layer of the simulator: one JDK {@code HttpServer}, a router with per-system error
 * styles, and immutable request/response values. Handlers run one at a time under the simulator lock.
 */
package io.watchfloor.simulator.http;
