// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import io.semblance.core.profile.pii.Checksums;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * IBANs with valid mod-97 check digits for the real values' countries (in their proportions), each country's account
 * part (BBAN) following the character mask learned from that country's real IBANs; printed in groups of four when
 * most real ones are. Without a sample: German layout (18 digits).
 */
final class Ibans implements IndexedText {
    private final String country;
    private final Mask bban;
    private final boolean grouped;
    private final boolean lower;

    private Ibans(String country, Mask bban, boolean grouped, boolean lower) {
        this.country = country;
        this.bban = bban;
        this.grouped = grouped;
        this.lower = lower;
    }

    static FakeColumn column(List<String> sample, long seed, boolean unique) {
        Map<String, List<String>> byCountry = new LinkedHashMap<>();
        int spaced = 0;
        int lowerCount = 0;
        for (String s : sample) {
            String c = s.replace(" ", "").toUpperCase(Locale.ROOT);
            if (c.length() < 6 || !Character.isLetter(c.charAt(0)) || !Character.isLetter(c.charAt(1))) {
                continue;
            }
            byCountry.computeIfAbsent(c.substring(0, 2), k -> new ArrayList<>()).add(c.substring(4));
            spaced += s.indexOf(' ') > 0 ? 1 : 0;
            lowerCount += s.equals(s.toLowerCase(Locale.ROOT)) ? 1 : 0;
        }
        int n = byCountry.values().stream().mapToInt(List::size).sum();
        boolean grouped = n == 0 || spaced * 2 >= n;
        boolean lower = n > 0 && lowerCount * 2 > n;
        if (byCountry.isEmpty()) {
            byCountry.put("DE", List.of("123456781234567890"));
        }
        Set<String> forbidden = SampleKeys.of(sample, SampleKeys.ALNUM);
        FakeColumn[] parts = new FakeColumn[byCountry.size()];
        double[] weights = new double[parts.length];
        int i = 0;
        for (Map.Entry<String, List<String>> e : byCountry.entrySet()) {
            Mask m = Mask.learnAtLeast(e.getValue(), Mask.minimumSpace(sample.size(), unique));
            Ibans space = new Ibans(e.getKey(), m, grouped, lower);
            parts[i] = Drawer.of(space, Mix.hash(seed, i), unique, forbidden, SampleKeys.ALNUM);
            weights[i++] = e.getValue().size();
        }
        return new Partitioned(parts, weights, seed);
    }

    @Override
    public long size() {
        return bban.size();
    }

    @Override
    public void render(long index, long noise, StringBuilder out) {
        int start = out.length();
        out.append(country).append("00");
        bban.render(index, noise, out);
        for (int i = start + 4; i < out.length(); i++) {
            out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
        }
        int check = Checksums.ibanCheckDigits(country, out.subSequence(start + 4, out.length()));
        out.setCharAt(start + 2, (char) ('0' + check / 10));
        out.setCharAt(start + 3, (char) ('0' + check % 10));
        if (grouped) {
            for (int i = out.length() - (out.length() - start) % 4; i > start; i -= 4) {
                if (i < out.length()) {
                    out.insert(i, ' ');
                }
            }
        }
        if (lower) {
            for (int i = start; i < out.length(); i++) {
                out.setCharAt(i, Character.toLowerCase(out.charAt(i)));
            }
        }
    }
}
