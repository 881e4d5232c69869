// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How to read a table. Every setting left null is detected from the file.
 *
 * @param delimiter  field separator, or null to detect (comma, semicolon, tab, pipe)
 * @param header     whether the first row holds column names, or null to detect
 * @param charset    text encoding, or null to detect (UTF-8 with/without BOM, else Windows-1252)
 * @param missing    tokens read as a missing value (compared after trimming, case-sensitive)
 * @param sheet      for workbooks: the sheet's name, or null for the first sheet
 */
public record ReadOptions(Character delimiter, Boolean header, Charset charset, Set<String> missing, String sheet) {

    /** Missing-value tokens used unless configured otherwise; the empty field is always missing. */
    public static final Set<String> DEFAULT_MISSING =
            Set.copyOf(List.of("", "NA", "N/A", "null", "NULL", "NaN", "?"));

    public ReadOptions {
        Set<String> m = new LinkedHashSet<>(missing == null ? DEFAULT_MISSING : missing);
        m.add("");
        missing = Set.copyOf(m);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, null, null, null, null);
    }

    public ReadOptions withDelimiter(Character d) {
        return new ReadOptions(d, header, charset, missing, sheet);
    }

    public ReadOptions withHeader(Boolean h) {
        return new ReadOptions(delimiter, h, charset, missing, sheet);
    }

    public ReadOptions withCharset(Charset c) {
        return new ReadOptions(delimiter, header, c, missing, sheet);
    }

    public ReadOptions withMissing(Set<String> m) {
        return new ReadOptions(delimiter, header, charset, m, sheet);
    }

    public ReadOptions withSheet(String s) {
        return new ReadOptions(delimiter, header, charset, missing, s);
    }

    /** True when the (trimmed) raw text stands for a missing value. */
    public boolean isMissing(String raw) {
        return raw == null || missing.contains(raw.strip());
    }
}
