// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * E-mail addresses built from the locale's names in the real addresses' style: "jane.smith", "j.smith", "jsmith",
 * "janesmith" or "jane_smith", then optionally digits, then a domain. Two tiers: without digits, and with 0-9999
 * appended; in both the local part alone determines the index, so unique mode never repeats an address.
 */
final class Emails implements IndexedText {
    private static final int DIGIT_RANGE = 10_000;

    private final String[] first;
    private final String[] last;
    private final String[] domains;
    private final boolean initialOnly;
    private final String sep;
    private final boolean digits;
    private final TextCase localCase;

    private Emails(String[] first, String[] last, String[] domains, boolean initialOnly, String sep, boolean digits,
                   TextCase localCase) {
        this.first = first;
        this.last = last;
        this.domains = domains;
        this.initialOnly = initialOnly;
        this.sep = sep;
        this.digits = digits;
        this.localCase = localCase;
    }

    static FakeColumn column(List<String> sample, Vocabulary v, long seed, boolean unique) {
        Map<String, Integer> seps = new HashMap<>();
        int initials = 0;
        int withDigits = 0;
        int freeMail = 0;
        Map<String, Integer> domainCount = new HashMap<>();
        List<String> locals = new ArrayList<>();
        Set<String> free = new HashSet<>(Arrays.asList(v.freeMailDomains));
        free.addAll(List.of("gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com"));
        Set<String> lastSet = new HashSet<>();
        for (String l : v.lastNames) {
            lastSet.add(Vocabulary.ascii(l));
        }
        for (String s : sample) {
            int at = s.lastIndexOf('@');
            String local = at > 0 ? s.substring(0, at) : s;
            String domain = at > 0 ? s.substring(at + 1).toLowerCase(Locale.ROOT) : "";
            locals.add(local);
            domainCount.merge(domain, 1, Integer::sum);
            freeMail += free.contains(domain) ? 1 : 0;
            String core = local.replaceAll("\\d+$", "");
            withDigits += core.length() < local.length() ? 1 : 0;
            String sep = core.contains(".") ? "." : core.contains("_") ? "_" : core.contains("-") ? "-" : "";
            seps.merge(sep, 1, Integer::sum);
            String head = sep.isEmpty() ? core : core.substring(0, core.indexOf(sep));
            initials += (!sep.isEmpty() && head.length() == 1)
                    || (sep.isEmpty() && core.length() > 2 && lastSet.contains(Vocabulary.ascii(core.substring(1))))
                    ? 1 : 0;
        }
        int n = Math.max(1, sample.size());
        String sep = seps.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(".");
        boolean initialOnly = initials * 2 > n;
        String[] domains = pickDomains(v, freeMail * 2 >= n || sample.isEmpty(), domainCount, n);
        TextCase tc = locals.isEmpty() ? TextCase.LOWER : TextCase.learn(locals);
        String[] firstAscii = initialOnly ? new String[0] : asciiNames(v.firstNames, sep.isEmpty());
        String[] lastAscii = asciiNames(v.lastNames, false);
        IndexedText plain = new Emails(firstAscii, lastAscii, domains, initialOnly, sep, false, tc);
        IndexedText numbered = new Emails(firstAscii, lastAscii, domains, initialOnly, sep, true, tc);
        double d = withDigits / (double) n;
        return new Drawer(new IndexedText[] {plain, numbered}, new double[] {1 - d, d}, seed, unique,
                SampleKeys.of(sample, SampleKeys.TEXT), SampleKeys.TEXT);
    }

    private static String[] pickDomains(Vocabulary v, boolean freeMail, Map<String, Integer> counts, int n) {
        if (freeMail) {
            return v.freeMailDomains;
        }
        int top = counts.values().stream().max(Integer::compare).orElse(0);
        if (top * 2 > n) {
            return new String[] {"example.com"};
        }
        return new String[] {"example.com", "example.org", "example.net"};
    }

    /**
     * Lower-case ASCII names, de-duplicated; {@code prefixFree} drops names that begin another name (so "jo"+"hanson"
     * cannot equal "johan"+"son" when names are run together).
     */
    private static String[] asciiNames(String[] names, boolean prefixFree) {
        Set<String> set = new HashSet<>();
        for (String s : names) {
            String a = Vocabulary.ascii(s);
            if (a.length() >= 2) {
                set.add(a);
            }
        }
        String[] sorted = set.toArray(new String[0]);
        Arrays.sort(sorted);
        if (!prefixFree) {
            return sorted;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sorted.length; i++) {
            if (i + 1 >= sorted.length || !sorted[i + 1].startsWith(sorted[i])) {
                out.add(sorted[i]);
            }
        }
        return out.toArray(new String[0]);
    }

    @Override
    public long size() {
        long names = (long) (initialOnly ? 26 : first.length) * last.length;
        return digits ? names * DIGIT_RANGE : names;
    }

    @Override
    public void render(long index, long noise, StringBuilder out) {
        long rest = index;
        long num = -1;
        if (digits) {
            num = rest % DIGIT_RANGE;
            rest /= DIGIT_RANGE;
        }
        String l = last[(int) (rest % last.length)];
        rest /= last.length;
        String f = initialOnly ? String.valueOf((char) ('a' + rest)) : first[(int) rest];
        int start = out.length();
        if (localCase == TextCase.KEEP || localCase == TextCase.TITLE) {
            out.append(Character.toUpperCase(f.charAt(0))).append(f, 1, f.length()).append(sep)
                    .append(Character.toUpperCase(l.charAt(0))).append(l, 1, l.length());
        } else {
            out.append(f).append(sep).append(l);
        }
        if (num >= 0) {
            out.append(num);
        }
        out.append('@').append(domains[(int) Mix.below(noise, domains.length)]);
        if (localCase == TextCase.UPPER) {
            for (int i = start; i < out.length(); i++) {
                out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
            }
        }
    }
}
