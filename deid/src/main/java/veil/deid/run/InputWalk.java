package veil.deid.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The inputs of a run, in a fixed order, and what in IN could not be walked. Nothing is passed over silently: a
 * symbolic link to a folder (unless links are followed), a folder that cannot be read and a link loop are each listed
 * with a reason, so the operator sees what was not looked at.
 */
record InputWalk(List<Path> files, List<NotWalked> notWalked) {

    record NotWalked(Path path, String reason) { }

    static InputWalk of(Path in, boolean followLinks) throws IOException {
        Visitor v = new Visitor();
        Set<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
        Files.walkFileTree(in, options, Integer.MAX_VALUE, v);
        v.files.sort(null);
        v.notWalked.sort((a, b) -> a.path().compareTo(b.path()));
        return new InputWalk(List.copyOf(v.files), List.copyOf(v.notWalked));
    }

    static final class Visitor extends SimpleFileVisitor<Path> {
        final List<Path> files = new ArrayList<>();
        final List<NotWalked> notWalked = new ArrayList<>();

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
                files.add(file);
            } else if (attrs.isSymbolicLink()) {
                // Without FOLLOW_LINKS a link arrives here: a link to a file is read through; a link to a folder is not walked.
                if (Files.isDirectory(file)) notWalked.add(new NotWalked(file, "symbolic link to a folder, not walked (use --follow-links)"));
                else if (Files.isRegularFile(file)) files.add(file);
                else notWalked.add(new NotWalked(file, "broken symbolic link"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            String why = e instanceof FileSystemLoopException ? "symbolic link loop, not walked again"
                    : e instanceof AccessDeniedException ? "cannot be read (permission denied), not walked"
                    : "cannot be read (" + e.getClass().getSimpleName() + "), not walked";
            notWalked.add(new NotWalked(file, why));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) notWalked.add(new NotWalked(dir, "listing failed part-way (" + e.getClass().getSimpleName() + ")"));
            return FileVisitResult.CONTINUE;
        }
    }
}
