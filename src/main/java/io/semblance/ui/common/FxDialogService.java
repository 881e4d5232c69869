// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs shown as real windows over the workbench. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseTable(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("filter.tables"), "*.csv", "*.tsv", "*.txt", "*.xlsx"),
                new FileChooser.ExtensionFilter(Messages.get("filter.text"), "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter(Messages.get("filter.xlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(Messages.get("filter.all"), "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
