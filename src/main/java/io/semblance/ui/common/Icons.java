// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The application mark. The PNGs are built from icons/ in the repository (see icons/README.md) and placed on the class
 * path under io/semblance/ui/icons/ by the Maven build.
 */
public final class Icons {
    /** Every size drawn, in pixels; 16 to 48 are fitted to their own pixel grid. */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);

    private Icons() {
    }

    /** All sizes, for a stage's icon list, so the window system picks the one that fits its title bar or task bar. */
    public static List<Image> window() {
        List<Image> out = new ArrayList<>(SIZES.size());
        for (int size : SIZES) {
            out.add(mark(size));
        }
        return out;
    }

    /** The mark at one of {@link #SIZES}. */
    public static Image mark(int size) {
        if (!SIZES.contains(size)) {
            throw new IllegalArgumentException(
                    "The application icon is not drawn at " + size + " px; sizes: " + SIZES + ".");
        }
        String path = "/io/semblance/ui/icons/semblance-" + size + ".png";
        try (InputStream in = Icons.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The application icon " + path + " is missing from the class path.");
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
