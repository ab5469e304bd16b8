package io.watchfloor.engine.config;

/** A configuration value is wrong. The message names the file, the path of the value and what is expected. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
