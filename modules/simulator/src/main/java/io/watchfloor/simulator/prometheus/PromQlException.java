package io.watchfloor.simulator.prometheus;

/** A query the simulator refuses, with Prometheus' error type ({@code bad_data}, {@code execution}). */
final class PromQlException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String errorType;

    PromQlException(String errorType, String message) {
        super(message);
        this.errorType = errorType;
    }

    static PromQlException badData(String message) {
        return new PromQlException("bad_data", message);
    }

    String errorType() {
        return errorType;
    }

    /** The HTTP status Prometheus uses for this error type. */
    int httpStatus() {
        switch (errorType) {
            case "bad_data":
                return 400;
            case "execution":
                return 422;
            default:
                return 500;
        }
    }
}
