// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

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

    /** Reads the whole file when {@code limit} is negative, else at most {@code limit} bytes of it. */
    static FileHead read(Path file, int limit) throws IOException {
        if (limit < 0 || Files.size(file) <= limit) {
            return new FileHead(Files.readAllBytes(file), false);
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
            return new FileHead(Files.readAllBytes(file), false);
        }
        return new FileHead(Arrays.copyOf(head, end), true);
    }
}
