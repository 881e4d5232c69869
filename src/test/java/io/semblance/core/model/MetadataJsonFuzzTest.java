// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.model;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.semblance.ReaderContract;
import io.semblance.core.synth.constraints.Constraints;
import java.nio.file.Path;

/**
 * Fuzzes the reader of SDV metadata files (single- and multi-table forms, roles, constraint texts and SDV constraint
 * objects) on arbitrary bytes, then parses the constraints it holds, as a run does: each step gives a value or a
 * clear refusal. Seeds and past findings are in {@code MetadataJsonFuzzTestInputs/metadataFile}.
 */
class MetadataJsonFuzzTest {
    @FuzzTest
    void metadataFile(byte[] bytes) throws Exception {
        Path file = ReaderContract.file("metadata.json", bytes);
        Metadata meta = ReaderContract.readOrRefuse(() -> MetadataJson.read(file));
        if (meta != null) {
            ReaderContract.readOrRefuse(() -> Constraints.parseAll(meta.constraints(), meta));
            ReaderContract.readOrRefuse(() -> MetadataJson.parse(MetadataJson.write(meta)));
        }
    }
}
