// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.common.Icons;
import io.semblance.ui.common.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts and Help ▸ About. */
final class HelpDialogs {
    private HelpDialogs() {
    }

    /** The list of keys, in a dialog that stays open beside the window. */
    static void showShortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-list");
        grid.getStyleClass().add("shortcut-list");
        int row = 0;
        for (Shortcuts.Entry e : Shortcuts.all()) {
            Label keys = new Label(e.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(e.action()));
        }
        Alert alert = alert(owner, Messages.get("help.shortcuts.header"));
        alert.getDialogPane().setContent(grid);
        alert.initModality(Modality.NONE);
        alert.show();
    }

    /** The mark, name, version, licence. */
    static void showAbout(Window owner) {
        Alert alert = alert(owner, Messages.get("help.about.header", version()));
        alert.setContentText(Messages.get("help.about.text", System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?")));
        alert.setGraphic(mark());
        alert.showAndWait();
    }

    /** The application mark at 64 px, drawn from the 128 px image so it stays sharp on a scaled screen. */
    static ImageView mark() {
        ImageView view = new ImageView(Icons.mark(128));
        view.setId("about-mark");
        view.setFitWidth(64);
        view.setFitHeight(64);
        view.setSmooth(true);
        return view;
    }

    /** The version in the jar's manifest, or "development build" when run from classes. */
    static String version() {
        String v = HelpDialogs.class.getPackage().getImplementationVersion();
        return v == null ? Messages.get("help.about.devVersion") : v;
    }

    private static Alert alert(Window owner, String header) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(header);
        alert.setGraphic(null);
        return alert;
    }
}
