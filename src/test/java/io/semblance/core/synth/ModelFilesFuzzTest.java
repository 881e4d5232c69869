// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.semblance.ReaderContract;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.synth.output.SampleWriter;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the model-file reader (copula and cart parameters, generated columns, saved constraints) on arbitrary
 * bytes. A file it accepts must also draw rows, as {@code semblance sample} does with it; every step gives a value
 * or a clear refusal. Seeds (model files the product wrote) and past findings are in
 * {@code ModelFilesFuzzTestInputs/modelFile}.
 */
class ModelFilesFuzzTest {
    /**
     * Draws from a seed model with generated names and constraints once, before (and outside the time limit of) the
     * inputs: the first draw of fake names loads their word lists, which takes seconds.
     */
    @BeforeAll
    static void warmUp() throws Exception {
        try (InputStream in = ModelFilesFuzzTest.class.getResourceAsStream(
                "ModelFilesFuzzTestInputs/modelFile/patients-copula-constraints.model.json")) {
            Path seed = ReaderContract.file("seed.json", in.readAllBytes());
            sample(ModelFiles.load(seed));
        }
    }

    @FuzzTest
    void modelFile(byte[] bytes) throws Exception {
        Path file = ReaderContract.file("model.json", bytes);
        FittedModel model = ReaderContract.readOrRefuse(() -> ModelFiles.load(file));
        if (model != null) {
            ReaderContract.readOrRefuse(() -> sample(model));
        }
    }

    /** Draws five rows, as {@code semblance sample} does. */
    private static Path sample(FittedModel model) throws Exception {
        Path out = ReaderContract.file("sample.csv", new byte[0]);
        new SampleWriter(1).write(model, 5, 1, out, true, ProgressListener.NONE, Cancellation.NEVER);
        return out;
    }
}
