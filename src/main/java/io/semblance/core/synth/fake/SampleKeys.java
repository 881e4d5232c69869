// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import io.semblance.core.profile.pii.WordKeys;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Comparison forms used to make sure fakes never repeat a real value, even written differently. */
final class SampleKeys {
    /** Case-insensitive, blanks collapsed. */
    static final UnaryOperator<String> TEXT = SampleKeys::text;
    /** Letters and digits only, upper-case: "(555) 123-4567" and "555.123.4567" compare equal. */
    static final UnaryOperator<String> ALNUM = SampleKeys::alnum;
    /** A person's name words, accent-free, lower-case and sorted: "Smith, Jane" equals "jane smith". */
    static final UnaryOperator<String> NAME_WORDS = SampleKeys::nameWords;

    private SampleKeys() {
    }

    /** The keys of all sample values (null or blank values skipped). */
    static Set<String> of(List<String> sample, UnaryOperator<String> key) {
        Set<String> out = new HashSet<>();
        if (sample != null) {
            for (String s : sample) {
                if (s != null && !s.isBlank()) {
                    out.add(key.apply(s));
                }
            }
        }
        return out;
    }

    private static String alnum(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }

    private static String text(String s) {
        boolean same = !s.isEmpty() && !Character.isWhitespace(s.charAt(0))
                && !Character.isWhitespace(s.charAt(s.length() - 1));
        for (int i = 0; i < s.length() && same; i++) {
            char c = s.charAt(i);
            same = Character.isLowerCase(c) || (!Character.isUpperCase(c) && c != ' ' && !Character.isWhitespace(c))
                    || (c == ' ' && s.charAt(i - 1) != ' ');
        }
        if (same) {
            return s;
        }
        return WordKeys.lowerWords(s, "", "");
    }

    private static String nameWords(String s) {
        String[] words = new String[8];
        int n = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',') {
                if (i > start) {
                    String a = Vocabulary.ascii(s.substring(start, i));
                    if (!a.isEmpty()) {
                        if (n == words.length) {
                            words = java.util.Arrays.copyOf(words, n * 2);
                        }
                        int j = n++;
                        while (j > 0 && words[j - 1].compareTo(a) > 0) {
                            words[j] = words[j - 1];
                            j--;
                        }
                        words[j] = a;
                    }
                }
                start = i + 1;
            }
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(words[i]);
        }
        return sb.toString();
    }
}
