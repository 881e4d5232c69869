// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the Columns step's questions from queues and records what it asked and showed; no windows. */
final class RecordingColumnsDialogs implements ColumnsDialogs {
    final Deque<Path> toLoad = new ArrayDeque<>();
    final Deque<Path> toSave = new ArrayDeque<>();
    final Deque<Boolean> answers = new ArrayDeque<>();
    final List<String> offeredNames = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseMetadataToLoad(Path folder) {
        return Optional.ofNullable(toLoad.poll());
    }

    @Override
    public Optional<Path> chooseMetadataToSave(Path folder, String fileName) {
        offeredNames.add(fileName);
        return Optional.ofNullable(toSave.poll());
    }

    @Override
    public boolean confirmReplace(Path file) {
        return confirm("replace " + file.getFileName(), "");
    }

    @Override
    public boolean confirm(String header, String message) {
        questions.add(header + (message.isEmpty() ? "" : " " + message));
        return Boolean.TRUE.equals(answers.poll());
    }

    @Override
    public void showError(String header, String message) {
        errors.add(header + ": " + message);
    }
}
