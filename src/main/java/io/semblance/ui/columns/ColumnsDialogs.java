// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the Columns step puts to the user; tests answer them without a window. */
public interface ColumnsDialogs {
    /** Asks for a metadata JSON file to read, starting in {@code folder} (may be null); empty when cancelled. */
    Optional<Path> chooseMetadataToLoad(Path folder);

    /** Asks where to write metadata JSON, offering {@code fileName} in {@code folder}; empty when cancelled. */
    Optional<Path> chooseMetadataToSave(Path folder, String fileName);

    /** Whether an existing file may be replaced. */
    boolean confirmReplace(Path file);

    /** Asks the user to confirm an action; true to go ahead. */
    boolean confirm(String header, String message);

    /** Tells the user that something failed, in one line. */
    void showError(String header, String message);
}
