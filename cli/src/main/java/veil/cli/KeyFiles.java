package veil.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import veil.deid.keys.SecretKey;

/** Loads the run's key file and tells the operator what they need to know about it; never prints the key. */
public final class KeyFiles {

    private KeyFiles() { }

    /**
     * @throws IOException for a file that is not a key, or a trivially weak one (the command exits 1)
     */
    public static SecretKey load(Path keyFile, String command, boolean quiet, PrintStream err) throws IOException {
        SecretKey.Loaded key = SecretKey.loadOrCreate(keyFile);
        if (key.created() && !quiet) {
            err.println("veil: created a new key in " + keyFile + " (owner-only permissions). Keep it secret and keep it:"
                    + " the same key gives the same pseudonyms, UIDs and date shifts in later runs.");
        }
        if (key.readableByOthers()) {   // even with --quiet: a warning about the secret is not progress chatter
            err.println("veil " + command + ": warning: key file " + keyFile + " can be read by its group or by others;"
                    + " anyone who can read it can re-link pseudonyms. Restrict it: chmod 600 " + keyFile);
        }
        return key.key();
    }
}
