package io.watchfloor.app.cli;

import io.watchfloor.engine.config.ConfigException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code watchfloor}: with no subcommand it shows the wall board. */
@Command(name = "watchfloor", mixinStandardHelpOptions = true, version = "watchfloor 0.1.0",
        description = "NOC wall-board and incident console. With no config it runs the embedded simulator.",
        subcommands = {WallCommand.class, ConsoleCommand.class, SnapshotCommand.class, AlertsCommand.class,
                IncidentsCommand.class, ActionCommands.Ack.class, ActionCommands.Unack.class,
                ActionCommands.Escalate.class, ActionCommands.Annotate.class, ActionCommands.Assign.class,
                ActionCommands.Resolve.class, ActionCommands.Silence.class, ActionCommands.CreateIncident.class,
                OutboxCommand.class, SyncCommand.class, SimulatorCommand.class})
public final class WatchfloorCommand implements Callable<Integer> {
    /** Exit code: every source answered (or the command needed none). */
    static final int OK = 0;
    /** Exit code: a configuration or command-line value is wrong. */
    static final int BAD_CONFIG = 2;
    /** Exit code: at least one source could not be read; the reasons are on stderr. */
    static final int SOURCE_FAILED = 3;

    @Mixin
    SourceOptions sources;

    @Mixin
    WallCommand.WindowOptions window;

    @Override
    public Integer call() throws Exception {
        return WallCommand.show(sources, window);
    }

    /** The configured command line: one-line reasons instead of stack traces. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new WatchfloorCommand());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof ConfigException || ex instanceof IllegalArgumentException
                    || ex instanceof io.watchfloor.store.StoreException) {
                line.getErr().println("watchfloor: " + ex.getMessage());
                return BAD_CONFIG;
            }
            line.getErr().println("watchfloor: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl;
    }
}
