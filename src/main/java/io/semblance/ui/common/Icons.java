// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The application icon in the sizes the window system may pick from. */
public final class Icons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private Icons() {
    }

    public static List<Image> window() {
        List<Image> out = new ArrayList<>();
        for (int size : SIZES) {
            InputStream in = Icons.class.getResourceAsStream("/io/semblance/ui/icons/semblance-" + size + ".png");
            if (in != null) {
                out.add(new Image(in));
            }
        }
        return out;
    }
}
