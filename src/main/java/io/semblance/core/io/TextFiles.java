// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the small UTF-8 text files the product writes for itself (metadata, models, projects). */
public final class TextFiles {
    private TextFiles() {
    }

    /**
     * The whole file as text; NoSuchFileException when it is missing, and IllegalArgumentException naming it when it
     * is not UTF-8, so it cannot be {@code what} (for example "metadata JSON").
     */
    public static String readUtf8(Path file, String what) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file.getFileName() + " is not UTF-8 text, so it is not " + what);
        }
    }
}
