// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.project;

import io.semblance.ui.common.FxDialogService;
import io.semblance.ui.common.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The project's questions as real dialogs over the workbench. */
public final class FxProjectDialogs implements ProjectDialogs {
    private final Window owner;
    private final FxDialogService common;

    public FxProjectDialogs(Window owner) {
        this.owner = owner;
        this.common = new FxDialogService(owner);
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path folder) {
        FileChooser chooser = chooser(Messages.get("project.open.title"), folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseProjectToSave(Path folder, String fileName) {
        FileChooser chooser = chooser(Messages.get("project.save.title"), folder);
        chooser.setInitialFileName(fileName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean confirmReplace(Path file) {
        ButtonType replace = new ButtonType(Messages.get("project.replace.ok"), ButtonData.OK_DONE);
        return ask(Alert.AlertType.CONFIRMATION, Messages.get("project.replace.header", file.getFileName()),
                Messages.get("project.replace.text", file.getParent()), replace, ButtonType.CANCEL) == replace;
    }

    @Override
    public Optional<Path> chooseTable(Path folder) {
        return common.chooseTable(folder);
    }

    @Override
    public Optional<Path> locateTable(String fileName, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("project.locate.title", fileName));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(fileName, fileName));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("filter.all"), "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean continueWithChangedTable(Path table) {
        ButtonType go = new ButtonType(Messages.get("project.changed.continue"), ButtonData.OK_DONE);
        return ask(Alert.AlertType.WARNING, Messages.get("project.changed.header"),
                Messages.get("project.changed.text", table.getFileName()), go, ButtonType.CANCEL) == go;
    }

    @Override
    public Unsaved askToSave(String projectName) {
        ButtonType save = new ButtonType(Messages.get("project.unsaved.save"), ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("project.unsaved.discard"), ButtonData.NO);
        ButtonType answer = ask(Alert.AlertType.CONFIRMATION, Messages.get("project.unsaved.header", projectName),
                Messages.get("project.unsaved.text"), save, discard, ButtonType.CANCEL);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public void showError(String header, String message) {
        common.showError(header, message);
    }

    private FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("project.filter"), "*" + ProjectFile.EXTENSION),
                new FileChooser.ExtensionFilter(Messages.get("filter.all"), "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private ButtonType ask(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(header);
        return alert.showAndWait().orElse(ButtonType.CANCEL);
    }
}
