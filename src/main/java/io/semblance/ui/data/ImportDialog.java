// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import io.semblance.core.io.ReadOptions;
import io.semblance.core.io.TableFormat;
import io.semblance.core.io.TableRead;
import io.semblance.ui.common.Messages;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * How a table will be read: delimiter, encoding, header, missing-value tokens and, for workbooks, the sheet, each
 * with what the engine detected, above a preview of the first rows read with these settings.
 */
public final class ImportDialog extends Dialog<ReadOptions> {
    private final ImportViewModel vm;
    private final GridPane form = new GridPane();

    public ImportDialog(Window owner, ImportViewModel vm) {
        this.vm = vm;
        initOwner(owner);
        setResizable(true);
        setTitle(Messages.get("data.import.title"));
        setHeaderText(Messages.get("data.import.question", vm.file().getFileName()));
        form.getStyleClass().add("form");
        if (vm.isWorkbook()) {
            ComboBox<String> sheet = choice("import-sheet", vm.sheets(), vm.sheetProperty(),
                    s -> s == null ? Messages.get("data.import.firstSheet") : s);
            row("data.import.sheet", sheet, hint(null));
        } else {
            row("data.import.delimiter", choice("import-delimiter", ImportViewModel.DELIMITERS, vm.delimiterProperty(),
                    d -> d == null ? Messages.get("data.import.detect") : FormatText.delimiter(d)),
                    detected(vm.delimiterProperty(), f -> FormatText.delimiter(f.delimiter())));
            row("data.import.encoding", choice("import-encoding", ImportViewModel.ENCODINGS, vm.charsetProperty(),
                    c -> c == null ? Messages.get("data.import.detect") : FormatText.encoding(c)),
                    detected(vm.charsetProperty(), f -> FormatText.encoding(f.charset())));
        }
        row("data.import.headerRow", choice("import-header", ImportViewModel.HEADERS, vm.headerProperty(),
                h -> h == null ? Messages.get("data.import.detect") : FormatText.header(h)),
                detected(vm.headerProperty(), f -> FormatText.header(f.header())));
        TextField missing = new TextField();
        missing.setId("import-missing");
        missing.textProperty().bindBidirectional(vm.missingProperty());
        row("data.import.missing", missing, hint(Messages.get("data.import.missing.hint")));

        PreviewView preview = new PreviewView(Bindings.createObjectBinding(vm::previewRows, vm.previewProperty()));
        preview.table().setId("import-preview");
        preview.node().setPrefHeight(280);
        VBox.setVgrow(preview.node(), Priority.ALWAYS);
        VBox content = new VBox(form, caption(), problem(), preview.node());
        content.getStyleClass().add("import-dialog");
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(880);
        getDialogPane().getStylesheets().add(
                ImportDialog.class.getResource("/io/semblance/ui/workbench.css").toExternalForm());

        ButtonType open = new ButtonType(Messages.get("data.import.open"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);
        getDialogPane().lookupButton(open).disableProperty().bind(vm.previewProperty().isNull());
        setResultConverter(b -> b == open ? vm.options() : null);
    }

    private void row(String key, Node control, Node hint) {
        int r = form.getRowCount();
        form.addRow(r, new Label(Messages.get(key)), control, hint);
        GridPane.setHgrow(hint, Priority.ALWAYS);
    }

    /** A drop-down over {@code items} (a fixed list, or one that fills in later like the sheets) bound to a setting. */
    private static <T> ComboBox<T> choice(String id, List<T> items, ObjectProperty<T> value, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>(items instanceof ObservableList<T> live ? live
                : FXCollections.observableArrayList(items));
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        box.valueProperty().bindBidirectional(value);
        box.setPrefWidth(220);
        return box;
    }

    /** "Detected: …" while the setting is left to detection. */
    private Label detected(ObservableValue<?> setting, Function<TableFormat, String> what) {
        Label l = hint(null);
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            TableFormat f = vm.detectedProperty().get();
            return setting.getValue() != null || f == null ? "" : Messages.get("data.import.detected", what.apply(f));
        }, setting, vm.detectedProperty()));
        return l;
    }

    private Label caption() {
        Label l = new Label();
        l.setId("import-caption");
        l.getStyleClass().add("pane-caption");
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            TableRead r = vm.previewProperty().get();
            return vm.busyProperty().get() ? Messages.get("data.import.reading")
                    : r == null ? Messages.get("data.import.noPreview")
                    : Messages.get(r.complete() ? "data.import.all" : "data.import.first", r.data().rowCount());
        }, vm.previewProperty(), vm.busyProperty()));
        return l;
    }

    private Label problem() {
        Label l = new Label();
        l.setId("import-error");
        l.getStyleClass().add("import-error");
        l.setWrapText(true);
        l.textProperty().bind(vm.errorProperty());
        l.visibleProperty().bind(vm.errorProperty().isNotNull());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        return l;
    }
}
