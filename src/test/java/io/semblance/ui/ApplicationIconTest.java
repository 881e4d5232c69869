// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.semblance.ui.common.Icons;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mark as the workbench loads it from the class path: every size for the window, 64 px in the About box. */
class ApplicationIconTest {
    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @Test
    void theWindowGetsEverySize() {
        List<Image> icons = Icons.window();
        assertEquals(Icons.SIZES, icons.stream().map(i -> (int) i.getWidth()).toList());
        for (Image i : icons) {
            assertFalse(i.isError(), () -> "decoded: " + i.getException());
            assertEquals(i.getWidth(), i.getHeight());
        }
    }

    @Test
    void onlyTheDrawnSizesAreOffered() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Icons.mark(20));
        assertEquals("The application icon is not drawn at 20 px; sizes: " + Icons.SIZES + ".", e.getMessage());
    }

    @Test
    void theAboutBoxShowsTheMarkAt64PixelsFromTheSharper128() throws Exception {
        ImageView mark = Fx.call(HelpDialogs::mark);
        assertEquals(128, mark.getImage().getWidth());
        assertEquals(64, mark.getFitWidth());
        assertEquals(64, mark.getBoundsInLocal().getHeight());
    }
}
