// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.hybrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.MessyTables;
import io.semblance.core.synth.Synthesis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Hybrid synthesis of a hospital-like table with keys and personal data, diagnosis sensitive. */
class HybridMessyTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"copula", "cart"})
    void identifiersAndPersonalDataNeverComeFromTheRealRecord(String kind) throws Exception {
        Dataset real = TableReaders.read(MessyTables.hospital(dir, 1500, 42));
        Metadata meta = Synthesis.detect(real, ProgressListener.NONE, Cancellation.NEVER);
        FittedModel model = Synthesis.fit(kind, real, meta, 3, Locale.US, ProgressListener.NONE, Cancellation.NEVER);
        HybridSynthesis.Result r = HybridSynthesis.build(model, real, meta, List.of("diagnosis"), 0.6, 1500, 3, 2,
                ProgressListener.NONE, Cancellation.NEVER);
        Dataset syn = r.table();
        List<Integer> generated = new ArrayList<>();
        for (int c = 0; c < real.columnCount(); c++) {
            if (!meta.column(real.name(c)).map(ColumnMeta::isModelled).orElse(true)) {
                generated.add(c);
            }
        }
        for (String name : List.of("patient_id", "full_name", "email", "ssn")) {
            assertTrue(generated.contains(real.indexOf(name)), name + " should be generated");
        }
        assertEquals(900, r.hybridRows());
        int sameDiagnosis = 0;
        for (int c : generated) {
            Set<String> realValues = new HashSet<>(List.of(real.column(c)));
            realValues.remove(null);
            int kept = 0;
            for (int row = 0; row < syn.rowCount(); row++) {
                int source = r.realRow()[row];
                if (source >= 0) {
                    assertFalse(java.util.Objects.equals(real.value(source, c), syn.value(row, c))
                            && real.value(source, c) != null, real.name(c) + " copied in row " + row);
                    kept += realValues.contains(syn.value(row, c)) ? 1 : 0;
                }
            }
            if (real.name(c).equals("email") || real.name(c).equals("ssn") || real.name(c).equals("patient_id")) {
                assertTrue(kept < 10, real.name(c) + ": " + kept + " hybrid rows hold a real value");
            }
        }
        int d = real.indexOf("diagnosis");
        int ward = real.indexOf("ward");
        int age = real.indexOf("age");
        for (int row = 0; row < syn.rowCount(); row++) {
            int source = r.realRow()[row];
            if (source >= 0) {
                assertEquals(real.value(source, ward), syn.value(row, ward));
                assertEquals(real.value(source, age), syn.value(row, age));
                sameDiagnosis += java.util.Objects.equals(real.value(source, d), syn.value(row, d)) ? 1 : 0;
            }
        }
        assertTrue(sameDiagnosis < 900, "diagnosis kept in every row");
    }
}
