// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary sibling that is moved into place only after the content is complete. */
public final class AtomicFiles {
    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Temporary files being written; a shutdown hook (Ctrl-C, SIGTERM) deletes whatever is left of them. */
    private static final java.util.Set<Path> IN_PROGRESS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path p : IN_PROGRESS) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // the process is ending; nothing more can be done
                }
            }
        }, "semblance-cleanup"));
    }

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
        Path tmp = Files.createFile(abs.resolveSibling("." + abs.getFileName() + "."
                + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1) + ".partial"));
        IN_PROGRESS.add(tmp);
        boolean ok = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
                content.writeTo(out);
            }
            try {
                if (replace) {
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (AtomicMoveNotSupportedException e) {
                if (replace) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(tmp, abs);
                }
            }
            ok = true;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } finally {
            if (!ok) {
                Files.deleteIfExists(tmp);
            }
            IN_PROGRESS.remove(tmp);
        }
    }
}
