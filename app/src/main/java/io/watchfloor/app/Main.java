package io.watchfloor.app;

import io.watchfloor.app.cli.WatchfloorCommand;
import picocli.CommandLine;

/**
 * Entry point. Deliberately not a JavaFX {@code Application}: on the class path that avoids
 * "JavaFX runtime components are missing", and commands that need no window never start a toolkit.
 */
public final class Main {
    /**
     * JavaFX warns "Unsupported JavaFX configuration" whenever it runs from the class path, which is how
     * Watchfloor runs (ADR 0001); the warning is noise for an operator. Held here so it is not collected.
     */
    private static final java.util.logging.Logger FX_PLATFORM_LOG =
            java.util.logging.Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        FX_PLATFORM_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(WatchfloorCommand.commandLine().execute(args));
    }
}
