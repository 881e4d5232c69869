// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * The application mark at the head of the HTML report. The 64 px PNG (built from icons/ in the repository) is embedded
 * as a data: URI, so the page stays one file with no links, and shown at 32 CSS pixels, sharp on scaled screens too.
 */
final class ReportMark {
    /** Where the Maven build puts the icon on the class path. */
    static final String RESOURCE = "/io/semblance/ui/icons/semblance-64.png";

    private ReportMark() {
    }

    /** The img element, decorative (empty alt): the heading beside it carries the meaning. */
    static String img() {
        return Holder.IMG;
    }

    private static final class Holder {
        static final String IMG = "<img class='mark' width='32' height='32' alt='' src='data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png()) + "'>";
    }

    /** The PNG bytes of the mark. */
    static byte[] png() {
        try (InputStream in = ReportMark.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The report's icon " + RESOURCE + " is missing from the class path.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
