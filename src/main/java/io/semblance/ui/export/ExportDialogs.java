// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import io.semblance.core.evaluate.MetricResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The questions the Export step puts to the steward; tests answer them without a window. */
public interface ExportDialogs {
    /** Asks for the folder to export into, starting in {@code start} (may be null); empty when cancelled. */
    Optional<Path> chooseFolder(Path start);

    /** Shows the red verdicts and asks for a tick and a reason to export anyway; empty when cancelled. */
    Optional<Acknowledged> acknowledgeRed(List<MetricResult> red);

    /** Warns that the model file holds real values of the training data; true to save it anyway. */
    boolean confirmRealValues(Path modelFile);

    /** Asks once whether to replace the files that already exist; true to replace them all. */
    boolean confirmReplace(List<Path> existing);

    /** Tells the steward that the export failed, in one line. */
    void showError(String header, String message);
}
