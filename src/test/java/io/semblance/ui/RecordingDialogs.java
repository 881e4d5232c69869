// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the view model's questions from queues and records what it showed; no windows. */
final class RecordingDialogs implements DialogService {
    final Deque<Path> tablesToOpen = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseTable(Path folder) {
        return Optional.ofNullable(tablesToOpen.poll());
    }

    @Override
    public void showError(String header, String message) {
        errors.add(header + ": " + message);
    }
}
