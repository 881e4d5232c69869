// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sample-data patients}: its defaults remake the shipped sample; it refuses to overwrite and bad sizes. */
class SampleDataCliTest extends CliTestBase {
    @TempDir
    Path dir;

    @Test
    void theDefaultsRemakeTheShippedSampleByteForByte() throws Exception {
        Path made = dir.resolve("patients.csv");
        assertEquals(0, run("sample-data", "patients", "--out", made.toString()), err.toString());
        assertArrayEquals(Fixtures.PATIENTS.fromClassPath(), Files.readAllBytes(made));
    }

    @Test
    void rowsAndSeedChooseTheTableAndAnExistingFileNeedsForce() throws Exception {
        Path f = dir.resolve("few.csv");
        assertEquals(0, run("sample-data", "patients", "--rows", "25", "--seed", "9", "-o", f.toString()));
        List<String> lines = Files.readAllLines(f);
        assertEquals(26, lines.size());
        assertTrue(lines.get(0).startsWith("patient_id,full_name,ssn,email,phone,street_address,city,zip,"),
                lines.get(0));
        byte[] first = Files.readAllBytes(f);

        assertEquals(2, run("sample-data", "patients", "--rows", "25", "--seed", "10", "-o", f.toString()));
        assertEquals("error: " + f.toAbsolutePath() + " already exists; add --force to replace it", err.toString().strip());
        assertArrayEquals(first, Files.readAllBytes(f));
        assertEquals(0, run("sample-data", "patients", "--rows", "25", "--seed", "10", "-o", f.toString(), "--force"));
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(f)), "another seed, another table");
    }

    @Test
    void aBadSizeOrAMissingTableNameIsAUsageError() {
        assertEquals(2, run("sample-data", "patients", "--rows", "0", "-o", dir.resolve("x.csv").toString()));
        assertEquals("error: --rows must be between 1 and 1000000", err.toString().strip());
        assertFalse(Files.exists(dir.resolve("x.csv")));
        assertEquals(2, run("sample-data"));
        assertTrue(err.toString().startsWith("error: Missing required subcommand"), err::toString);
    }
}
