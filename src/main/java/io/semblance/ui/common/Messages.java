// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The workbench's user-visible text, from {@code io/semblance/ui/messages.properties}. */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.semblance.ui.messages");

    private Messages() {
    }

    /** The text for a key, with {0}, {1}… filled in (MessageFormat rules: a literal apostrophe is written ''). */
    public static String get(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.getDefault()).format(args);
    }

    /** Whether the bundle has a text for the key. */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
