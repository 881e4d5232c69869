// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.DiagnosticReport;
import io.semblance.core.evaluate.QualityReport;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.PiiKind;
import io.semblance.core.model.SdType;
import io.semblance.core.synth.output.SampleWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Without metadata or tuning, a table with keys, PII, dates, timestamps, free text and gaps synthesizes well and leaks nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessyTableTest {
    Dataset real;
    Dataset syn;
    Metadata meta;

    @BeforeAll
    void synthesize(@TempDir Path dir) throws Exception {
        real = TableReaders.read(MessyTables.hospital(dir, 3000, 42));
        meta = Synthesis.detect(real, ProgressListener.NONE, Cancellation.NEVER);
        FittedModel m = Synthesis.fit("copula", real, meta, 9, Locale.US, ProgressListener.NONE, Cancellation.NEVER);
        Path out = dir.resolve("syn.csv");
        new SampleWriter().write(m, 3000, 9, out, false, ProgressListener.NONE, Cancellation.NEVER);
        syn = TableReaders.read(out);
    }

    @Test
    void detectionNeedsNoHelp() {
        assertEquals(SdType.ID, meta.column("patient_id").orElseThrow().sdtype());
        assertEquals("patient_id", meta.primaryKey());
        assertEquals(PiiKind.FULL_NAME, meta.column("full_name").orElseThrow().piiKind());
        assertEquals(PiiKind.EMAIL, meta.column("email").orElseThrow().piiKind());
        assertEquals(PiiKind.PHONE, meta.column("phone").orElseThrow().piiKind());
        assertEquals(PiiKind.NATIONAL_ID, meta.column("ssn").orElseThrow().piiKind());
        assertEquals(SdType.DATETIME, meta.column("date_of_birth").orElseThrow().sdtype());
        assertEquals(ColumnRole.QUASI_IDENTIFIER, meta.column("date_of_birth").orElseThrow().role());
        assertEquals("%Y-%m-%dT%H:%M:%S.%f", meta.column("admitted").orElseThrow().datetimeFormat());
        assertEquals(SdType.BOOLEAN, meta.column("readmitted").orElseThrow().sdtype());
        assertEquals(SdType.UNKNOWN, meta.column("notes").orElseThrow().sdtype());
    }

    @Test
    void noRealIdentifierOrFreeTextIsCopied() {
        for (String c : new String[]{"patient_id", "full_name", "email", "phone", "ssn", "notes"}) {
            Set<String> realValues = new HashSet<>(Arrays.asList(real.column(real.indexOf(c))));
            long copied = Arrays.stream(syn.column(syn.indexOf(c))).filter(realValues::contains).count();
            assertEquals(0, copied, c);
        }
        assertEquals(1.0, DiagnosticReport.keyUniqueness(syn.column(syn.indexOf("patient_id"))), 1e-12);
        assertTrue(Arrays.stream(syn.column(syn.indexOf("patient_id"))).allMatch(v -> v.matches("P-\\d{6}")));
        assertTrue(Arrays.stream(syn.column(syn.indexOf("ssn"))).allMatch(v -> v.matches("\\d{3}-\\d{2}-\\d{4}")));
    }

    @Test
    void fakesAreReproducibleWhateverTheThreadCountAndChangeWithTheSeed(@TempDir Path dir) throws Exception {
        FittedModel m = Synthesis.fit("copula", real, meta, 9, Locale.US, ProgressListener.NONE, Cancellation.NEVER);
        byte[][] out = new byte[3][];
        long[] seeds = {9, 9, 10};
        int[] threads = {1, 3, 2};
        for (int i = 0; i < 3; i++) {
            Path p = dir.resolve("run" + i + ".csv");
            new SampleWriter(threads[i]).write(m, 10_000, seeds[i], p, false, ProgressListener.NONE, Cancellation.NEVER);
            out[i] = java.nio.file.Files.readAllBytes(p);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(out[0], out[1]);
        assertFalse(Arrays.equals(out[0], out[2]));
        Dataset other = TableReaders.read(dir.resolve("run2.csv"));
        Dataset first = TableReaders.read(dir.resolve("run0.csv"));
        assertFalse(Arrays.equals(first.column(first.indexOf("email")), other.column(other.indexOf("email"))));
    }

    @Test
    void statisticsFormatsAndGapsAreKept() {
        QualityReport q = QualityReport.compute(real, syn, meta);
        assertTrue(q.columnShapes() >= 0.95, "Column Shapes " + q.columnShapes());
        assertTrue(q.score() >= 0.85, "Quality " + q.score() + " " + q.pairs());
        assertEquals(1.0, DiagnosticReport.compute(real, syn, meta).score(), 1e-12);
        assertTrue(Arrays.stream(syn.column(syn.indexOf("admitted")))
                .allMatch(v -> v.matches("2024-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}")));
        assertTrue(Arrays.stream(syn.column(syn.indexOf("date_of_birth"))).allMatch(v -> v.matches("\\d{4}-\\d\\d-\\d\\d")));
        double realMissing = Arrays.stream(real.column(real.indexOf("cost"))).filter(v -> v == null).count() / 3000.0;
        double synMissing = Arrays.stream(syn.column(syn.indexOf("cost"))).filter(v -> v == null).count() / 3000.0;
        assertEquals(realMissing, synMissing, 0.03);
        assertFalse(Arrays.stream(syn.column(syn.indexOf("cost"))).anyMatch(v -> v != null && !v.matches("\\d+(\\.\\d{1,2})?")));
    }
}
