// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.io.ReadOptions;
import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that say how to read the input table; everything not given is detected. */
public final class ReadOptionsMixin {
    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "Field delimiter (default: detected among , ; tab |). Use \\t for tab.")
    String delimiter;

    @Option(names = "--header", negatable = true,
            description = "The first row holds column names (default: detected).")
    Boolean header;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Text encoding, e.g. UTF-8 or windows-1252 (default: detected).")
    String encoding;

    @Option(names = "--missing", split = ",", paramLabel = "TOKEN",
            description = "Tokens read as missing values (default: empty, NA, N/A, null, NULL, NaN, ?).")
    List<String> missing;

    @Option(names = "--sheet", paramLabel = "NAME", description = "Excel sheet to read (default: the first).")
    String sheet;

    /** The options given, as command-line arguments (for running another command on the same table). */
    java.util.List<String> toArgs() {
        java.util.List<String> args = new java.util.ArrayList<>();
        if (delimiter != null) {
            args.addAll(List.of("--delimiter", delimiter));
        }
        if (header != null) {
            args.add(header ? "--header" : "--no-header");
        }
        if (encoding != null) {
            args.addAll(List.of("--encoding", encoding));
        }
        if (missing != null) {
            args.addAll(List.of("--missing", String.join(",", missing)));
        }
        if (sheet != null) {
            args.addAll(List.of("--sheet", sheet));
        }
        return args;
    }

    ReadOptions toOptions() {
        Character d = null;
        if (delimiter != null) {
            String t = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
            if (t.length() != 1) {
                throw new IllegalArgumentException("--delimiter takes one character, got \"" + delimiter + "\"");
            }
            d = t.charAt(0);
        }
        Charset cs = null;
        if (encoding != null) {
            try {
                cs = Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown --encoding \"" + encoding + "\"");
            }
        }
        return new ReadOptions(d, header, cs, missing == null ? null : new LinkedHashSet<>(missing), sheet);
    }
}
