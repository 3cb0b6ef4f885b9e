package veil.deid.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import veil.deid.engine.PixelScreening;

/**
 * {@code veil deid IN OUT}: the file-system runner around the {@link veil.deid.engine.InstanceEngine}. Holds an
 * exclusive lock on OUT, walks IN in a fixed order, de-identifies every DICOM file on N workers, writes each output
 * under a temporary name (fsync'd when durable), records its audit line and renames it. Re-running resumes: an output
 * whose audit record matches it is skipped, anything else is done again; temporary files of an interrupted run are
 * removed first. A full or failing output disk stops the run with a clear message (no input is blamed).
 */
public final class DeidRun {

    /** The run stopped because OUT could not be written; outputs finished so far are kept and a re-run resumes. */
    public static final class OutputUnwritable extends IOException {
        OutputUnwritable(String what) {
            super("cannot write to the output folder: " + what + ". The run stopped; finished outputs are kept and"
                    + " re-running the same command resumes.");
        }
    }

    /** Threads that wait for fsync; they use almost no CPU, and more of them in flight let the disk merge the flushes. */
    static final int COMMITTERS = 8;

    private final RunConfig config;

    public DeidRun(RunConfig config) {
        this.config = config;
    }

    public RunSummary run(RunListener listener) throws IOException, InterruptedException {
        if (!Files.isDirectory(config.input())) throw new IOException("input folder does not exist: " + config.input());
        Path in = config.input().toRealPath();   // IN given as a symbolic link is followed
        Path out = realPathOf(config.output());
        if (out.startsWith(in)) throw new IOException("the output folder must not be inside the input folder");
        if (in.startsWith(out)) throw new IOException("the input folder must not be inside the output folder");
        try (RunLock lock = RunLock.acquire(config.lockFile(), config.waitForLock(),
                () -> System.err.println("veil: another run is writing to this output folder; waiting for it to finish"))) {
            Files.createDirectories(out);
            removeStaleTemporaries(out);
            return runLocked(in, out, listener);
        }
    }

    private RunSummary runLocked(Path in, Path out, RunListener listener) throws IOException, InterruptedException {
        InputWalk walk = InputWalk.of(in, config.followLinks());
        long total = walk.files().size() + walk.notWalked().size();
        listener.started(total);
        long start = System.nanoTime();
        AtomicLong written = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        AtomicLong quarantined = new AtomicLong();
        AtomicLong unscreened = new AtomicLong();
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "veil-deid");
            t.setDaemon(true);
            return t;
        });
        // fsync waits for the disk, not the CPU: the workers hand written outputs to their own threads, so a worker starts
        // the next file while earlier ones reach the disk, and concurrent fsyncs share the file system's journal commits.
        ExecutorService committers = Executors.newFixedThreadPool(COMMITTERS, r -> {
            Thread t = new Thread(r, "veil-commit");
            t.setDaemon(true);
            return t;
        });
        // bounded: memory and temporary files stay flat on huge inputs
        Semaphore inFlight = new Semaphore(config.threads() * 4 + COMMITTERS);
        AuditLog audit = new AuditLog(config.auditFile(), config.quarantineList(), config.key().derive("path"));
        // SIGTERM: what was written reaches the disk (each line is already whole in the file; this makes it durable).
        Thread flushOnTerm = new Thread(() -> {
            try {
                audit.force();
            } catch (IOException ignored) {
                // nothing more can be done while the JVM exits
            }
        }, "veil-audit-flush");
        Runtime.getRuntime().addShutdownHook(flushOnTerm);
        FileProcessor processor = new FileProcessor(config, out, audit);
        java.util.function.Consumer<FileOutcome> counted = outcome -> {
            (switch (outcome.status()) {
                case "written" -> written;
                case "already-done" -> done;
                case "quarantined" -> quarantined;
                default -> skipped;
            }).incrementAndGet();
            if (outcome instanceof FileOutcome.Written w && w.screening() == PixelScreening.NOT_SCREENED) {
                unscreened.incrementAndGet();
            }
            listener.finished(outcome);
        };
        try {
            for (InputWalk.NotWalked n : walk.notWalked()) {
                FileOutcome o = new FileOutcome.Skipped(n.reason(), true);
                audit.record(in.relativize(n.path()).toString(), o);
                skipped.incrementAndGet();
                listener.finished(o);
            }
            for (Path file : walk.files()) {
                if (fatal.get() != null) break;
                inFlight.acquire();
                pool.execute(() -> {
                    boolean handedOver = false;
                    try {
                        if (fatal.get() != null) return;
                        FileProcessor.Staged staged = processor.stage(file, in.relativize(file).toString());
                        if (config.durable() && staged.waitsForDisk()) {
                            committers.execute(() -> {
                                try {
                                    if (fatal.get() == null) counted.accept(processor.commit(staged));
                                } catch (OutputFailure | IOException e) {
                                    fatal.compareAndSet(null, e);
                                } finally {
                                    inFlight.release();
                                }
                            });
                            handedOver = true;
                        } else {
                            counted.accept(processor.commit(staged));
                        }
                    } catch (OutputFailure | IOException e) {
                        fatal.compareAndSet(null, e);
                    } finally {
                        if (!handedOver) inFlight.release();
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(365, TimeUnit.DAYS)) throw new IllegalStateException("run did not finish");
            committers.shutdown();   // after the workers: they are the ones handing work over
            if (!committers.awaitTermination(365, TimeUnit.DAYS)) throw new IllegalStateException("run did not finish");
            Throwable f = fatal.get();
            if (f instanceof OutputFailure o) throw new OutputUnwritable(o.describe());
            if (f instanceof IOException e) {
                throw new OutputUnwritable("the audit " + config.auditFile().getFileName() + " could not be written ("
                        + (OutputFailure.isEnvironmental(e) ? new OutputFailure(e).describe() : e.getClass().getSimpleName()) + ")");
            }
            processor.syncFolders();
        } finally {
            pool.shutdownNow();
            committers.shutdownNow();
            try {
                audit.close();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(flushOnTerm);
                } catch (IllegalStateException ignored) {
                    // already shutting down
                }
            }
        }
        return new RunSummary(total, written.get(), done.get(), skipped.get(), quarantined.get(), walk.notWalked().size(), unscreened.get(),
                Duration.ofNanos(System.nanoTime() - start), config.auditFile(), config.quarantineList());
    }

    /** The real path of OUT even before it exists: its nearest existing ancestor resolved, the rest appended. */
    static Path realPathOf(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        return existing.toRealPath().resolve(existing.relativize(abs));
    }

    private static void removeStaleTemporaries(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(p -> p.getFileName().toString().endsWith(FileProcessor.TEMP_SUFFIX)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
