// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli.badinput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus file that cannot be read as a table, through metadata, synth and evaluate: one line on standard error
 * naming the file (and for parse errors the line, the field and what was expected), exit 3, no stack trace, and no
 * file left behind.
 */
class RefusedInputTest {
    /** The good table evaluate compares a bad one with. */
    private static final String GOOD = "newlines_lf.csv";

    @TempDir
    Path dir;

    /** Each case: the corpus file, extra options, and the message after "error: ". */
    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, "empty.csv", "", "empty.csv: the file is empty");
        add(cases, "header_only.csv", "", "header_only.csv: the file has column names (line 1) but no data rows");
        add(cases, "ragged.csv", "", "ragged.csv, line 3: 2 fields, expected 3 (as in line 1; delimiter ',')");
        add(cases, "random_binary.csv", "", "random_binary.csv, line 1: the file holds binary data (control character"
                + " 0x19), not text; expected delimited text (CSV, TSV) in UTF-8, UTF-16 or windows-1252, or an .xlsx"
                + " workbook");
        add(cases, "unbalanced_quote.csv", "", "unbalanced_quote.csv, line 3, column 2: a quoted field starts here"
                + " but its closing quote (\") is missing");
        add(cases, "windows1252.csv", "--encoding=UTF-8", "windows1252.csv, line 2: byte 0xEB is not valid UTF-8,"
                + " the encoding chosen for this file; choose another encoding, or let it be detected");
        add(cases, "corrupt_zip.xlsx", "", "corrupt_zip.xlsx: is a damaged ZIP archive, not a readable .xlsx workbook"
                + " (zip END header not found)");
        add(cases, "empty_sheet.xlsx", "", "empty_sheet.xlsx: sheet \"Sheet1\" is empty");
        return cases.stream();
    }

    /** Adds the case for each command; evaluate takes no reading options, so a case that needs one skips it. */
    private static void add(List<Arguments> cases, String file, String options, String message) {
        for (String command : options.isEmpty() ? List.of("metadata", "synth", "evaluate") : List.of("metadata", "synth")) {
            cases.add(Arguments.of(file, command, options, message));
        }
    }

    @ParameterizedTest(name = "{1} {0} {2}")
    @MethodSource("cases")
    void isRefusedWithOneLine(String file, String command, String options, String message) throws Exception {
        Corpus corpus = Corpus.copy(dir, file, GOOD);
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> args = new ArrayList<>(List.of(command, corpus.file(file).toString()));
        switch (command) {
            case "metadata" -> args.addAll(List.of("-o", out.resolve("meta.json").toString()));
            case "synth" -> args.addAll(List.of("-o", out.resolve("syn.csv").toString(), "--rows", "20", "--seed",
                    "1"));
            default -> args.addAll(List.of(corpus.file(GOOD).toString(), "--json", out.resolve("report.json")
                    .toString(), "--html", out.resolve("report.html").toString()));
        }
        args.add("-q");
        if (!options.isEmpty()) {
            args.add(options);
        }
        Corpus.assertRefused(Corpus.run(args.toArray(String[]::new)), message, out);
    }
}
