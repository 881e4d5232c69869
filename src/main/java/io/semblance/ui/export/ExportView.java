// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import io.semblance.ui.Step;
import io.semblance.ui.StepPage;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Session;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Export step's page: what to write and where on the left, the run's verdicts on the right. */
public final class ExportView {
    private final ExportViewModel vm;
    private final VBox page;

    public ExportView(ExportViewModel vm) {
        this.vm = vm;
        HBox body = new HBox(24, choices(), new VerdictPane(vm).node());
        body.getStyleClass().add("export-body");
        page = new StepPage(Step.EXPORT, body).node();
        page.sceneProperty().addListener((o, a, scene) -> vm.refresh()); // files may have changed while away
    }

    /** The page with dialogs shown over its own window. */
    public static ExportView create(Session session) {
        VBox[] root = new VBox[1];
        ExportView view = new ExportView(new ExportViewModel(session,
                new FxExportDialogs(() -> root[0].getScene().getWindow())));
        root[0] = view.page;
        return view;
    }

    public VBox node() {
        return page;
    }

    private VBox choices() {
        VBox kinds = new VBox(4);
        for (ExportKind k : ExportKind.values()) {
            CheckBox box = new CheckBox(k.label());
            box.setId(k.id());
            box.selectedProperty().bindBidirectional(vm.chosenProperty(k));
            BooleanBinding off = vm.unavailableProperty(k).isNotNull();
            box.disableProperty().bind(k == ExportKind.HTML_REPORT ? off.or(vm.reportRequiredProperty()) : off);
            kinds.getChildren().addAll(box, hint(hintFor(k), k == ExportKind.MODEL));
        }
        ListView<PlannedFile> files = new ListView<>(vm.files());
        files.setId("export-files");
        files.setCellFactory(l -> new PlannedFileCell());
        files.setPlaceholder(wrapped(Messages.get("export.files.none"), "hint"));
        files.setPrefHeight(6 * 24 + 6); // room for every kind of file
        files.setMinHeight(Region.USE_PREF_SIZE);
        files.setFocusTraversable(false);

        VBox box = new VBox(6, caption("export.what"), kinds, caption("export.where"), where(),
                caption("export.files"), files, actions(), result());
        box.getStyleClass().add("export-choices");
        box.setPrefWidth(400); // with the verdicts at their width, the rest of the page goes here
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** The note under a check box: why it is unavailable, or what to know before ticking it. */
    private ObservableValue<String> hintFor(ExportKind k) {
        if (k == ExportKind.MODEL) {
            return Bindings.when(vm.unavailableProperty(k).isNotNull()).then(vm.unavailableProperty(k))
                    .otherwise(Bindings.when(vm.modelHoldsRealValuesProperty())
                            .then(Messages.get("export.model.realValues")).otherwise(""));
        }
        if (k == ExportKind.HTML_REPORT) {
            return Bindings.when(vm.reportRequiredProperty()).then(Messages.get("export.report.required"))
                    .otherwise("");
        }
        return Bindings.when(vm.unavailableProperty(k).isNotNull()).then(vm.unavailableProperty(k)).otherwise("");
    }

    private static Label hint(ObservableValue<String> text, boolean warning) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().addAll("export-hint", warning ? "warning" : "note");
        l.setWrapText(true);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private GridPane where() {
        TextField folder = new TextField();
        folder.setId("export-folder");
        folder.textProperty().bindBidirectional(vm.folderProperty());
        Button choose = new Button(Messages.get("export.folder.choose"));
        choose.setId("export-choose");
        choose.setOnAction(e -> vm.chooseFolder());
        TextField base = new TextField();
        base.setId("export-base");
        base.textProperty().bindBidirectional(vm.baseNameProperty());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("export-where");
        grid.addRow(0, new Label(Messages.get("export.folder")), folder, choose);
        grid.addRow(1, new Label(Messages.get("export.base")), base);
        GridPane.setHgrow(folder, Priority.ALWAYS);
        return grid;
    }

    private HBox actions() {
        Button export = new Button(Messages.get("export.action"));
        export.setId("export-run");
        export.getStyleClass().add("primary");
        export.disableProperty().bind(vm.canExportProperty().not());
        export.setOnAction(e -> vm.export());
        Button cancel = new Button(Messages.get("export.cancel"));
        cancel.setId("export-cancel");
        cancel.visibleProperty().bind(vm.exportingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        Label problem = new Label();
        problem.setId("export-problem");
        problem.getStyleClass().add("export-problem");
        problem.textProperty().bind(vm.problemProperty());
        return new HBox(10, export, cancel, problem);
    }

    private Label result() {
        Label result = new Label();
        result.setId("export-result");
        result.getStyleClass().add("export-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.resultProperty());
        return result;
    }

    static Label caption(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("pane-caption");
        return l;
    }

    static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
