// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** The questions and alerts the view model puts to the user; tests answer them without a window. */
public interface DialogService {
    /** Asks for a table to open, starting in {@code folder} (may be null); empty when the user cancels. */
    Optional<Path> chooseTable(Path folder);

    /** Tells the user that something failed, in one line. */
    void showError(String header, String message);
}
