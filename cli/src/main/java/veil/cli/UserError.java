package veil.cli;

/** A mistake in what the user asked for; printed as it is, exit code 1. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
