package veil.bench.deid;

import veil.testkit.dicom.GeneratedSet;
import veil.testkit.dicom.PhiStudyGenerator;

import java.io.IOException;
import java.util.Locale;

/**
 * Writes the input set of the whole-run de-identification benchmark ({@code benchmarks/run-deid-bench}):
 * {@code --files} chest X-rays (CR and DX, explicit VR little endian, 16-bit) of {@code --size}
 * square pixels, about 8 MB each at the default 2048, PHI-seeded like the test sets.
 *
 * <pre>java -cp benchmarks/target/classes:cli/target/veil.jar veil.bench.deid.GenerateBenchSet OUT [--files 100] [--size 2048] [--seed 2] [--manifest DIR]</pre>
 *
 * Exit codes: 0 written, 1 bad arguments or the set could not be written.
 */
public final class GenerateBenchSet {
    static final int MAX_INSTANCES_PER_SERIES = 10;

    private GenerateBenchSet() {
    }

    public static void main(String[] args) {
        try {
            BenchSetRequest request = BenchSetRequest.parse(args);
            long start = System.nanoTime();
            GeneratedSet set = generator(request).write(request.output());
            if (request.manifest() != null) {
                set.writeManifest(request.manifest());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "generated %d files, %.1f MB in %.1f s under %s%n",
                    set.instances().size(), set.totalBytes() / 1e6, seconds, request.output());
        } catch (IllegalArgumentException e) {
            System.err.println("GenerateBenchSet: " + e.getMessage());
            System.err.println(BenchSetRequest.USAGE);
            System.exit(1);
        } catch (IOException e) {
            System.err.println("GenerateBenchSet: cannot write the set: " + e.getMessage());
            System.exit(1);
        }
    }

    /** One study of one series per patient; the instances per series is the largest divisor of the count up to 10. */
    static PhiStudyGenerator generator(BenchSetRequest request) {
        int perSeries = 1;
        for (int d = Math.min(MAX_INSTANCES_PER_SERIES, request.files()); d >= 1; d--) {
            if (request.files() % d == 0) {
                perSeries = d;
                break;
            }
        }
        return new PhiStudyGenerator(request.seed())
                .patients(request.files() / perSeries).studiesPerPatient(1).seriesPerStudy(1)
                .instancesPerSeries(perSeries).reports(false).computedTomography(false)
                .imageSize(request.size(), request.size());
    }
}
