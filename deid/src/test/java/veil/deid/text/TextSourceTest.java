package veil.deid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.deid.text.io.CsvRewriter;
import veil.deid.text.io.InputException;
import veil.deid.text.io.TextDocument;
import veil.deid.text.io.TextSource;

class TextSourceTest {
    @TempDir
    Path dir;

    @Test
    void readsCsvColumnsByName() throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "id,pid,report\nA1,P9,\"Seen by Dr. Okafor, 3/14\"\n");
        List<TextDocument> docs = new TextSource(csv, "report", "id", "pid").read();
        assertThat(docs).containsExactly(new TextDocument("A1", "P9", "Seen by Dr. Okafor, 3/14"));
    }

    @Test
    void namesTheAvailableColumnsWhenOneIsMissing() throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "id,report\nA1,x\n");
        assertThatThrownBy(() -> new TextSource(csv, "text", "id", null).read())
                .isInstanceOf(InputException.class).hasMessageContaining("--column text").hasMessageContaining("id, report");
    }

    @Test
    void refusesMissingPathsAndCsvWithoutColumn() throws Exception {
        assertThatThrownBy(() -> new TextSource(dir.resolve("nope.txt"), null, null, null).read()).isInstanceOf(InputException.class);
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "id,report\n");
        assertThatThrownBy(() -> new TextSource(csv, null, null, null).read()).hasMessageContaining("--column");
    }

    @Test
    void readsFoldersOfTextFilesInOrder() throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "two");
        Files.writeString(dir.resolve("1.txt"), "one");
        Files.writeString(dir.resolve("skip.dcm"), "x");
        assertThat(new TextSource(dir, null, null, null).read()).extracting(TextDocument::text).containsExactly("one", "two");
    }

    @Test
    void rewritesOnlyTheTextColumnOfACsv() throws Exception {
        Path in = dir.resolve("in.csv"), out = dir.resolve("out.csv");
        Files.writeString(in, "id,report,n\nA1,Dr. Okafor,3\n");
        CsvRewriter.write(in, out, "report", List.of("Dr. [NAME]"));
        assertThat(Files.readString(out)).isEqualTo("id,report,n\r\nA1,Dr. [NAME],3\r\n");
    }

    @Test
    void aDocumentOverTheLimitIsRefusedWithItsNameAndNotScanned() throws Exception {
        Path big = dir.resolve("all-reports.txt");
        Files.writeString(big, "x".repeat(veil.deid.text.io.TextSource.MAX_DOCUMENT_CHARS + 1));
        assertThatThrownBy(() -> new TextSource(big, null, null, null).forEach(d -> { }))
                .isInstanceOf(InputException.class).hasMessageContaining("document all-reports.txt is")
                .hasMessageContaining("the limit is 1000000 characters per document");
    }

    @Test
    void documentsAreStreamedOneAtATimeInOrder() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "one");
        Files.writeString(dir.resolve("b.txt"), "two");
        java.util.List<String> seen = new java.util.ArrayList<>();
        new TextSource(dir, null, null, null).forEach(d -> seen.add(d.text()));
        assertThat(seen).containsExactly("one", "two");
    }

    @Test
    void anUnterminatedQuoteInACsvNamesItsLine() throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "id,text\n1,fine\n2,\"never closed\n3,more\n");
        assertThatThrownBy(() -> new TextSource(csv, "text", "id", null).read())
                .isInstanceOf(InputException.class).hasMessageEndingWith("line 3: a quoted field is never closed (unterminated quote)");
    }
}
