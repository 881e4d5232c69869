// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import io.semblance.core.io.ReadOptions;
import io.semblance.ui.data.ImportDialog;
import io.semblance.ui.data.ImportViewModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
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
    public Optional<ReadOptions> askImport(ImportViewModel importer) {
        return new ImportDialog(owner, importer).showAndWait();
    }

    @Override
    public boolean offerImport(String header, String message) {
        ButtonType options = new ButtonType(Messages.get("data.import.offer"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(header, message, options, ButtonType.CLOSE);
        return alert.showAndWait().filter(options::equals).isPresent();
    }

    @Override
    public void showError(String header, String message) {
        alert(header, message, ButtonType.OK).showAndWait();
    }

    private Alert alert(String header, String message, ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, buttons);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(header);
        return alert;
    }
}
