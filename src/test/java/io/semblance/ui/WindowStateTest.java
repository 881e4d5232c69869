// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The window comes back where it was, but never off the screens there are now; theme, placement, step persist. */
class WindowStateTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    private static final Rectangle2D MONITOR = new Rectangle2D(1366, 0, 2560, 1400);
    private final Preferences node = Preferences.userRoot().node("io/semblance/test/" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        WindowState s = new WindowState(100, 50, 1000, 600, false);
        assertEquals(s, s.clampTo(List.of(LAPTOP, MONITOR)));
    }

    @Test
    void aWindowHangingOffItsScreenIsPulledBackAndShrunk() {
        assertEquals(new WindowState(366, 0, 1000, 740, true),
                new WindowState(900, -30, 1000, 900, true).clampTo(List.of(LAPTOP)));
    }

    @Test
    void aWindowStaysOnTheScreenItMostlyCovers() {
        assertEquals(new WindowState(1366, 100, 1200, 800, false),
                new WindowState(1300, 100, 1200, 800, false).clampTo(List.of(LAPTOP, MONITOR)));
    }

    @Test
    void aWindowOnAMonitorNoLongerThereIsCentredOnThePrimaryScreen() {
        assertEquals(new WindowState(183, 20, 1000, 700, false),
                new WindowState(2000, 300, 1000, 700, false).clampTo(List.of(LAPTOP)));
    }

    @Test
    void placementThemeAndStepAreRememberedInThePreferencesNode() {
        WindowMemory memory = WindowMemory.in(node);
        assertEquals(Optional.empty(), memory.window());
        assertEquals(Theme.LIGHT, memory.theme());
        assertEquals(Step.DATA, memory.step());

        memory.remember(new WindowState(10, 20, 1100, 750, true));
        memory.remember(Theme.DARK);
        memory.remember(Step.PRIVACY);

        WindowMemory again = WindowMemory.in(node);
        assertEquals(Optional.of(new WindowState(10, 20, 1100, 750, true)), again.window());
        assertEquals(Theme.DARK, again.theme());
        assertEquals(Step.PRIVACY, again.step());
    }

    @Test
    void damagedPreferencesAreIgnored() {
        node.putDouble("window.width", 5);
        node.putDouble("window.height", 600);
        node.put("theme", "PURPLE");
        node.put("step", "SUMMARY");
        assertEquals(Optional.empty(), WindowMemory.in(node).window());
        assertEquals(Theme.LIGHT, WindowMemory.in(node).theme());
        assertEquals(Step.DATA, WindowMemory.in(node).step());
        assertEquals(Optional.empty(), WindowMemory.none().window());
        assertEquals(Step.DATA, WindowMemory.none().step());
    }
}
