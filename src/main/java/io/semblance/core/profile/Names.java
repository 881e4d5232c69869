// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits column names into lower-case words (camelCase, snake_case, kebab-case, dots, spaces). */
public final class Names {
    private Names() {
    }

    /** The words of a column name, lower-cased; "customerID" → [customer, id]. */
    public static List<String> words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        return Arrays.stream(spaced.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    /** True when any word of the name is in {@code vocabulary}, or the whole name joined is. */
    public static boolean mentions(String name, Set<String> vocabulary) {
        List<String> w = words(name);
        return w.stream().anyMatch(vocabulary::contains) || vocabulary.contains(String.join("", w));
    }
}
