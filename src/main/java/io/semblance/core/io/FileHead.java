// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import io.semblance.core.job.Cancellation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The bytes of a text file, or for a limited read only its start, cut just after the last line feed so that no
 * line (and no multi-byte character) is split.
 *
 * @param bytes     the bytes read
 * @param truncated whether the file goes on after them
 */
record FileHead(byte[] bytes, boolean truncated) {
    /** Bytes read between two checks for cancellation. */
    static final int CHUNK = 8 << 20;

    /**
     * Reads the whole file when {@code limit} is negative, else at most {@code limit} bytes of it, checking
     * {@code cancel} between chunks of {@link #CHUNK} bytes.
     */
    static FileHead read(Path file, int limit, Cancellation cancel) throws DataFormatException, IOException {
        if (limit < 0 || Files.size(file) <= limit) {
            return new FileHead(readAll(file, cancel), false);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(limit);
        }
        int end = head.length;
        while (end > 0 && head[end - 1] != '\n') {
            end--;
        }
        if (end == 0) { // one line longer than the limit: only the whole file will do
            return new FileHead(readAll(file, cancel), false);
        }
        return new FileHead(Arrays.copyOf(head, end), true);
    }

    /** The whole file, read a chunk at a time (a file that grows while it is read is read to its new end). */
    private static byte[] readAll(Path file, Cancellation cancel) throws DataFormatException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > Integer.MAX_VALUE - 16) {
                throw new DataFormatException(file, String.format(java.util.Locale.ROOT,
                        "the file is %.1f GB, and a text table is read whole, at most 2 GB of it; split it, or use"
                                + " fewer of its rows", size / 1e9));
            }
            byte[] all = new byte[(int) size];
            int n = 0;
            while (n < all.length) {
                cancel.check();
                int got = in.readNBytes(all, n, Math.min(CHUNK, all.length - n));
                if (got == 0) {
                    return Arrays.copyOf(all, n); // the file shrank while it was read
                }
                n += got;
            }
            byte[] rest = in.readAllBytes();
            if (rest.length == 0) {
                return all;
            }
            byte[] grown = Arrays.copyOf(all, all.length + rest.length);
            System.arraycopy(rest, 0, grown, all.length, rest.length);
            return grown;
        }
    }
}
