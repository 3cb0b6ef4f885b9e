package veil.deid.text.io;

/** Input that cannot be read as asked (missing path, wrong CSV columns); the message is safe to print. */
public final class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}
