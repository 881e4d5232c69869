// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.common.DialogService;
import io.semblance.ui.synthesize.SynthesisDefaults;
import io.semblance.ui.synthesize.SynthesisRequest;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the view model's questions from queues and records what it showed; no windows. */
final class RecordingDialogs implements DialogService {
    final Deque<Path> tablesToOpen = new ArrayDeque<>();
    final Deque<SynthesisRequest> synthesisAnswers = new ArrayDeque<>();
    final List<SynthesisDefaults> synthesisQuestions = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseTable(Path folder) {
        return Optional.ofNullable(tablesToOpen.poll());
    }

    @Override
    public Optional<SynthesisRequest> askSynthesis(SynthesisDefaults defaults) {
        synthesisQuestions.add(defaults);
        return Optional.ofNullable(synthesisAnswers.poll());
    }

    @Override
    public void showError(String header, String message) {
        errors.add(header + ": " + message);
    }
}
