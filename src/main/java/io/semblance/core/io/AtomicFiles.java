// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file through a hidden temporary sibling ({@code .NAME.HEX.partial}) that is synced to disk and moved into
 * place only after the content is complete, so the target is always either the old file or the whole new one. A
 * temporary file is deleted on failure, cancellation, Ctrl-C or SIGTERM; one a killed process left behind is deleted
 * when the same target is next written (see {@link Leftovers}).
 */
public final class AtomicFiles {
    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String PARTIAL = ".partial";
    private static final String LOCK = ".lock";
    /** Open lock files of the staging folders in use, by folder. */
    private static final Map<Path, FileChannel> STAGING_LOCKS = new ConcurrentHashMap<>();

    private AtomicFiles() {
    }

    /**
     * Writes {@code target}; on any failure (including cancellation) the temporary file is deleted and the
     * target is untouched. Refuses to replace an existing target unless {@code replace}.
     */
    public static void write(Path target, boolean replace, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        if (!replace && Files.exists(abs)) {
            throw new FileAlreadyExistsException(abs.toString(), null, "already exists");
        }
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "the folder does not exist");
        }
        String prefix = "." + abs.getFileName() + ".";
        if (dir != null) {
            Leftovers.deleteStale(dir, n -> isTemporary(n, prefix), null);
        }
        Path tmp = abs.resolveSibling(prefix + hex() + PARTIAL);
        boolean ok = false;
        Leftovers.add(tmp);
        try {
            try (FileChannel ch = Leftovers.createLocked(tmp);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 20)) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            move(tmp, abs, replace);
            ok = true;
        } finally {
            if (!ok) {
                Files.deleteIfExists(tmp);
            }
            Leftovers.remove(tmp);
        }
    }

    /** Whether a file name is one of this class's temporary files for the target whose prefix is given. */
    private static boolean isTemporary(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(PARTIAL)) {
            return false;
        }
        String middle = name.substring(prefix.length(), name.length() - PARTIAL.length());
        return !middle.isEmpty() && middle.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    private static String hex() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    }

    /**
     * Moves a finished file into place, atomically where the file system allows it. Without {@code replace} a target
     * that appeared meanwhile is kept (FileAlreadyExistsException): an atomic rename would silently replace it.
     */
    public static void move(Path from, Path to, boolean replace) throws IOException {
        if (!replace && Files.exists(to, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(to.toString(), null, "already exists");
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to);
            }
        }
    }

    /**
     * Creates a hidden folder {@code .PREFIX-HEX} in {@code folder} to stage several outputs in, locked and
     * registered like a temporary file; first deletes the staging folders of this prefix that a killed process left.
     * Release it with {@link #discardStaging}.
     */
    public static Path staging(Path folder, String prefix) throws IOException {
        String start = "." + prefix + "-";
        Leftovers.deleteStale(folder, n -> n.startsWith(start), LOCK);
        Path staging = Files.createDirectory(folder.resolve(start + hex()));
        Leftovers.add(staging);
        try {
            STAGING_LOCKS.put(staging, Leftovers.createLocked(staging.resolve(LOCK)));
        } catch (IOException e) {
            discardStaging(staging);
            throw e;
        }
        return staging;
    }

    /** Deletes a staging folder with what is left in it and releases its lock. */
    public static void discardStaging(Path staging) throws IOException {
        FileChannel lock = STAGING_LOCKS.remove(staging);
        try {
            if (lock != null) {
                lock.close();
            }
            Leftovers.deleteTree(staging);
        } finally {
            Leftovers.remove(staging);
        }
    }
}
