// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.tour;

import io.semblance.core.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Pictures of a scene as PNG files. */
final class Png {
    private Png() {
    }

    /** The scene as drawn now, at its size, without an alpha channel when it is opaque; call on the FX thread. */
    static BufferedImage snapshot(Scene scene) {
        WritableImage image = scene.snapshot(null);
        BufferedImage rgb = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        return SwingFXUtils.fromFXImage(image, rgb);
    }

    /** Writes the picture through a temporary sibling, so {@code file} is either the whole picture or untouched. */
    static void write(BufferedImage image, Path file) throws IOException {
        AtomicFiles.write(file, true, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
