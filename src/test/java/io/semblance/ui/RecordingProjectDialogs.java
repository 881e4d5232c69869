// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.project.ProjectDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the project's questions from queues and records what was asked; no windows. */
final class RecordingProjectDialogs implements ProjectDialogs {
    final Deque<Path> projectsToOpen = new ArrayDeque<>();
    final Deque<Path> projectsToSave = new ArrayDeque<>();
    final Deque<Path> tables = new ArrayDeque<>();
    final Deque<Path> locations = new ArrayDeque<>();
    final Deque<Unsaved> unsavedAnswers = new ArrayDeque<>();
    boolean continueWithChangedTable;
    boolean replace;
    final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseProjectToOpen(Path folder) {
        asked.add("open project");
        return Optional.ofNullable(projectsToOpen.poll());
    }

    @Override
    public Optional<Path> chooseProjectToSave(Path folder, String fileName) {
        asked.add("save as " + fileName);
        return Optional.ofNullable(projectsToSave.poll());
    }

    @Override
    public boolean confirmReplace(Path file) {
        asked.add("replace " + file.getFileName());
        return replace;
    }

    @Override
    public Optional<Path> chooseTable(Path folder) {
        asked.add("table");
        return Optional.ofNullable(tables.poll());
    }

    @Override
    public Optional<Path> locateTable(String fileName, Path folder) {
        asked.add("locate " + fileName);
        return Optional.ofNullable(locations.poll());
    }

    @Override
    public boolean continueWithChangedTable(Path table) {
        asked.add("changed " + table.getFileName());
        return continueWithChangedTable;
    }

    @Override
    public Unsaved askToSave(String projectName) {
        asked.add("unsaved " + projectName);
        return unsavedAnswers.isEmpty() ? Unsaved.CANCEL : unsavedAnswers.poll();
    }

    @Override
    public void showError(String header, String message) {
        errors.add(header + ": " + message);
    }
}
