// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

/** The lower-case, one-space form in which texts are compared word by word. */
public final class WordKeys {
    private WordKeys() {
    }

    /**
     * {@code s} lower-cased, its words one space apart with no space at either end: whitespace and the characters
     * of {@code breaks} separate words, the characters of {@code dropped} are left out.
     */
    public static String lowerWords(String s, String breaks, String dropped) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (dropped.indexOf(c) >= 0) {
                continue;
            }
            if (Character.isWhitespace(c) || breaks.indexOf(c) >= 0) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
