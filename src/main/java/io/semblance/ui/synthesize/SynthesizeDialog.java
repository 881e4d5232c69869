// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import io.semblance.ui.common.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks how many rows, which seed and where to write; the save chooser confirms replacing a file. */
public final class SynthesizeDialog extends Dialog<SynthesisRequest> {
    private final TextField rows = new TextField();
    private final TextField seed = new TextField();
    private final TextField out = new TextField();
    private Path chosen;
    private boolean replace;

    public SynthesizeDialog(Window owner, SynthesisDefaults defaults) {
        initOwner(owner);
        setTitle(Messages.get("synth.title"));
        setHeaderText(Messages.get("synth.header"));
        rows.setId("synth-rows");
        rows.setText(String.valueOf(defaults.rows()));
        seed.setId("synth-seed");
        seed.setText(String.valueOf(defaults.seed()));
        out.setId("synth-out");
        out.setEditable(false);
        out.setFocusTraversable(false);
        out.setPromptText(Messages.get("synth.out.prompt"));
        Button choose = new Button(Messages.get("synth.out.choose"));
        choose.setOnAction(e -> choose(defaults));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        grid.getColumnConstraints().addAll(fixed(), new ColumnConstraints(), fixed());
        choose.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, new Label(Messages.get("synth.rows")), rows);
        grid.add(hint(Messages.get("synth.rows.hint", defaults.rows())), 1, 1, 2, 1);
        grid.addRow(2, new Label(Messages.get("synth.seed")), seed);
        grid.add(hint(Messages.get("synth.seed.hint")), 1, 3, 2, 1);
        grid.addRow(4, new Label(Messages.get("synth.out")), out, choose);
        GridPane.setHgrow(out, Priority.ALWAYS);
        GridPane.setColumnSpan(rows, 2);
        GridPane.setColumnSpan(seed, 2);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(560);
        getDialogPane().getStylesheets().add(
                SynthesizeDialog.class.getResource("/io/semblance/ui/workbench.css").toExternalForm());

        ButtonType run = new ButtonType(Messages.get("synth.run"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(run, ButtonType.CANCEL);
        getDialogPane().lookupButton(run).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                SynthesisRequest.parse(rows.getText(), seed.getText(), chosen, replace);
            } catch (IllegalArgumentException bad) {
                e.consume();
                Alert alert = new Alert(Alert.AlertType.WARNING, bad.getMessage(), ButtonType.OK);
                alert.initOwner(getDialogPane().getScene().getWindow());
                alert.setTitle(Messages.get("synth.title"));
                alert.setHeaderText(Messages.get("synth.error.header"));
                alert.showAndWait();
            }
        });
        setResultConverter(b -> b == run ? SynthesisRequest.parse(rows.getText(), seed.getText(), chosen, replace)
                : null);
    }

    private void choose(SynthesisDefaults defaults) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("synth.out.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("filter.csv"), "*.csv"));
        Path start = chosen != null ? chosen.getParent() : defaults.folder();
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        chooser.setInitialFileName(chosen != null ? chosen.getFileName().toString() : defaults.fileName());
        File f = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (f != null) {
            chosen = f.toPath();
            // The save chooser has already asked whether to replace an existing file.
            replace = Files.exists(chosen);
            out.setText(chosen.toString());
        }
    }

    private static ColumnConstraints fixed() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
