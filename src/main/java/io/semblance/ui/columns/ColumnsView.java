// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.core.model.ColumnRole;
import io.semblance.ui.Step;
import io.semblance.ui.StepPage;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Session;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Columns step's page: bulk actions and metadata files above, advice in plain words, then the table. */
public final class ColumnsView {
    private final VBox body = new VBox();
    private final Parent page;

    /** The page over the session, with real dialogs. */
    public ColumnsView(Session session) {
        this(null, session);
    }

    /** The page over a view model (tests pass one with dialogs that need no window). */
    public ColumnsView(ColumnsViewModel vm) {
        this(vm, null);
    }

    private ColumnsView(ColumnsViewModel given, Session session) {
        ColumnsViewModel vm = given != null ? given : new ColumnsViewModel(session,
                new FxColumnsDialogs(() -> body.getScene() == null ? null : body.getScene().getWindow()),
                new BackgroundJobs());
        TableView<ColumnRow> table = new ColumnsTable(vm).node();
        VBox.setVgrow(table, Priority.ALWAYS);
        body.getChildren().setAll(toolbar(vm, table), advice(vm), table);
        body.getStyleClass().add("columns-body");
        page = new StepPage(Step.COLUMNS, body).node();
    }

    public Parent node() {
        return page;
    }

    private static HBox toolbar(ColumnsViewModel vm, TableView<ColumnRow> table) {
        MenuButton setRole = new MenuButton(Messages.get("columns.setRole"));
        setRole.setId("columns-set-role");
        for (ColumnRole r : ColumnRole.values()) {
            MenuItem item = new MenuItem(RoleNames.of(r));
            item.setId("columns-set-" + r.jsonName());
            item.setOnAction(e -> vm.setRoles(table.getSelectionModel().getSelectedItems().stream()
                    .map(ColumnRow::name).toList(), r));
            setRole.getItems().add(item);
        }
        setRole.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems())
                .or(vm.lockedProperty()));
        Button suggest = button("columns-suggest", "columns.suggest", vm::suggestRoles);
        suggest.disableProperty().bind(vm.lockedProperty());
        Button load = button("columns-load", "columns.load", vm::loadMetadata);
        load.disableProperty().bind(vm.lockedProperty());
        Button save = button("columns-save", "columns.save", vm::saveMetadata);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        setRole.setTooltip(ColumnsTable.tooltip(Messages.get("columns.setRole.help")));
        HBox bar = new HBox(setRole, suggest, gap, load, save);
        bar.getStyleClass().add("columns-toolbar");
        return bar;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setTooltip(ColumnsTable.tooltip(Messages.get(key + ".help")));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The advice sentences and, while a job runs, that edits are locked; hidden when there is nothing to say. */
    private static VBox advice(ColumnsViewModel vm) {
        Label locked = new Label(Messages.get("columns.locked"));
        locked.getStyleClass().add("columns-locked");
        locked.visibleProperty().bind(vm.lockedProperty());
        locked.managedProperty().bind(vm.lockedProperty());
        VBox sentences = new VBox();
        sentences.setId("columns-advice");
        sentences.getStyleClass().add("columns-advice");
        Runnable fill = () -> {
            sentences.getChildren().setAll(vm.advice().stream().map(s -> {
                Label l = new Label(s);
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                return l;
            }).toList());
            sentences.setVisible(!vm.advice().isEmpty());
            sentences.setManaged(!vm.advice().isEmpty());
        };
        vm.advice().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        return new VBox(locked, sentences);
    }
}
