// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

import io.semblance.core.model.PiiKind;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/** Measures, for every kind, how many of a column's values fit it. */
final class ValueEvidence {
    private static final double PATTERN_ALONE = 0.9;
    private static final double LIST_ALONE = 0.8;
    private static final int MIN_DISTINCT_FOR_LISTS = 8;
    private static final int MIN_VALUES_ALONE = 5;
    private static final Pattern NAME_SHAPE = Pattern.compile("\\p{L}[\\p{L}'’.]*([ -]\\p{L}[\\p{L}'’.]*){0,3}");

    private ValueEvidence() {
    }

    /**
     * Evidence per kind; {@code values} are trimmed non-empty values, {@code distinct} the distinct ones. Word-list
     * kinds (names, cities) are measured only when {@code useLists}; otherwise they get no evidence.
     */
    static Map<PiiKind, Evidence> evaluate(List<String> values, List<String> distinct, boolean useLists) {
        Map<PiiKind, Evidence> out = new EnumMap<>(PiiKind.class);
        double alone = values.size() >= MIN_VALUES_ALONE ? PATTERN_ALONE : Double.NaN;
        Tally tally = Tally.of(values);
        double email = share(tally, s -> ValueChecks.email(s) ? 2 : 0, 2);
        out.put(PiiKind.EMAIL, new Evidence(PiiKind.EMAIL, email, email, "are e-mail addresses", "", alone, false));
        out.put(PiiKind.URL, pattern(PiiKind.URL, tally, ValueChecks::url, "are URLs", "look like web addresses",
                alone));
        int[] ip = new int[2];
        for (int i = 0; i < tally.size(); i++) {
            String v = tally.value(i);
            ip[0] += ValueChecks.ipv4(v) ? tally.count(i) : 0;
            ip[1] += ValueChecks.ipv6(v) ? tally.count(i) : 0;
        }
        double ipShare = (ip[0] + ip[1]) / (double) values.size();
        String ipText = ip[1] == 0 ? "are IPv4 addresses" : ip[0] == 0 ? "are IPv6 addresses" : "are IP addresses";
        out.put(PiiKind.IP_ADDRESS, new Evidence(PiiKind.IP_ADDRESS, ipShare, ipShare, ipText, "", alone, false));
        out.put(PiiKind.PHONE, pattern(PiiKind.PHONE, tally, ValueChecks::phone, "are formatted phone numbers",
                "look like phone numbers", alone));
        out.put(PiiKind.POSTAL_CODE, pattern(PiiKind.POSTAL_CODE, tally, ValueChecks::postal,
                "are postal codes of a distinctive format", "look like postal codes", alone));
        double card = share(tally, s -> ValueChecks.creditCard(s) ? 2 : 0, 2);
        out.put(PiiKind.CREDIT_CARD, new Evidence(PiiKind.CREDIT_CARD, card, card,
                "are card numbers passing the Luhn check", "", alone, false));
        double iban = share(tally, s -> Checksums.ibanValid(s) ? 2 : 0, 2);
        out.put(PiiKind.IBAN, new Evidence(PiiKind.IBAN, iban, iban, "are IBANs with valid check digits", "", alone,
                false));
        out.put(PiiKind.STREET_ADDRESS, pattern(PiiKind.STREET_ADDRESS, tally, ValueChecks::street,
                "are street addresses", "look like addresses", alone));
        out.put(PiiKind.NATIONAL_ID, nationalId(tally, alone));
        out.put(PiiKind.DATE_OF_BIRTH, birthDates(tally));
        if (!useLists) {
            for (PiiKind k : List.of(PiiKind.FIRST_NAME, PiiKind.LAST_NAME, PiiKind.FULL_NAME, PiiKind.CITY)) {
                out.put(k, new Evidence(k, 0, 0, "", "", Double.NaN, false));
            }
            return out;
        }
        Lexicon lex = Lexicon.get();
        double listAlone = distinct.size() >= MIN_DISTINCT_FOR_LISTS ? LIST_ALONE : Double.NaN;
        out.put(PiiKind.FIRST_NAME, list(PiiKind.FIRST_NAME, distinct,
                s -> lex.isFirstName(Lexicon.key(s)) ? 2 : nameShape(s, 1, 2) ? 1 : 0,
                "are common first names", "look like names", listAlone));
        out.put(PiiKind.LAST_NAME, list(PiiKind.LAST_NAME, distinct,
                s -> lex.isLastName(Lexicon.key(s)) ? 2 : nameShape(s, 1, 2) ? 1 : 0,
                "are common last names", "look like names", listAlone));
        out.put(PiiKind.FULL_NAME, list(PiiKind.FULL_NAME, distinct, ValueEvidence::fullName,
                "are full names with a common first or last name", "look like personal names", listAlone));
        out.put(PiiKind.CITY, list(PiiKind.CITY, distinct,
                s -> lex.isCity(Lexicon.key(s)) ? 2 : nameShape(s, 1, 4) ? 1 : 0,
                "are known city names", "look like place names", listAlone));
        return out;
    }

