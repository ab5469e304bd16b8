package io.watchfloor.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the board's data comes from: a config file, quick {@code --source} specs, or the demo simulator. */
public final class SourceOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file (default: $XDG_CONFIG_HOME/watchfloor/watchfloor.yaml if it exists).")
    Path config;

    @Option(names = "--source", paramLabel = "TYPE=URL",
            description = "Read this source, unauthenticated (repeatable), e.g. alertmanager=http://127.0.0.1:9093."
                    + " Types: alertmanager, prometheus, servicenow, icinga2, rt.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--demo", description = "Use the embedded simulator (the default when no config and no --source).")
    boolean demo;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Simulator seed (demo only). Default ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1.0",
            description = "Simulated time runs X times faster (demo only). Default ${DEFAULT-VALUE}.")
    double speed;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the local database (cache, outbox, audit trail, history) lives. Default: $XDG_DATA_HOME/watchfloor.")
    Path dataDir;

    @Option(names = "--operator", paramLabel = "NAME",
            description = "Who acts (default: operator.name in the config, else the OS user).")
    String operator;

    @Option(names = "--role", paramLabel = "ROLE",
            description = "viewer, operator or lead (default: operator.role in the config, else operator).")
    String role;

    /**
     * The data directory: --data-dir, else the {@code watchfloor.dataDir} system property (the build
     * points it into target/ so tests never touch a home directory), else $XDG_DATA_HOME/watchfloor,
     * else ~/.local/share/watchfloor.
     */
    Path dataDir() {
        if (dataDir != null) {
            return dataDir;
        }
        String property = System.getProperty("watchfloor.dataDir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("watchfloor");
    }

    /** The config file to use when neither --config nor --source nor --demo was given. */
    static Optional<Path> userConfig() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        Path p = base.resolve("watchfloor").resolve("watchfloor.yaml");
        return p.toFile().isFile() ? Optional.of(p) : Optional.empty();
    }
}
