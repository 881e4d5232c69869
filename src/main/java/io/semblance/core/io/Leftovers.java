// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The hidden temporary files and folders outputs are written into before they are moved into place. While one is
 * being written it is registered here and holds an operating-system lock: a shutdown hook (Ctrl-C, SIGTERM, closing
 * the window) deletes whatever is registered, and what a killed process (SIGKILL, power loss) left behind is
 * recognised by its name and its released lock, and deleted the next time the same output is written.
 */
final class Leftovers {
    /** Younger leftovers are left alone: a live writer may be between closing its temporary file and moving it. */
    static final long MIN_AGE_MILLIS = 2_000;

    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();
    private static volatile boolean closing;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Leftovers::deleteAll, "semblance-cleanup"));
    }

    private Leftovers() {
    }

    /** Registers a temporary file or folder for deletion should the process end before it is moved or deleted. */
    static void add(Path p) throws IOException {
        if (closing) {
            throw new IOException("the application is closing; nothing more is written");
        }
        IN_PROGRESS.add(p);
    }

    static void remove(Path p) {
        IN_PROGRESS.remove(p);
    }

    /**
     * Creates {@code file} (which must not exist) and locks it, so other processes see it is being written; the
     * lock goes with the returned channel. On a file system without locks the channel is returned unlocked.
     */
    static FileChannel createLocked(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            ch.tryLock();
        } catch (IOException | UnsupportedOperationException e) {
            // no locks here: such a leftover is never taken for stale, so it is never deleted by another run
        }
        return ch;
    }

    /**
     * Deletes the entries of {@code dir} whose names {@code matches} and that no live process is writing: not
     * registered in this process, older than {@link #MIN_AGE_MILLIS}, and with {@code lockFile} of the entry (the
     * entry itself for a file) lockable. Failures are ignored: a leftover that cannot be deleted now is tried again.
     */
    static void deleteStale(Path dir, Predicate<String> matches, String lockFile) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                p -> matches.test(String.valueOf(p.getFileName())))) {
            entries.forEach(found::add);
        } catch (IOException e) {
            return;
        }
        for (Path p : found) {
            try {
                if (!IN_PROGRESS.contains(p) && old(p) && released(lockFile == null ? p : p.resolve(lockFile))) {
                    deleteTree(p);
                }
            } catch (IOException e) {
                // left for the next run
            }
        }
    }

    private static boolean old(Path p) throws IOException {
        return System.currentTimeMillis() - Files.getLastModifiedTime(p).toMillis() >= MIN_AGE_MILLIS;
    }

    /** Whether no process holds the file's lock (a missing lock file counts as released). */
    private static boolean released(Path lock) {
        if (!Files.exists(lock)) {
            return true;
        }
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return false;
            }
            l.release();
            return true;
        } catch (IOException | OverlappingFileLockException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Deletes a file, or a folder with everything in it. */
    static void deleteTree(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            Files.deleteIfExists(p);
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(p)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path q : paths) {
            Files.deleteIfExists(q);
        }
    }

    private static void deleteAll() {
        closing = true;
        for (Path p : IN_PROGRESS) {
            try {
                deleteTree(p);
            } catch (IOException ignored) {
                // the process is ending; a leftover is deleted by the next run
            }
        }
    }
}
