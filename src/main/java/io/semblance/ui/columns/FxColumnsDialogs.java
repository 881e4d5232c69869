// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.ui.common.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The Columns step's dialogs as real windows over the workbench. */
final class FxColumnsDialogs implements ColumnsDialogs {
    private final Supplier<Window> owner;
    /** The file the save chooser returned last: the chooser itself has asked before replacing it. */
    private Path approvedBySaveChooser;

    /** @param owner the window the dialogs belong to, looked up when a dialog opens */
    FxColumnsDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseMetadataToLoad(Path folder) {
        File f = chooser(Messages.get("columns.file.title.load"), folder).showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseMetadataToSave(Path folder, String fileName) {
        FileChooser chooser = chooser(Messages.get("columns.file.title.save"), folder);
        chooser.setInitialFileName(fileName);
        File f = chooser.showSaveDialog(owner.get());
        approvedBySaveChooser = f == null ? null : f.toPath();
        return Optional.ofNullable(approvedBySaveChooser);
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("columns.file.filter"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("filter.all"), "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    @Override
    public boolean confirmReplace(Path file) {
        return file.equals(approvedBySaveChooser) || confirm(
                Messages.get("columns.replace.header", file.getFileName()), Messages.get("columns.replace.text"));
    }

    @Override
    public boolean confirm(String header, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, header, message);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public void showError(String header, String message) {
        alert(Alert.AlertType.ERROR, header, message).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String header, String message) {
        Alert alert = new Alert(type, message, type == Alert.AlertType.ERROR
                ? new ButtonType[]{ButtonType.OK} : new ButtonType[]{ButtonType.OK, ButtonType.CANCEL});
        alert.initOwner(owner.get());
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(header);
        return alert;
    }
}
