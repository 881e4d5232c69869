// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import io.semblance.ui.Step;
import io.semblance.ui.StepPage;
import io.semblance.ui.common.Messages;
import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Data page: the empty state until a table is open, then its summary above all its rows. A file dragged
 * anywhere over the page shows a drop hint and opens when dropped.
 */
public final class DataView {
    private final DataViewModel vm;
    private final StackPane dropHint = new StackPane(new Label(Messages.get("data.drop.hint")));
    private final VBox page;

    public DataView(DataViewModel vm) {
        this.vm = vm;
        PreviewView preview = new PreviewView(vm.session().datasetProperty());
        preview.table().setId("preview");
        VBox.setVgrow(preview.node(), Priority.ALWAYS);
        VBox table = new VBox(new SummaryView(vm).node(), preview.node());
        table.getStyleClass().add("data-table");
        table.visibleProperty().bind(vm.session().datasetProperty().isNotNull());

        dropHint.setId("drop-hint");
        dropHint.getStyleClass().add("drop-hint");
        dropHint.setMouseTransparent(true);
        dropHint.setVisible(false);
        StackPane body = new StackPane(new EmptyStateView(vm).node(), table, dropHint);
        page = new StepPage(Step.DATA, body).node();
        page.setOnDragOver(this::dragOver);
        page.setOnDragExited(e -> dropHint.setVisible(false));
        page.setOnDragDropped(this::dropped);
    }

    public Node node() {
        return page;
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && !vm.blockedProperty().get()) {
            e.acceptTransferModes(TransferMode.COPY);
            dropHint.setVisible(true);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        dropHint.setVisible(false);
        e.setDropCompleted(!files.isEmpty());
        e.consume();
        if (!files.isEmpty()) {
            vm.openDropped(files.stream().map(File::toPath).toList());
        }
    }
}
