// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.project;

import java.nio.file.Path;
import java.util.Optional;

/** The questions saving and reopening a project put to the user; tests answer them without a window. */
public interface ProjectDialogs {
    /** What to do with unsaved changes before they would be lost. */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** Asks for a project file to open, starting in {@code folder} (may be null); empty when the user cancels. */
    Optional<Path> chooseProjectToOpen(Path folder);

    /**
     * Asks where to save the project, offering {@code fileName} in {@code folder}; empty when the user cancels. An
     * existing file that is chosen has been confirmed for replacing.
     */
    Optional<Path> chooseProjectToSave(Path folder, String fileName);

    /** Whether to replace an existing file the user did not pick as such (the extension was added to the name). */
    boolean confirmReplace(Path file);

    /** Asks for the table of a new project; empty when the user cancels. */
    Optional<Path> chooseTable(Path folder);

    /** The project's table is neither where it was nor beside the project: asks where it is now. */
    Optional<Path> locateTable(String fileName, Path folder);

    /** The table's bytes differ from when the project was saved: true to go on with the table as it is now. */
    boolean continueWithChangedTable(Path table);

    /** Asks whether to save the project's changes first. */
    Unsaved askToSave(String projectName);

    /** Tells the user that something failed, in one line. */
    void showError(String header, String message);
}
