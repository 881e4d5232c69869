// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.evaluate.DiagnosticReport;
import io.semblance.core.evaluate.QualityReport;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.output.SampleWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Full synthesis of adult with the default model, judged by the SDMetrics definitions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CopulaAdultTest {
    Dataset real;
    Dataset syn;
    Metadata meta;

    @BeforeAll
    void synthesize(@TempDir Path dir) throws Exception {
        real = TableReaders.read(Fixtures.ADULT.path());
        meta = Synthesis.detect(real, ProgressListener.NONE, Cancellation.NEVER);
        FittedModel m = Synthesis.fit("copula", real, meta, 20261122L, Locale.US, ProgressListener.NONE, Cancellation.NEVER);
        Path out = dir.resolve("adult-syn.csv");
        new SampleWriter().write(m, real.rowCount(), 20261122L, out, false, ProgressListener.NONE, Cancellation.NEVER);
        syn = TableReaders.read(out);
    }

    @Test
    void qualityBeatsTheTargets() {
        QualityReport q = QualityReport.compute(real, syn, meta);
        assertTrue(q.columnShapes() >= 0.95, "Column Shapes " + q.columnShapes());
        assertTrue(q.score() >= 0.86, "Quality " + q.score());
        assertTrue(q.pairs().stream().filter(QualityReport.PairScore::counted).count() >= 10, "pairs counted");
    }

    @Test
    void zeroInflatedCapitalGainKeepsItsShape() {
        QualityReport q = QualityReport.compute(real, syn, meta);
        double ks = q.columns().stream().filter(c -> c.column().equals("capital-gain")).findFirst().orElseThrow().score();
        assertTrue(ks >= 0.98, "capital-gain KSComplement " + ks);
        long zeros = java.util.Arrays.stream(syn.column(syn.indexOf("capital-gain"))).filter("0"::equals).count();
        assertEquals(0.917, (double) zeros / syn.rowCount(), 0.01);
    }

    @Test
    void diagnosticIsPerfect() {
        DiagnosticReport d = DiagnosticReport.compute(real, syn, meta);
        assertEquals(1.0, d.score(), 1e-12, d.columns().toString());
    }

    @Test
    void columnsOrderIntegersAndMissingShareAreKept() {
        assertEquals(real.names(), syn.names());
        assertEquals(real.rowCount(), syn.rowCount());
        for (String v : syn.column(syn.indexOf("fnlwgt"))) {
            assertTrue(v.matches("\\d+"), v);
        }
        double realMissing = share(real.column(real.indexOf("occupation")));
        double synMissing = share(syn.column(syn.indexOf("occupation")));
        assertEquals(realMissing, synMissing, 0.01);
    }

    @Test
    void educationNumberFollowsEducationExactly() {
        int e = syn.indexOf("education");
        int n = syn.indexOf("education-num");
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (int r = 0; r < real.rowCount(); r++) {
            map.put(real.value(r, e), real.value(r, n));
        }
        for (int r = 0; r < syn.rowCount(); r++) {
            assertEquals(map.get(syn.value(r, e)), syn.value(r, n));
        }
    }

    private static double share(String[] v) {
        return java.util.Arrays.stream(v).filter(x -> x == null).count() / (double) v.length;
    }
}
