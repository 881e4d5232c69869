// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli.badinput;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.io.TableReaders;
import io.semblance.core.model.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The corpus files that are odd but readable: each gives a sensible result, as the corpus README says. */
class WorkingInputTest {
    @TempDir
    Path dir;

    /** Synthesizes {@code rows} rows of a corpus file with seed 1 and reads the result back. */
    private Dataset synth(Corpus c, String file, String model, int rows, String... more) throws Exception {
        Path out = dir.resolve(file + "." + model + ".csv");
        List<String> args = new java.util.ArrayList<>(List.of("synth", c.file(file).toString(), "-o", out.toString(),
                "--rows", String.valueOf(rows), "--seed", "1", "--model", model, "-q"));
        args.addAll(List.of(more));
        Corpus.Run r = Corpus.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return TableReaders.read(out);
    }

    private static String[] column(Dataset d, String name) {
        assertTrue(d.indexOf(name) >= 0, name + " not in " + d.names());
        return d.column(d.indexOf(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void aConstantColumnStaysConstantAndAnAllMissingColumnStaysMissing(String model) throws Exception {
        Corpus c = Corpus.copy(dir, "constant.csv", "all_missing.csv");
        Dataset constant = synth(c, "constant.csv", model, 50);
        assertEquals(Set.of("Norway"), distinct(column(constant, "country")));
        assertEquals(Set.of("7"), distinct(column(constant, "version")));
        assertTrue(Arrays.stream(column(constant, "age")).distinct().count() > 5, "age is still modelled");

        Dataset missing = synth(c, "all_missing.csv", model, 50);
        assertEquals(List.of("age", "comment", "city"), missing.names());
        assertTrue(Arrays.stream(column(missing, "comment")).allMatch(v -> v == null));
        assertTrue(Arrays.stream(column(missing, "city")).noneMatch(v -> v == null));
        Corpus.Run meta = Corpus.run("metadata", c.file("all_missing.csv").toString());
        assertTrue(meta.err().lines().anyMatch(l -> l.startsWith("comment ") && l.endsWith("every value is missing")),
                meta.err());
    }

    @Test
    void oneRowIsDescribedButNotSynthesized() throws Exception {
        Corpus c = Corpus.copy(dir, "one_row.csv");
        Corpus.Run meta = Corpus.run("metadata", c.file("one_row.csv").toString(), "-q");
        assertEquals(0, meta.exit(), meta.err());
        assertTrue(meta.out().contains("\"income\""), meta.out());
        Path out = Files.createDirectories(dir.resolve("out"));
        for (String model : List.of("copula", "cart")) {
            Corpus.assertRefused(Corpus.run("synth", c.file("one_row.csv").toString(), "-o",
                    out.resolve("syn.csv").toString(), "--model", model, "-q"), "one_row.csv: the table has only one"
                    + " data row; synthesis needs at least two, or every synthetic row would repeat that one record",
                    out);
        }
    }

    @Test
    void duplicateNamesAreRenamedWithAWarning() throws Exception {
        Corpus c = Corpus.copy(dir, "duplicate_header.csv");
        Path out = dir.resolve("syn.csv");
        Corpus.Run r = Corpus.run("synth", c.file("duplicate_header.csv").toString(), "-o", out.toString(), "--rows",
                "20", "--seed", "1", "-q");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("warning: duplicate_header.csv: column 3 repeats the name \"age\"; renamed it \"age_2\""),
                r.errLines());
        assertEquals("id,age,age_2,city", Files.readAllLines(out).get(0));
    }

    @Test
    void windows1252AndUtf16WithoutABomReadAsTheSameTable() throws Exception {
        Corpus c = Corpus.copy(dir, "windows1252.csv", "utf16le_no_bom.csv");
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Corpus.Run ra = Corpus.run("synth", c.file("windows1252.csv").toString(), "-o", a.toString(), "--seed", "3",
                "-q");
        Corpus.Run rb = Corpus.run("synth", c.file("utf16le_no_bom.csv").toString(), "-o", b.toString(), "--seed", "3",
                "-q");
        assertEquals(List.of("warning: windows1252.csv: the file is not valid UTF-8; read it as windows-1252"),
                ra.errLines());
        assertEquals(List.of("warning: utf16le_no_bom.csv: the file has no byte-order mark but is UTF-16LE text;"
                + " read it as UTF-16LE"), rb.errLines());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertTrue(Set.of("Köln", "Málaga", "Besançon", "Tromsø", "Umeå").containsAll(
                distinct(column(TableReaders.read(a), "town"))));
    }

    @Test
    void crLfAndCrLfLineEndingsGiveTheSameOutput() throws Exception {
        Corpus c = Corpus.copy(dir, "newlines_lf.csv", "newlines_crlf.csv", "newlines_cr.csv");
        byte[] lf = Files.readAllBytes(dir.resolve(synthPath(c, "newlines_lf.csv")));
        assertArrayEquals(lf, Files.readAllBytes(synthPath(c, "newlines_crlf.csv")));
        assertArrayEquals(lf, Files.readAllBytes(synthPath(c, "newlines_cr.csv")));
        assertEquals(61, new String(lf, java.nio.charset.StandardCharsets.UTF_8).lines().count());
    }

    private Path synthPath(Corpus c, String file) {
        Path out = dir.resolve("syn-" + file);
        Corpus.Run r = Corpus.run("synth", c.file(file).toString(), "-o", out.toString(), "--seed", "9", "-q");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        return out;
    }

    @Test
    void mixedDateFormatsAreReadAsTextAndSaySo() throws Exception {
        Corpus c = Corpus.copy(dir, "mixed_dates.csv");
        Corpus.Run meta = Corpus.run("metadata", c.file("mixed_dates.csv").toString());
        assertEquals(0, meta.exit(), meta.err());
        String visit = meta.err().lines().filter(l -> l.startsWith("visit ")).findFirst().orElseThrow();
        assertTrue(visit.contains("dates in 3 formats (%Y-%m-%d, %d/%m/%Y, %d.%m.%Y), so read as text (write them in"
                + " one format to model them as dates)"), visit);
        Dataset real = TableReaders.read(c.file("mixed_dates.csv"));
        Dataset syn = synth(c, "mixed_dates.csv", "copula", 40);
        Set<String> realVisits = distinct(column(real, "visit"));
        assertTrue(Arrays.stream(column(syn, "visit")).noneMatch(realVisits::contains), "an identifier is not copied");
        Path json = dir.resolve("report.json");
        Corpus.Run eval = Corpus.run("evaluate", c.file("mixed_dates.csv").toString(),
                dir.resolve("mixed_dates.csv.copula.csv").toString(), "--json", json.toString(), "-q");
        assertEquals(0, eval.exit(), eval.err());
        String report = Files.readString(json);
        assertFalse(report.contains("NaN") || report.contains("Infinity"), report);
        assertTrue(report.contains("No pair of modelled columns to compare: the table has fewer than two."), report);
    }

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void extremeNumbersStayFiniteInRangeAndInTheirNotation(String model) throws Exception {
        Corpus c = Corpus.copy(dir, "extreme.csv");
        Dataset real = TableReaders.read(c.file("extreme.csv"));
        Dataset syn = synth(c, "extreme.csv", model, 200);
        for (String name : List.of("huge", "longs", "big_integer", "tiny")) {
            double[] r = numbers(column(real, name));
            double[] s = numbers(column(syn, name));
            double lo = Arrays.stream(r).min().orElseThrow();
            double hi = Arrays.stream(r).max().orElseThrow();
            assertTrue(Arrays.stream(s).allMatch(v -> Double.isFinite(v) && v >= lo && v <= hi), name);
            assertTrue(Arrays.stream(s).distinct().count() > 10, name + " keeps its spread");
        }
        assertTrue(Arrays.stream(column(syn, "huge")).allMatch(scientific(17)), "huge in scientific notation");
        assertTrue(Arrays.stream(column(syn, "tiny")).allMatch(scientific(3)), "tiny keeps its 3 digits");
        assertTrue(Arrays.stream(column(syn, "big_integer")).allMatch(v -> v.matches("[1-9][0-9]{24,25}")),
                "25-digit whole numbers, not clamped to the largest long");
        assertTrue(Arrays.stream(column(syn, "longs")).allMatch(v -> v.matches("-?[0-9]{1,19}")), "longs");
        for (String v : column(syn, "literals")) {
            assertTrue(v == null || !(v.contains("NaN") || v.contains("Infinity")), v);
        }
        Path json = dir.resolve("report.json");
        Path html = dir.resolve("report.html");
        Corpus.Run eval = Corpus.run("evaluate", c.file("extreme.csv").toString(),
                dir.resolve("extreme.csv." + model + ".csv").toString(), "--json", json.toString(), "--html",
                html.toString(), "-q");
        assertEquals(0, eval.exit(), eval.err());
        for (String report : List.of(Files.readString(json), Files.readString(html))) {
            assertFalse(report.contains("NaN") || report.contains("Infinity"), report);
        }
    }

    private static Set<String> distinct(String[] values) {
        return new java.util.HashSet<>(Arrays.asList(values));
    }

    private static double[] numbers(String[] text) {
        return Arrays.stream(text).filter(v -> v != null).mapToDouble(Double::parseDouble).toArray();
    }

    /** Scientific notation with at most {@code digits} significant digits, or 0. */
    private static Predicate<String> scientific(int digits) {
        return v -> v.equals("0") || v.matches("-?[0-9](\\.[0-9]{1," + (digits - 1) + "})?E-?[0-9]+");
    }
}
