// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.core.io.ReadOptions;
import io.semblance.ui.common.DialogService;
import io.semblance.ui.data.ImportViewModel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Answers the view model's questions from queues and records what it showed; no windows. */
public final class RecordingDialogs implements DialogService {
    public final Deque<Path> tablesToOpen = new ArrayDeque<>();
    /** Answers the import dialog: may change the importer's settings, then returns the options or empty. */
    public Function<ImportViewModel, Optional<ReadOptions>> importAnswer = importer -> Optional.empty();
    public final List<ImportViewModel> importers = new ArrayList<>();
    /** Whether to accept an offer to open a failed file with options. */
    public boolean acceptImportOffer;
    public final List<String> importOffers = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseTable(Path folder) {
        return Optional.ofNullable(tablesToOpen.poll());
    }

    @Override
    public Optional<ReadOptions> askImport(ImportViewModel importer) {
        importers.add(importer);
        return importAnswer.apply(importer);
    }

    @Override
    public boolean offerImport(String header, String message) {
        importOffers.add(header + ": " + message);
        return acceptImportOffer;
    }

    @Override
    public void showError(String header, String message) {
        errors.add(header + ": " + message);
    }
}
