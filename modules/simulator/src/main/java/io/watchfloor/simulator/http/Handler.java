package io.watchfloor.simulator.http;

/** Answers one request; runs under the simulator lock, so it may read and write simulator state. */
@FunctionalInterface
public interface Handler {
    Response handle(Request request);
}
