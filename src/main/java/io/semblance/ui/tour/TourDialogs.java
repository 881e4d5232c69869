// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.tour;

import io.semblance.ui.common.DialogService;
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
