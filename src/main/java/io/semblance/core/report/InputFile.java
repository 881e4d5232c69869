// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file that went into or came out of a run, as recorded in a report.
 *
 * @param role   what it was: real, synthetic, holdout, metadata, report…
 * @param name   file name without folders
 * @param rows   data rows, or -1 when not a table
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 */
public record InputFile(String role, String name, long rows, String sha256) {

    /** Describes a file, hashing its bytes. */
    public static InputFile of(String role, Path file, long rows) throws IOException {
        return new InputFile(role, String.valueOf(file.getFileName()), rows, sha256(file));
    }

    /** Lower-case hex SHA-256 of a file's bytes, streamed. */
    public static String sha256(Path file) throws IOException {
        return sha256(file, io.semblance.core.job.Cancellation.NEVER);
    }

    /** As {@link #sha256(Path)}, checking for cancellation after every 64 KB. */
    public static String sha256(Path file, io.semblance.core.job.Cancellation cancel) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                cancel.check();
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
