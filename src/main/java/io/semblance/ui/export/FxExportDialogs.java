// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import io.semblance.core.evaluate.MetricResult;
import io.semblance.ui.common.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The Export step's questions as real windows over the workbench. */
public final class FxExportDialogs implements ExportDialogs {
    private final Supplier<Window> owner;

    /** @param owner the window the dialogs belong to, looked up when a dialog opens */
    public FxExportDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFolder(Path start) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("export.folder.title"));
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        File f = chooser.showDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Acknowledged> acknowledgeRed(List<MetricResult> red) {
        return new AcknowledgeDialog(owner.get(), red).showAndWait();
    }

    @Override
    public boolean confirmRealValues(Path modelFile) {
        return ask(Alert.AlertType.WARNING, "export.realValues", Messages.get("export.realValues.text",
                modelFile.getFileName()), "export.realValues.ok");
    }

    @Override
    public boolean confirmReplace(List<Path> existing) {
        String list = existing.stream().map(Path::toString).collect(Collectors.joining("\n"));
        return ask(Alert.AlertType.CONFIRMATION, "export.replace", Messages.get("export.replace.text", list,
                existing.size()), "export.replace.ok", existing.size());
    }

    private boolean ask(Alert.AlertType type, String key, String text, String okKey, Object... headerArgs) {
        ButtonType ok = new ButtonType(Messages.get(okKey), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(type, text, ok, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(Messages.get(key + ".title"));
        alert.setHeaderText(Messages.get(key + ".header", headerArgs));
        alert.getDialogPane().setMinWidth(520);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
