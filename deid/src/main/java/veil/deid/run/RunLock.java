package veil.deid.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run per OUT: an exclusive lock on {@code OUT.lock}, held until the run ends. The operating system releases it
 * when the process dies, so a crash never leaves OUT locked.
 */
final class RunLock implements AutoCloseable {

    /** Another run holds OUT. */
    static final class Busy extends IOException {
        Busy(Path lockFile) {
            super("another veil run is writing to this output folder (lock " + lockFile.getFileName()
                    + "); wait for it to finish, or use --wait");
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static RunLock acquire(Path lockFile, boolean wait, Runnable onWait) throws IOException, InterruptedException {
        Files.createDirectories(lockFile.toAbsolutePath().getParent());
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            boolean told = false;
            while (true) {
                FileLock l = tryLock(ch);
                if (l != null) return new RunLock(ch, l);
                if (!wait) throw new Busy(lockFile);
                if (!told) {
                    onWait.run();
                    told = true;
                }
                Thread.sleep(200);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** A lock held by this same process (another run in this JVM) counts as held, like one held by another process. */
    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            lock.release();
        }
    }
}
