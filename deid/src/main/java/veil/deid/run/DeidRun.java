package veil.deid.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import veil.deid.engine.PixelScreening;

/**
 * {@code veil deid IN OUT}: walks IN in a fixed order, de-identifies every DICOM file on N workers, writes each
 * output under a temporary name and renames it, and records one audit line per input. Re-running resumes:
 * outputs that exist are skipped, temporary files of an interrupted run are removed first.
 */
public final class DeidRun {

    private final RunConfig config;

    public DeidRun(RunConfig config) {
        this.config = config;
    }

    public RunSummary run(RunListener listener) throws IOException, InterruptedException {
        Path in = config.input().toAbsolutePath().normalize();
        Path out = config.output().toAbsolutePath().normalize();
        if (!Files.isDirectory(in)) throw new IOException("input folder does not exist: " + config.input());
        if (out.startsWith(in)) throw new IOException("the output folder must not be inside the input folder");
        if (in.startsWith(out)) throw new IOException("the input folder must not be inside the output folder");
        Files.createDirectories(out);
        removeStaleTemporaries(out);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(in)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        listener.started(files.size());
        long start = System.nanoTime();
        AtomicLong written = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        AtomicLong quarantined = new AtomicLong();
        AtomicLong unscreened = new AtomicLong();
        FileProcessor processor = new FileProcessor(config);
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "veil-deid");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.atomic.AtomicReference<IOException> auditFailure = new java.util.concurrent.atomic.AtomicReference<>();
        Semaphore inFlight = new Semaphore(config.threads() * 4);   // bounded queue: memory stays flat on huge inputs
        try (AuditLog audit = new AuditLog(config.auditFile(), config.quarantineList(), config.key().derive("path"))) {
            for (Path file : files) {
                inFlight.acquire();
                pool.execute(() -> {
                    try {
                        FileOutcome outcome = processor.process(file);
                        (switch (outcome.status()) {
                            case "written" -> written;
                            case "already-done" -> done;
                            case "quarantined" -> quarantined;
                            default -> skipped;
                        }).incrementAndGet();
                        if (outcome instanceof FileOutcome.Written w && w.screening() == PixelScreening.NOT_SCREENED) {
                            unscreened.incrementAndGet();
                        }
                        audit.record(in.relativize(file).toString(), outcome);
                        listener.finished(outcome);
                    } catch (IOException e) {
                        auditFailure.compareAndSet(null, e);   // the audit must be complete: the run fails below
                    } finally {
                        inFlight.release();
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(365, TimeUnit.DAYS)) throw new IllegalStateException("run did not finish");
            if (auditFailure.get() != null) {
                throw new IOException("could not write the audit " + config.auditFile() + ": " + auditFailure.get().getMessage());
            }
        } finally {
            pool.shutdownNow();
        }
        return new RunSummary(files.size(), written.get(), done.get(), skipped.get(), quarantined.get(), unscreened.get(),
                Duration.ofNanos(System.nanoTime() - start), config.auditFile(), config.quarantineList());
    }

    private static void removeStaleTemporaries(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(p -> p.getFileName().toString().endsWith(FileProcessor.TEMP_SUFFIX)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
