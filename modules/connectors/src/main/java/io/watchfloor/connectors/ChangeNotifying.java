package io.watchfloor.connectors;

/**
 * A connector that learns of upstream changes between polls (an event stream) and can tell the
 * engine to read it again at once.
 */
public interface ChangeNotifying {

    /**
     * Registers the callback to run when the upstream reports a change; it is called from the
     * connector's own stream thread and must return quickly (the engine only schedules a read).
     * Registering starts the stream; {@link SourceConnector#close()} stops it.
     */
    void onUpstreamChange(Runnable onChange);
}
