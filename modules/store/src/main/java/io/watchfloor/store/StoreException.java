package io.watchfloor.store;

/**
 * The local database could not be opened, read or written. The message is one line for operators
 * and names the data directory.
 */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