    private static Evidence pattern(PiiKind kind, Tally values, ToIntFunction<String> test, String strongText,
                                    String anyText, double alone) {
        int[] c = counts(values, test);
        double n = values.total();
        return new Evidence(kind, c[2] / n, (c[1] + c[2]) / n, strongText, anyText, alone, false);
    }

    private static Evidence list(PiiKind kind, List<String> distinct, ToIntFunction<String> test, String strongText,
                                 String anyText, double alone) {
        int[] c = counts(Tally.ofDistinct(distinct), test);
        double n = distinct.size();
        // two or fewer distinct values (urban/rural) are categories, not names, unless they are in the word list
        double any = n < 3 ? c[2] / n : (c[1] + c[2]) / n;
        return new Evidence(kind, c[2] / n, any, strongText, anyText, alone, true);
    }

    private static Evidence nationalId(Tally values, double alone) {
        int[] byType = new int[NationalIdChecks.IdType.values().length];
        int strong = 0;
        int any = 0;
        for (int i = 0; i < values.size(); i++) {
            NationalIdChecks.IdType t = NationalIdChecks.classify(values.value(i));
            if (t != null) {
                int times = values.count(i);
                byType[t.ordinal()] += times;
                any += times;
                strong += t.distinctive() ? times : 0;
            }
        }
        NationalIdChecks.IdType top = NationalIdChecks.IdType.GENERIC;
        for (NationalIdChecks.IdType t : NationalIdChecks.IdType.values()) {
            if (byType[t.ordinal()] > byType[top.ordinal()]) {
                top = t;
            }
        }
        double n = values.total();
        return new Evidence(PiiKind.NATIONAL_ID, strong / n, any / n, "are " + top.description,
                "are " + top.description, alone, false);
    }

    private static Evidence birthDates(Tally values) {
        DatePattern p = DatePattern.detect(values.values(), values.counts(), null);
        if (p == null) {
            return new Evidence(PiiKind.DATE_OF_BIRTH, 0, 0, "", "", Double.NaN, false);
        }
        LocalDate today = LocalDate.now();
        int parsed = 0;
        int plausible = 0;
        int minYear = Integer.MAX_VALUE;
        int maxYear = Integer.MIN_VALUE;
        for (int i = 0; i < values.size(); i++) {
            LocalDate d = p.parse(values.value(i));
            if (d != null) {
                parsed += values.count(i);
                if (d.getYear() >= 1900 && !d.isAfter(today)) {
                    plausible += values.count(i);
                    minYear = Math.min(minYear, d.getYear());
                    maxYear = Math.max(maxYear, d.getYear());
                }
            }
        }
        double n = values.total();
        String range = plausible == 0 ? "" : minYear == maxYear ? " in " + minYear : " from " + minYear + " to " + maxYear;
        return new Evidence(PiiKind.DATE_OF_BIRTH, plausible / n, parsed / n, "are past dates" + range,
                "parse as dates (" + p.pattern() + ")", Double.NaN, false);
    }

    private static int fullName(String s) {
        Lexicon lex = Lexicon.get();
        int comma = s.indexOf(',');
        if (comma > 0 && comma == s.lastIndexOf(',')) {
            String last = s.substring(0, comma).strip();
            String rest = s.substring(comma + 1).strip();
            if (!nameShape(last, 1, 2) || !nameShape(rest, 1, 3)) {
                return 0;
            }
            String first = rest.split("\\s+")[0];
            return lex.isFirstName(Lexicon.key(first)) || lex.isLastName(Lexicon.key(last)) ? 2 : 1;
        }
        if (comma >= 0 || !nameShape(s, 2, 4)) {
            return 0;
        }
        String[] t = s.split("\\s+");
        if (t.length < 2) {
            return 0;
        }
        boolean first = lex.isFirstName(Lexicon.key(t[0]));
        boolean last = lex.isLastName(Lexicon.key(t[t.length - 1]));
        return first || last ? 2 : 1;
    }

    /** True if {@code s} is {@code min}..{@code max} space-separated words made of letters, apostrophes, dots, hyphens. */
    static boolean nameShape(String s, int min, int max) {
        if (s.length() < 2 || ValueChecks.digitCount(s) > 0 || s.length() > 60 || !NAME_SHAPE.matcher(s).matches()) {
            return false;
        }
        int words = s.split("\\s+").length;
        return words >= min && words <= max;
    }

    private static double share(Tally values, ToIntFunction<String> test, int level) {
        return counts(values, test)[level] / (double) values.total();
    }

    /** How many values the test answers 0, 1 and 2 for; each distinct value is tested once. */
    private static int[] counts(Tally values, ToIntFunction<String> test) {
        int[] c = new int[3];
        for (int i = 0; i < values.size(); i++) {
            c[test.applyAsInt(values.value(i))] += values.count(i);
        }
        return c;
    }
}
