// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import io.semblance.core.io.ReadOptions;
import io.semblance.ui.data.ImportViewModel;
import java.nio.file.Path;
import java.util.Optional;

/** The questions and alerts the view model puts to the user; tests answer them without a window. */
public interface DialogService {
    /** Asks for a table to open, starting in {@code folder} (may be null); empty when the user cancels. */
    Optional<Path> chooseTable(Path folder);

    /** Shows how a table will be read, with a live preview; the options chosen, or empty when the user cancels. */
    Optional<ReadOptions> askImport(ImportViewModel importer);

    /** Tells the user that a table could not be read and offers to try other options; true to do so. */
    boolean offerImport(String header, String message);


    /** Tells the user that something failed, in one line. */
    void showError(String header, String message);
}
