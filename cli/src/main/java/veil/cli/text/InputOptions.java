package veil.cli.text;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import veil.deid.text.io.TextSource;

/** The CSV options shared by scan and redact. */
final class InputOptions {
    @Option(names = "--column", paramLabel = "TEXT", description = "CSV input: the column holding the text.")
    String column;

    @Option(names = "--id-column", paramLabel = "ID", description = "CSV input: the column naming each row (default: row number).")
    String idColumn;

    @Option(names = "--patient-column", paramLabel = "PID", description = "CSV input: the column with the patient id (surrogate dates shift per patient).")
    String patientColumn;

    TextSource source(Path path) {
        return new TextSource(path, column, idColumn, patientColumn);
    }
}
