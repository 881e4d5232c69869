// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfilerTest {
    private static Metadata profile(Dataset d) {
        return Profiler.metadata(Profiler.withoutPii().profile(d, ProgressListener.NONE, Cancellation.NEVER));
    }

    @Test
    void adultTypesAndRolesMatchWhatAStewardWouldDeclare() throws Exception {
        Metadata m = profile(TableReaders.read(Fixtures.ADULT.path()));
        for (String n : List.of("age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week")) {
            ColumnMeta c = m.column(n).orElseThrow();
            assertEquals(SdType.NUMERICAL, c.sdtype(), n);
            assertTrue(c.integer(), n);
        }
        for (String n : List.of("workclass", "education", "marital-status", "occupation", "relationship", "race", "sex",
                "native-country", "income")) {
            assertEquals(SdType.CATEGORICAL, m.column(n).orElseThrow().sdtype(), n);
        }
        assertEquals(List.of("age", "education", "education-num", "marital-status", "occupation", "race", "sex",
                "native-country"), m.withRole(ColumnRole.QUASI_IDENTIFIER));
        assertEquals(List.of("capital-gain", "capital-loss", "income"), m.withRole(ColumnRole.SENSITIVE));
        assertEquals(null, m.primaryKey());
    }

    @Test
    void detectsDatesBooleansIdsAndDecimals() {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(new String[]{"P-" + (1000 + i), String.format("2021-%02d-%02d", 1 + i % 12, 1 + i % 28),
                    i % 2 == 0 ? "Yes" : "No", String.valueOf(i * 1.25), String.format("%02d/%02d/1980 10:%02d", 1 + i % 28, 1 + i % 12, i)});
        }
        Dataset d = Dataset.ofRows("t", List.of("patient_id", "visit", "smoker", "dose", "seen"), rows, List.of());
        Metadata m = profile(d);
        assertEquals(SdType.ID, m.column("patient_id").orElseThrow().sdtype());
        assertEquals("patient_id", m.primaryKey());
        assertEquals(ColumnRole.IDENTIFIER, m.column("patient_id").orElseThrow().role());
        assertEquals("%Y-%m-%d", m.column("visit").orElseThrow().datetimeFormat());
        assertEquals(SdType.BOOLEAN, m.column("smoker").orElseThrow().sdtype());
        ColumnMeta dose = m.column("dose").orElseThrow();
        assertEquals(SdType.NUMERICAL, dose.sdtype());
        assertTrue(!dose.integer());
        assertEquals("%d/%m/%Y %H:%M", m.column("seen").orElseThrow().datetimeFormat());
    }

    @Test
    void codesWithLeadingZerosStayText() {
        Map<String, Integer> counts = Map.of("00123", 1, "00456", 1);
        assertEquals(0, TypeDetector.numberKind(counts));
    }

    @Test
    void numbersParseLikeJava() {
        for (String s : List.of("0", "-12", "3.50", "1e6", " 42 ", "+7", ".5", "123456789012345678", "0.1")) {
            assertEquals(Double.parseDouble(s.strip()), Numbers.parse(s), s);
        }
        for (String s : List.of("", "abc", "1.2.3", "-", ".", "1,5", "12a")) {
            assertTrue(Double.isNaN(Numbers.parse(s)), s);
        }
    }

    @Test
    void uniqueReferenceNumbersAreKeysButRepeatedCountsAreNot() {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new String[]{Integer.toString(100000 + i), Integer.toString(i % 4), "R" + (7000 + i)});
        }
        Metadata m = profile(Dataset.ofRows("t", List.of("patient_reference_number", "number_of_children",
                "record code"), rows, List.of()));
        assertEquals(SdType.ID, m.column("patient_reference_number").orElseThrow().sdtype());
        assertEquals(ColumnRole.IDENTIFIER, m.column("patient_reference_number").orElseThrow().role());
        assertEquals(SdType.NUMERICAL, m.column("number_of_children").orElseThrow().sdtype());
        assertEquals(SdType.ID, m.column("record code").orElseThrow().sdtype());
    }
}
