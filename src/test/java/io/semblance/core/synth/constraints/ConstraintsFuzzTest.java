// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.semblance.ReaderContract;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.PatientsHead;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the constraint parser: the input's lines are constraint texts for the patients sample's columns. They are
 * parsed, bound to the rows (and the real rows breaking them counted), and bound without rows as a model file binds
 * them; each step gives a value or a clear refusal. Seeds and past findings are in
 * {@code ConstraintsFuzzTestInputs/constraintTexts}.
 */
class ConstraintsFuzzTest {
    /** Reads the sample once, before (and outside the time limit of) the inputs. */
    @BeforeAll
    static void readSample() {
        assertTrue(PatientsHead.DATA.rowCount() > 0);
    }

    @FuzzTest
    void constraintTexts(byte[] bytes) {
        Metadata meta = PatientsHead.META;
        List<String> texts = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        List<Constraint> parsed = ReaderContract.readOrRefuse(() -> Constraints.parseAll(texts, meta));
        if (parsed != null) {
            ReaderContract.readOrRefuse(() -> ConstraintSet.of(parsed, meta, PatientsHead.DATA).violations());
            ReaderContract.readOrRefuse(() -> Constraints.bind(parsed, meta, PatientsHead.DATA.names(), Map.of()));
        }
    }
}
