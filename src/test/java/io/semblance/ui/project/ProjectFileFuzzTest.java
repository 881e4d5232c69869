// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.project;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.semblance.ReaderContract;
import java.nio.file.Path;

/**
 * Fuzzes the reader of workbench project files ({@code .semblance}: the table's location and hash, the metadata, the
 * runs' settings and the verdict limits), which is plain Java, on arbitrary bytes: a project comes back, or the file
 * is refused with a clear message. A project read back must also write and read again. Seeds and past findings are
 * in {@code ProjectFileFuzzTestInputs/projectFile}.
 */
class ProjectFileFuzzTest {
    @FuzzTest
    void projectFile(byte[] bytes) throws Exception {
        Path file = ReaderContract.file("input" + ProjectFile.EXTENSION, bytes);
        ProjectFile project = ReaderContract.readOrRefuse(() -> ProjectFile.read(file));
        if (project != null) {
            ReaderContract.readOrRefuse(() -> ProjectFile.parse(project.toJson()));
            ReaderContract.readOrRefuse(() -> project.dataset().locate(file));
        }
    }
}
