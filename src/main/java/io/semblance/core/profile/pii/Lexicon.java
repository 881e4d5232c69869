// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

import net.datafaker.Faker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word lists for recognising names, cities and street words: first and last names bundled with Datafaker (English,
 * German, French, Spanish) plus common US surnames ({@code io/semblance/pii/surnames.txt}), Datafaker's capital cities
 * plus {@code io/semblance/pii/cities.txt}. Loaded once, on first use (about a second), so callers consult them only
 * for columns that could hold names; street words are a small built-in set; entries are stored as {@link #key} forms.
 */
final class Lexicon {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Common street-type words and abbreviations (English, German, French, Spanish, Dutch), as keys. */
    private static final String[] STREET_WORDS = {"st", "street", "ave", "av", "avenue", "rd", "road", "blvd",
        "boulevard", "ln", "lane", "dr", "drive", "ct", "court", "way", "pl", "place", "ter", "terrace", "cir",
        "circle", "pkwy", "parkway", "hwy", "highway", "sq", "square", "trl", "trail", "aly", "alley", "cres",
        "crescent", "close", "row", "walk", "grove", "gardens", "mews", "hill", "park", "loop", "run", "pike",
        "strasse", "str", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "rue", "boulevard", "chemin",
        "impasse", "allee", "quai", "calle", "avenida", "paseo", "plaza", "camino", "carrera", "straat", "laan",
        "plein", "gracht", "kade", "singel", "dijk", "apt", "suite", "unit"};

    private final Set<String> firstNames = new HashSet<>();
    private final Set<String> lastNames = new HashSet<>();
    private final Set<String> cities = new HashSet<>();
    private static final Set<String> STREET_SET = Set.of(java.util.Arrays.stream(STREET_WORDS).distinct()
            .toArray(String[]::new));

    private Lexicon() {
        Faker en = new Faker(Locale.ENGLISH);
        Faker de = new Faker(Locale.GERMAN);
        Faker fr = new Faker(Locale.FRENCH);
        Faker es = new Faker(Locale.forLanguageTag("es"));
        for (Faker f : new Faker[] {en, de, es}) {
            addNames(f, "name.male_first_name", firstNames);
            addNames(f, "name.female_first_name", firstNames);
        }
        addNames(fr, "name.first_name", firstNames);
        for (Faker f : new Faker[] {en, de, fr, es}) {
            addNames(f, "name.last_name", lastNames);
        }
        addNames(en, "nation.capital_city", cities);
        readResource("/io/semblance/pii/cities.txt", cities);
        readResource("/io/semblance/pii/surnames.txt", lastNames);
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    static Lexicon get() {
        return Holder.INSTANCE;
    }

    boolean isFirstName(String key) {
        return firstNames.contains(key);
    }

    boolean isLastName(String key) {
        return lastNames.contains(key);
    }

    boolean isCity(String key) {
        return cities.contains(key);
    }

    /** True for common street-type words; needs no word list to be loaded. */
    static boolean isStreetWord(String key) {
        return STREET_SET.contains(key);
    }

    /** The comparison form of a word or phrase: accents and dots dropped, hyphens as spaces, lower-case, trimmed. */
    static String key(String s) {
        String t = s.indexOf('ß') >= 0 ? s.replace("ß", "ss") : s;
        boolean ascii = true;
        for (int i = 0; i < t.length() && ascii; i++) {
            ascii = t.charAt(i) < 128;
        }
        if (!ascii) {
            t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        }
        return WordKeys.lowerWords(t, "-", ".");
    }

    private static void addNames(Faker faker, String path, Set<String> into) {
        Object o = faker.fakeValuesService().fetchObject(path, faker.getContext());
        if (o instanceof List) {
            for (Object e : (List<?>) o) {
                String s = String.valueOf(e);
                if (!s.contains("#{")) {
                    into.add(key(s));
                }
            }
        }
    }

    private static void readResource(String path, Set<String> into) {
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    into.add(key(s));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
