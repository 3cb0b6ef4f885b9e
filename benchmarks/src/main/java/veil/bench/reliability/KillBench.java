package veil.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import veil.deid.io.InstanceReader;
import veil.deid.io.InstanceWriter;

/**
 * Kills {@code veil deid} (the launcher users run) at random points, with SIGKILL or SIGTERM, and checks after each
 * kill what the README promises: no partial output under a final name, no released file without its audit line, no
 * torn audit line; then lets a last run finish and checks that every input was released exactly once.
 *
 * <p>{@code KillBench LAUNCHER SOURCE.dcm WORK [files] [kills] [seed]}
 */
public final class KillBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KillBench() { }

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args[0]);
        Path source = Path.of(args[1]);
        Path work = Path.of(args[2]);
        int files = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int kills = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        Random random = new Random(args.length > 5 ? Long.parseLong(args[5]) : 7);
        Path in = work.resolve("in");
        Path out = work.resolve("out");
        Path key = work.resolve("key");
        Files.createDirectories(in);
        for (int i = 0; i < files; i++) {
            AttributeList l = InstanceReader.readFull(source);
            UniqueIdentifierAttribute sop = new UniqueIdentifierAttribute(TagFromName.SOPInstanceUID);
            sop.addValue("1.2.826.0.1.3680043.9.7433.77." + i);
            l.put(sop);
            InstanceWriter.writeWhole(l, "1.2.840.10008.1.2.1", in.resolve(String.format("f%05d.dcm", i)));
        }
        Path audit = work.resolve("out.audit.jsonl");
        int sigkill = 0, sigterm = 0, finishedBeforeKill = 0, partial = 0, unaudited = 0, torn = 0;
        for (int k = 0; k < kills; k++) {
            Process p = new ProcessBuilder(launcher.toString(), "deid", in.toString(), out.toString(), "--key-file", key.toString(),
                    "--quiet", "--threads", "2").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(300 + random.nextInt(2500));
            if (!p.isAlive()) {
                finishedBeforeKill++;
            } else if (random.nextBoolean()) {
                p.destroyForcibly();
                sigkill++;
            } else {
                p.destroy();
                sigterm++;
            }
            p.waitFor(60, TimeUnit.SECONDS);
            int[] c = check(out, audit);
            partial += c[0];
            unaudited += c[1];
            torn += c[2];
        }
        Process last = new ProcessBuilder(launcher.toString(), "deid", in.toString(), out.toString(), "--key-file", key.toString(),
                "--quiet").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = last.waitFor();
        int[] c = check(out, audit);
        long outputs = count(out);
        System.out.printf("%n| kills | SIGKILL | SIGTERM | run ended before its kill | partial outputs | released without audit line"
                + " | torn audit lines | outputs after the last run | last run's exit |%n");
        System.out.printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n");
        System.out.printf("| %d | %d | %d | %d | %d | %d | %d | %d of %d | %d |%n", kills, sigkill, sigterm, finishedBeforeKill,
                partial + c[0], unaudited + c[1], torn + c[2], outputs, files, exit);
    }

    /** @return partial outputs, released files without an audit line, audit lines that do not parse */
    static int[] check(Path out, Path audit) throws Exception {
        int partial = 0, unaudited = 0, torn = 0;
        Set<String> audited = new HashSet<>();
        if (Files.exists(audit)) {
            for (String line : Files.readAllLines(audit)) {
                try {
                    JsonNode n = JSON.readTree(line);
                    if ("written".equals(n.path("status").asText())) audited.add(n.get("output").asText());
                } catch (Exception e) {
                    torn++;
                }
            }
        }
        if (!Files.exists(out)) return new int[] {0, 0, torn};
        List<Path> outputs;
        try (Stream<Path> s = Files.walk(out)) {
            outputs = s.filter(p -> p.toString().endsWith(".dcm")).toList();
        }
        for (Path f : outputs) {
            try {
                if (InstanceReader.readFull(f).get(TagFromName.PixelData) == null) partial++;
            } catch (Exception e) {
                partial++;
            }
            if (!audited.contains(out.relativize(f).toString())) unaudited++;
        }
        return new int[] {partial, unaudited, torn};
    }

    static long count(Path out) throws Exception {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".dcm")).count();
        }
    }
}
