package veil.qa.manifest;

/** A manifest could not be read; the message says what is wrong in words a user can act on. */
public class ManifestException extends RuntimeException {
    public ManifestException(String message) { super(message); }
    public ManifestException(String message, Throwable cause) { super(message, cause); }
}
