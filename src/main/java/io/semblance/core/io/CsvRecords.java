// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Parses CSV text written by the engine itself (UTF-8, comma, LF, quoted as by {@link CsvText}). */
public final class CsvRecords {
    private CsvRecords() {
    }

    /**
     * The records of {@code bytes[0, size)}, each with exactly {@code width} fields; an empty field is missing
     * (null). Throws IllegalStateException on a record of another width, which means a writer bug.
     */
    public static List<String[]> parse(byte[] bytes, int size, int width) {
        char[] text = new String(bytes, 0, size, StandardCharsets.UTF_8).toCharArray();
        CsvParser parser = new CsvParser(text, text.length, ',', Path.of("generated rows"));
        List<String[]> out = new ArrayList<>();
        try {
            List<String> rec;
            while ((rec = parser.next()) != null) {
                if (rec.size() != width) {
                    throw new IllegalStateException("generated record " + (out.size() + 1) + " has " + rec.size()
                            + " fields, expected " + width);
                }
                String[] row = new String[width];
                for (int c = 0; c < width; c++) {
                    String v = rec.get(c);
                    row[c] = v.isEmpty() ? null : v;
                }
                out.add(row);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("generated rows are not valid CSV: " + e.getMessage(), e);
        }
        return out;
    }
}
