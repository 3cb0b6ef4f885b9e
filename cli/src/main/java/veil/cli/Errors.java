package veil.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import veil.rules.ProfileException;

/** Turns failures into one clear line on stderr and exit code 1; a stack trace only with VEIL_DEBUG=1. */
final class Errors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        String message;
        if (e instanceof ProfileException || e instanceof IllegalArgumentException || e instanceof UserError) {
            message = e.getMessage();
        } else if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            message = "no such file or folder: " + e.getMessage();
        } else if (e instanceof IOException) {
            message = e.getMessage();
        } else {
            message = "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        cl.getErr().println("veil " + cl.getCommandName() + ": " + message);
        if ("1".equals(System.getenv("VEIL_DEBUG"))) e.printStackTrace(cl.getErr());
        return 1;
    }

    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("veil: " + e.getMessage());
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
        return 1;
    }
}
