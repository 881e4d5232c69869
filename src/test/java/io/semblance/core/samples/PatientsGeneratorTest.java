// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.io.CsvWriter;
import io.semblance.core.io.TableReaders;
import io.semblance.core.model.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The made-up patients table: the shipped file is reproducible, nobody in it is real, and its columns hang together. */
class PatientsGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void theShippedSampleIsExactlyWhatTheGeneratorMakesWithItsSeed() throws Exception {
        Path made = dir.resolve("patients.csv");
        CsvWriter.write(PatientsGenerator.generate(PatientsGenerator.SAMPLE_ROWS, PatientsGenerator.SAMPLE_SEED), made,
                false);
        String expected = sha256(Files.readAllBytes(made));
        assertEquals(expected, sha256(Fixtures.PATIENTS.fromClassPath()), "the sample on the class path; regenerate it"
                + " with: semblance sample-data patients --out sample-data/patients.csv --force");
        assertEquals(expected, sha256(Files.readAllBytes(Fixtures.PATIENTS.path())), "sample-data/patients.csv");
    }

    @Test
    void theSameSeedGivesTheSameTableAndAnotherSeedAnother() {
        Dataset a = PatientsGenerator.generate(300, 7);
        Dataset b = PatientsGenerator.generate(300, 7);
        Dataset c = PatientsGenerator.generate(300, 8);
        assertEquals(PatientsGenerator.COLUMNS, a.names());
        for (int col = 0; col < a.columnCount(); col++) {
            assertArrayEquals(a.column(col), b.column(col), a.name(col));
        }
        assertFalse(List.of(a.column(1)).equals(List.of(c.column(1))), "another seed, other names");
    }

    @Test
    void everyIdentifierIsInARangeNoRealPersonHasAndUnique() throws Exception {
        Dataset d = shipped();
        assertEquals(PatientsGenerator.SAMPLE_ROWS, d.rowCount());
        assertAll(d, "ssn", v -> v.matches("9\\d\\d-(0[1-9]|[1-4]\\d)-\\d{4}"), "never-issued SSN area 9xx, non-ITIN group");
        assertAll(d, "email", v -> v == null || v.matches("[a-z._0-9]+@example\\.(com|net|org)"), "reserved domains");
        assertAll(d, "phone", v -> v.matches("\\(\\d{3}\\) 555-01\\d\\d"), "555-0100..0199, reserved for fiction");
        assertAll(d, "patient_id", v -> v.matches("P\\d{7}"), "patient ids");
        for (String unique : List.of("patient_id", "ssn", "email")) {
            List<String> values = column(d, unique).stream().filter(v -> v != null).toList();
            assertEquals(values.size(), new HashSet<>(values).size(), unique + " repeats a value");
        }
    }

    @Test
    void theColumnsDependOnEachOtherAsInRealAdmissions() throws Exception {
        Dataset d = shipped();
        List<Integer> rows = IntStream.range(0, d.rowCount()).boxed().toList();
        List<Integer> deliveries = where(d, rows, "diagnosis", v -> v.startsWith("O8"));
        assertTrue(deliveries.size() > 50, "deliveries: " + deliveries.size());
        for (int r : deliveries) {
            assertEquals("F", value(d, r, "sex"));
            assertEquals("Obstetrics", value(d, r, "department"));
            assertTrue(age(d, r) >= 16 && age(d, r) <= 47, "mother's age " + age(d, r));
        }
        for (int r : rows) {
            assertTrue(age(d, r) >= 0 && age(d, r) <= 100, "age " + age(d, r));
            if (age(d, r) < 18 && !deliveries.contains(r)) {
                assertEquals("Pediatrics", value(d, r, "department"), "a child's department");
            }
        }
        List<Integer> old = rows.stream().filter(r -> age(d, r) >= 65).toList();
        List<Integer> working = rows.stream().filter(r -> age(d, r) >= 18 && age(d, r) < 65).toList();
        assertTrue(share(d, old, "insurance", "Medicare") > 0.8, "Medicare from 65");
        assertTrue(share(d, working, "insurance", "Medicare") < 0.1, "Medicare before 65");
        assertTrue(share(d, old, "discharge_status", "Died") > 3 * share(d, working, "discharge_status", "Died"),
                "older patients die more often");
        double sepsisStay = mean(d, where(d, rows, "diagnosis", v -> v.startsWith("A41.9")), "length_of_stay");
        assertTrue(sepsisStay > 2 * mean(d, deliveries, "length_of_stay"), "sepsis keeps patients longer");
        List<Integer> diabetes = where(d, rows, "diagnosis", v -> v.startsWith("E1"));
        assertTrue(mean(d, diabetes, "hba1c") > 8, "HbA1c of diabetic patients");
        assertTrue(mean(d, where(d, rows, "diagnosis", v -> !v.startsWith("E1")), "hba1c") < 6.5, "HbA1c of others");
        assertEquals(0, where(d, diabetes, "hba1c", v -> v == null).size(), "measured for every diabetic patient");
        long winter = where(d, where(d, rows, "diagnosis", v -> v.startsWith("J")), "admission_date",
                v -> List.of(12, 1, 2).contains(LocalDate.parse(v).getMonthValue())).size();
        long summer = where(d, where(d, rows, "diagnosis", v -> v.startsWith("J")), "admission_date",
                v -> List.of(6, 7, 8).contains(LocalDate.parse(v).getMonthValue())).size();
        assertTrue(winter > 2 * summer, "respiratory admissions in winter " + winter + ", in summer " + summer);
    }

    @Test
    void rowsOutsideOneToAMillionAreRefusedInOneSentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PatientsGenerator.generate(0, 1));
        assertEquals("the patients table takes 1 to 1000000 rows, not 0", e.getMessage());
    }

    private Dataset shipped() throws Exception {
        return TableReaders.read(Fixtures.PATIENTS.path());
    }

    private static void assertAll(Dataset d, String column, Predicate<String> ok, String what) {
        Set<String> bad = new HashSet<>();
        for (String v : column(d, column)) {
            if (!ok.test(v)) {
                bad.add(v);
            }
        }
        assertTrue(bad.isEmpty(), column + " outside " + what + ": " + bad);
    }

    private static List<String> column(Dataset d, String name) {
        return java.util.Arrays.asList(d.column(d.indexOf(name)));
    }

    private static String value(Dataset d, int row, String column) {
        return d.value(row, d.indexOf(column));
    }

    private static List<Integer> where(Dataset d, List<Integer> rows, String column, Predicate<String> test) {
        return rows.stream().filter(r -> test.test(value(d, r, column))).toList();
    }

    private static int age(Dataset d, int row) {
        LocalDate born = LocalDate.parse(value(d, row, "date_of_birth"));
        LocalDate admitted = LocalDate.parse(value(d, row, "admission_date"));
        assertTrue(born.isBefore(admitted), "born before admission");
        return born.until(admitted).getYears();
    }

    private static double share(Dataset d, List<Integer> rows, String column, String value) {
        return where(d, rows, column, value::equals).size() / (double) rows.size();
    }

    private static double mean(Dataset d, List<Integer> rows, String column) {
        return rows.stream().map(r -> value(d, r, column)).filter(v -> v != null).mapToDouble(Double::parseDouble)
                .average().orElseThrow();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
