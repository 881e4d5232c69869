// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column name split into lower-case ASCII words: camelCase, '_', '-', '.', spaces and digits separate words; accents
 * are dropped and 'ß' becomes "ss" (so "Geburtsdatum", "dateOfBirth" and "date_of_birth" compare as words).
 */
final class ColumnName {
    private final String original;
    private final List<String> words;
    private final String joined;

    ColumnName(String name) {
        this.original = name == null ? "" : name.strip();
        this.words = split(original);
        this.joined = String.join("", words);
    }

    String original() {
        return original;
    }

    List<String> words() {
        return words;
    }

    /** The words run together, e.g. "firstname" for "First-Name". */
    String joined() {
        return joined;
    }

    /**
     * How well a hint (one or more space-separated words) fits: 1 = the whole name is the hint, 0.8 = the hint's words
     * appear in order inside the name or a long hint (6+ letters) is part of the joined name, 0 = no match.
     */
    double match(String hint) {
        String[] hw = hint.split(" ");
        String hj = String.join("", hw);
        if (joined.equals(hj)) {
            return 1.0;
        }
        if (containsRun(hw)) {
            return 0.8;
        }
        if (hj.length() >= 6 && joined.contains(hj)) {
            return 0.8;
        }
        return 0.0;
    }

    /** True if any word of the name equals {@code w}. */
    boolean hasWord(String w) {
        return words.contains(w);
    }

    private boolean containsRun(String[] hw) {
        outer:
        for (int i = 0; i + hw.length <= words.size(); i++) {
            for (int j = 0; j < hw.length; j++) {
                if (!words.get(i + j).equals(hw[j])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static List<String> split(String name) {
        String s = Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                flush(cur, out);
                continue;
            }
            if (Character.isUpperCase(c) && cur.length() > 0) {
                char prev = s.charAt(i - 1);
                boolean nextLower = i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
                if (Character.isLowerCase(prev) || (Character.isUpperCase(prev) && nextLower)) {
                    flush(cur, out);
                }
            }
            cur.append(Character.toLowerCase(c));
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString().toLowerCase(Locale.ROOT));
            cur.setLength(0);
        }
    }
}
