// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import java.nio.file.Files;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report's header mark is the 64 px icon from icons/, embedded whole so the page needs no other file. */
class ReportMarkTest {
    @Test
    void theImageIsTheCommittedIconAsADataUri() throws Exception {
        Matcher m = Pattern.compile("^<img class='mark' width='32' height='32' alt='' src='data:image/png;base64,"
                + "([A-Za-z0-9+/=]+)'>$").matcher(ReportMark.img());
        assertTrue(m.matches(), ReportMark.img());
        byte[] committed = Files.readAllBytes(Fixtures.ADULT.path().getParent().getParent()
                .resolve("icons").resolve("semblance-64.png"));
        assertArrayEquals(committed, Base64.getDecoder().decode(m.group(1)));
    }
}
