// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import io.semblance.core.evaluate.MetricResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the Export step's questions as set by the test and records which were asked; no windows. */
final class RecordingExportDialogs implements ExportDialogs {
    Acknowledged acknowledgement;
    boolean saveRealValues;
    boolean replace;
    Path folder;
    final List<String> asked = new ArrayList<>();
    final List<List<Path>> replaceQuestions = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseFolder(Path start) {
        asked.add("folder");
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Acknowledged> acknowledgeRed(List<MetricResult> red) {
        asked.add("red:" + red.size());
        return Optional.ofNullable(acknowledgement);
    }

    @Override
    public boolean confirmRealValues(Path modelFile) {
        asked.add("realValues:" + modelFile.getFileName());
        return saveRealValues;
    }

    @Override
    public boolean confirmReplace(List<Path> existing) {
        asked.add("replace");
        replaceQuestions.add(existing);
        return replace;
    }

    @Override
    public void showError(String header, String message) {
        errors.add(header + ": " + message);
    }
}
