// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

import io.semblance.core.model.PiiFinding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** No column of the public Adult and German Credit tables holds direct identifiers. */
class RealDatasetsTest {
    private final PiiDetector detector = new PiiDetector();

    @Test
    void adultColumnsAreNotFlagged() throws IOException {
        List<String> flagged = flaggedColumns(Path.of("../shared/datasets/adult.csv"), 15);
        assertTrue(flagged.isEmpty(), flagged::toString);
    }

    @Test
    void germanCreditColumnsAreNotFlagged() throws IOException {
        List<String> flagged = flaggedColumns(Path.of("../shared/datasets/german_credit.csv"), 21);
        assertTrue(flagged.isEmpty(), flagged::toString);
    }

    private List<String> flaggedColumns(Path file, int expectedColumns) throws IOException {
        assumeTrue(Files.isRegularFile(file), "dataset not available: " + file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        assertEquals(expectedColumns, header.length);
        List<List<String>> cols = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            cols.add(new ArrayList<>());
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            for (int c = 0; c < header.length && c < cells.length; c++) {
                String v = cells[c].strip();
                if (!v.isEmpty() && !v.equals("?")) {
                    cols.get(c).add(v);
                }
            }
        }
        List<String> flagged = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            Optional<PiiFinding> f = detector.detect(header[c], cols.get(c));
            f.ifPresent(x -> flagged.add(x.toString()));
            List<String> firstRows = cols.get(c).subList(0, Math.min(300, cols.get(c).size()));
            detector.detect(header[c], firstRows).ifPresent(x -> flagged.add("first rows: " + x));
        }
        return flagged;
    }
}
