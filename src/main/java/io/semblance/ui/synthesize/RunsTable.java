// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Run;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The runs kept in this session, one line each; the selected line is the run the later steps show. Below it, the
 * notes of the selected run.
 */
final class RunsTable {
    private final VBox box;

    RunsTable(SynthesizeViewModel vm) {
        TableView<Run> table = new TableView<>(vm.runs());
        table.setId("synthesize-runs");
        table.setPlaceholder(Sections.hint(Messages.get("synthesize.runs.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("number", r -> String.valueOf(r.number()), 32, true));
        table.getColumns().add(column("strategy", r -> Messages.get("synthesize.strategy." + r.settings().strategy()
                + ".name"), 66, false));
        table.getColumns().add(column("model", r -> Messages.get("synthesize.runs.model." + r.settings().model()), 56,
                false));
        table.getColumns().add(column("rows", r -> Messages.get("synthesize.runs.rowsValue",
                r.synthetic().rowCount()), 70, true));
        table.getColumns().add(column("quality", r -> Messages.get("synthesize.runs.qualityValue",
                r.report().quality().score()), 62, true));
        table.getColumns().add(column("elapsed", r -> Messages.get("synthesize.runs.elapsedValue",
                r.elapsed().toMillis() / 1000.0), 54, true));
        table.getColumns().add(column("seed", r -> String.valueOf(r.settings().seed()), 120, true));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, run) -> {
            if (run != null) {
                vm.selectedRunProperty().set(run);
            }
        });
        vm.selectedRunProperty().addListener((o, old, run) -> table.getSelectionModel().select(run));
        table.getSelectionModel().select(vm.selectedRunProperty().get());
        VBox.setVgrow(table, Priority.ALWAYS);

        Label notes = new Label();
        notes.setId("synthesize-run-notes");
        notes.getStyleClass().add("hint");
        notes.setWrapText(true);
        notes.textProperty().bind(Bindings.createStringBinding(() -> notes(vm.selectedRunProperty().get()),
                vm.selectedRunProperty()));
        notes.visibleProperty().bind(notes.textProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());
        Label title = new Label(Messages.get("synthesize.section.runs"));
        title.getStyleClass().add("synthesize-section-title");
        box = new VBox(title, table, notes);
        box.getStyleClass().add("synthesize-runs");
    }

    private static String notes(Run run) {
        if (run == null || run.notes().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Messages.get("synthesize.runs.notes", run.number()));
        run.notes().forEach(n -> sb.append("\n• ").append(n));
        return sb.toString();
    }

    private static TableColumn<Run, String> column(String key, Function<Run, String> text, double width,
                                                   boolean numeric) {
        TableColumn<Run, String> c = new TableColumn<>(Messages.get("synthesize.runs." + key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        if (numeric) {
            c.getStyleClass().add("numeric");
        }
        return c;
    }

    Node node() {
        return box;
    }
}
