// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.tour;

import io.semblance.core.io.ReadOptions;
import io.semblance.ui.common.DialogService;
import io.semblance.ui.data.ImportViewModel;
import java.nio.file.Path;
import java.util.Optional;

/** The workbench's dialogs during a tour: nobody is there to choose a file, and an error ends the tour. */
final class TourDialogs implements DialogService {
    private volatile String error;

    @Override
    public Optional<Path> chooseTable(Path folder) {
        return Optional.empty();
    }

    @Override
    public Optional<ReadOptions> askImport(ImportViewModel importer) {
        return Optional.empty();
    }

    /** A table that cannot be read ends the tour: no other options are tried. */
    @Override
    public boolean offerImport(String header, String message) {
        showError(header, message);
        return false;
    }

    @Override
    public void showError(String header, String message) {
        if (error == null) {
            error = header + ": " + message;
        }
    }

    /** Throws the first error the workbench reported, as bad input (it is most often the table). */
    void check() {
        if (error != null) {
            throw new IllegalArgumentException(error);
        }
    }
}
