// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import net.datafaker.Faker;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Word lists for one locale, taken from Datafaker once and cached: its first- and last-name lists directly, and pools of
 * cities and street names drawn from its generators with a fixed seed (so they do not depend on the caller's seed).
 * Lists are de-duplicated ignoring case and accents, so applying a case never makes two entries equal.
 */
final class Vocabulary {
    private static final Map<Locale, Vocabulary> CACHE = new ConcurrentHashMap<>();
    private static final int POOL_DRAWS = 3000;

    final String[] firstNames;
    final String[] lastNames;
    final String[] cities;
    final String[] streets;
    final String[] freeMailDomains;
    final String[] domainSuffixes;

    private Vocabulary(Locale locale) {
        Faker f = new Faker(locale, new Random(0x5EEDL));
        List<String> first = plain(f, "name.first_name");
        if (first.size() < 50) {
            first = new ArrayList<>(plain(f, "name.male_first_name"));
            first.addAll(plain(f, "name.female_first_name"));
        }
        firstNames = names(first.size() >= 50 ? first : draw(() -> f.name().firstName()));
        List<String> last = plain(f, "name.last_name");
        lastNames = names(last.size() >= 50 ? last : draw(() -> f.name().lastName()));
        cities = distinct(draw(() -> f.address().city()), false);
        streets = distinct(draw(() -> f.address().streetName()), false);
        freeMailDomains = fallback(plain(f, "internet.free_email"), "gmail.com", "yahoo.com", "hotmail.com");
        domainSuffixes = fallback(plain(f, "internet.domain_suffix"), "com", "net", "org");
    }

    /** The cached vocabulary for {@code locale} (built on first request, about a second). */
    static Vocabulary of(Locale locale) {
        return CACHE.computeIfAbsent(locale, Vocabulary::new);
    }

    /** Lower-case a-z form of a word: accents dropped, 'ß' as "ss", other characters removed. */
    static String ascii(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            plain = s.charAt(i) < 128;
        }
        String t = plain ? s : Normalizer.normalize(s.replace("ß", "ss"), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = Character.toLowerCase(t.charAt(i));
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static List<String> plain(Faker f, String path) {
        Object o = f.fakeValuesService().fetchObject(path, f.getContext());
        List<String> out = new ArrayList<>();
        if (o instanceof List) {
            for (Object e : (List<?>) o) {
                String s = String.valueOf(e).strip();
                if (!s.isEmpty() && !s.contains("#{")) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static List<String> draw(Supplier<String> gen) {
        List<String> out = new ArrayList<>(POOL_DRAWS);
        for (int i = 0; i < POOL_DRAWS; i++) {
            out.add(gen.get().strip());
        }
        return out;
    }

    /** Single-word names (letters, apostrophe, hyphen) of 2+ letters, de-duplicated by their {@link #ascii} form. */
    private static String[] names(List<String> raw) {
        List<String> ok = new ArrayList<>();
        for (String s : raw) {
            if (s.matches("\\p{L}[\\p{L}'-]*\\p{L}")) {
                ok.add(s);
            }
        }
        return distinct(ok, true);
    }

    private static String[] distinct(List<String> raw, boolean byAscii) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String s : raw) {
            String k = byAscii ? ascii(s) : s.toLowerCase(Locale.ROOT);
            if (!s.isEmpty() && !k.isEmpty()) {
                seen.putIfAbsent(k, s);
            }
        }
        String[] out = seen.values().toArray(new String[0]);
        Arrays.sort(out);
        return out;
    }

    private static String[] fallback(List<String> list, String... dflt) {
        return list.isEmpty() ? dflt : list.toArray(new String[0]);
    }
}
