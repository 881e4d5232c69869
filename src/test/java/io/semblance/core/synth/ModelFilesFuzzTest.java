// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.semblance.ReaderContract;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.synth.output.SampleWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the model-file reader (copula and cart parameters, generated columns, saved constraints) on arbitrary
 * bytes. A file it accepts must also draw rows, as {@code semblance sample} does with it; every step gives a value
 * or a clear refusal. Seeds (model files the product wrote) and past findings are in
 * {@code ModelFilesFuzzTestInputs/modelFile}.
 */
class ModelFilesFuzzTest {
    @TempDir
    static Path dir;

    @FuzzTest
    @Timeout(10)
    void modelFile(byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve("model.json"), bytes);
        FittedModel model = ReaderContract.readOrRefuse(() -> ModelFiles.load(file));
        if (model != null) {
            Path out = dir.resolve("sample.csv");
            ReaderContract.readOrRefuse(() -> {
                new SampleWriter(1).write(model, 5, 1, out, true, ProgressListener.NONE, Cancellation.NEVER);
                return out;
            });
        }
    }
}
