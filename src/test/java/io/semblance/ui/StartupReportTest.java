// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StartupReportTest {
    @Test
    void theVariableOrThePropertyTurnsTheReportOn() {
        assertTrue(StartupReport.requested("1", null));
        assertTrue(StartupReport.requested(null, "true"));
        assertFalse(StartupReport.requested(null, null));
        assertFalse(StartupReport.requested("0", "false"));
    }

    @Test
    void theLineGivesTheMillisecondsSinceTheStart() {
        assertEquals("startup 1234 ms", StartupReport.line("startup", 10_000, 11_234));
    }
}
