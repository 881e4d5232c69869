// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the main window where it was last closed, kept on the screens there are now, and remembers where it is when
 * it closes. While maximized, the bounds it will return to are the ones remembered.
 */
final class WindowPlacement {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 820;

    private final Stage stage;
    private final WindowMemory memory;
    private Rectangle2D normal;

    WindowPlacement(Stage stage, WindowMemory memory) {
        this.stage = stage;
        this.memory = memory;
    }

    /** Sizes and places the stage before it is shown; the first time, a comfortable size mid-screen. */
    void restore() {
        List<Rectangle2D> screens = visualBounds();
        memory.window().map(s -> s.clampTo(screens)).ifPresentOrElse(s -> {
            stage.setX(s.x());
            stage.setY(s.y());
            stage.setWidth(s.width());
            stage.setHeight(s.height());
            stage.setMaximized(s.maximized());
        }, () -> {
            stage.setWidth(Math.min(WIDTH, screens.get(0).getWidth()));
            stage.setHeight(Math.min(HEIGHT, screens.get(0).getHeight()));
        });
        normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        stage.xProperty().addListener(o -> track());
        stage.yProperty().addListener(o -> track());
        stage.widthProperty().addListener(o -> track());
        stage.heightProperty().addListener(o -> track());
    }

    private void track() {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
            normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    /** Stores where the window is, to restore it on the next start. */
    void remember() {
        memory.remember(new WindowState(normal.getMinX(), normal.getMinY(), normal.getWidth(), normal.getHeight(),
                stage.isMaximized()));
    }

    private static List<Rectangle2D> visualBounds() {
        Screen primary = Screen.getPrimary();
        return Stream.concat(Stream.of(primary), Screen.getScreens().stream().filter(s -> !s.equals(primary)))
                .map(Screen::getVisualBounds).toList();
    }
}
