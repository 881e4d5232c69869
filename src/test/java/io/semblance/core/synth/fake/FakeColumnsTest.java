// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import io.semblance.core.model.PiiKind;
import io.semblance.core.profile.pii.Checksums;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FakeColumnsTest {
    static List<String> gen(int n, long seed, Function<Random, String> f) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(f.apply(r));
        }
        return out;
    }

    static List<String> values(FakeColumn c, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(c.value(i));
        }
        return out;
    }

    static void assertShape(String regex, FakeColumn c, int n) {
        Pattern p = Pattern.compile(regex);
        for (int i = 0; i < n; i++) {
            String v = c.value(i);
            assertTrue(p.matcher(v).matches(), () -> "'" + v + "' does not match " + regex);
        }
    }

    private static FakeColumn fake(PiiKind k, List<String> sample, boolean unique) {
        return FakeColumns.pii(k, sample, Locale.US, 11, unique);
    }

    @Test
    void phonesKeepTheRealShape() {
        assertShape("\\([2-9]\\d\\d\\) [2-9]\\d\\d-\\d{4}", fake(PiiKind.PHONE, List.of("(555) 123-4567", "(212) 555-0199"), false), 2000);
        List<String> uk = gen(200, 1, r -> "+44 20 " + (7000 + r.nextInt(2999)) + " " + (1000 + r.nextInt(8999)));
        assertShape("\\+44 20 \\d{4} \\d{4}", fake(PiiKind.PHONE, uk, true), 2000);
        assertShape("\\d{3}\\.\\d{3}\\.\\d{4}", fake(PiiKind.PHONE, List.of("555.123.4567", "555.987.6543"), false), 2000);
        assertShape("\\([2-9]\\d\\d\\) [2-9]\\d\\d-\\d{4}", fake(PiiKind.PHONE, List.of(), false), 200);
    }

    @Test
    void nationalIdsFollowTheRulesAndSsnsAreNeverIssuedOnes() {
        FakeColumn dashed = fake(PiiKind.NATIONAL_ID, List.of("123-45-6789", "234-56-7890"), true);
        assertShape("\\d{3}-\\d{2}-\\d{4}", dashed, 5000);
        for (String v : values(dashed, 5000)) {
            int area = Integer.parseInt(v.substring(0, 3));
            int group = Integer.parseInt(v.substring(4, 6));
            assertTrue(area >= 900 && group >= 1 && group <= 49 && !v.endsWith("0000"),
                    () -> v + " is not in the never-issued range 9xx-01..49");
        }
        assertShape("\\d{9}", fake(PiiKind.NATIONAL_ID, List.of("123456789", "234567890"), false), 2000);
        FakeColumn bsn = fake(PiiKind.NATIONAL_ID, List.of("111222333", "123456782", "999999990"), true);
        values(bsn, 5000).forEach(v -> assertTrue(Checksums.bsnValid(v), v));
        assertShape("[A-Z]{2}\\d{6}[A-Z]", fake(PiiKind.NATIONAL_ID, List.of("AB123456C", "CE223344D", "PR785412B"), true), 2000);
    }

    @Test
    void cardsAreLuhnValidAndGroupedLikeTheRealOnes() {
        FakeColumn visa = fake(PiiKind.CREDIT_CARD, List.of("4111 1111 1111 1111", "4012 8888 8888 1881"), true);
        assertShape("4\\d{3} \\d{4} \\d{4} \\d{4}", visa, 5000);
        values(visa, 5000).forEach(v -> assertTrue(Checksums.luhnValid(v), v));
        FakeColumn amex = fake(PiiKind.CREDIT_CARD, List.of("3782-822463-10005", "3714-496353-98431"), false);
        assertShape("3[47]\\d\\d-\\d{6}-\\d{5}", amex, 2000);
        values(amex, 2000).forEach(v -> assertTrue(Checksums.luhnValid(v), v));
        FakeColumn mc = fake(PiiKind.CREDIT_CARD, List.of("5105105105105100", "5555555555554444"), false);
        assertShape("5[15]\\d{14}", mc, 2000);
    }

    @Test
    void ibansAreValidWithTheRealCountries() {
        List<String> real = List.of("DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "DE44 5001 0517 5407 3249 31");
        FakeColumn c = fake(PiiKind.IBAN, real, true);
        Set<String> countries = new HashSet<>();
        for (String v : values(c, 5000)) {
            assertTrue(Checksums.ibanValid(v), v);
            assertTrue(v.matches("(DE\\d\\d( \\d{4}){4} \\d\\d|GB\\d\\d [A-Z]{4}( \\d{4}){3} \\d\\d)"), v);
            countries.add(v.substring(0, 2));
        }
        assertEquals(Set.of("DE", "GB"), countries);
        FakeColumn compact = fake(PiiKind.IBAN, List.of("NL91ABNA0417164300", "NL20INGB0001234567"), false);
        assertShape("NL\\d\\d[A-Z]{4}\\d{10}", compact, 1000);
        values(compact, 1000).forEach(v -> assertTrue(Checksums.ibanValid(v), v));
    }

    @Test
    void postalCodesKeepTheirMask() {
        assertShape("\\d{5}", fake(PiiKind.POSTAL_CODE, gen(300, 2, r -> String.format("%05d", r.nextInt(100000))), false), 2000);
        assertShape("\\d{5}-\\d{4}", fake(PiiKind.POSTAL_CODE, List.of("12345-6789", "02134-1234"), false), 2000);
        assertShape("[A-Z]{2}\\d[A-Z] \\d[A-Z]{2}", fake(PiiKind.POSTAL_CODE, List.of("SW1A 1AA", "EC1A 1BB", "WC2N 5DU"), false), 2000);
    }

    @Test
    void emailsAndNamesFollowCaseAndOrder() {
        assertShape("[a-z]+\\.[a-z]+\\d*@(gmail|yahoo|hotmail)\\.com", fake(PiiKind.EMAIL, List.of("john.smith@gmail.com", "mary.jones@yahoo.com"), true), 2000);
        assertShape("[A-Z]+_[A-Z]+@EXAMPLE\\.COM", fake(PiiKind.EMAIL, List.of("JOHN_SMITH@ACME.COM", "MARY_JONES@ACME.COM", "ANN_LEE@ACME.COM"), false), 2000);
        assertShape("[a-z][a-z'-]+@(gmail|yahoo|hotmail)\\.com", fake(PiiKind.EMAIL, List.of("jsmith@gmail.com", "mjones@gmail.com", "tbrown@yahoo.com"), false), 2000);
        assertShape("[A-Z][A-Z'-]+", fake(PiiKind.FIRST_NAME, List.of("JOHN", "MARY"), false), 2000);
        assertShape("[A-Z][a-zA-Z'-]+", fake(PiiKind.LAST_NAME, List.of("Smith", "Jones"), false), 2000);
        assertShape("[A-Z][a-zA-Z'-]+ [A-Z][a-zA-Z'-]+", fake(PiiKind.FULL_NAME, List.of("John Smith", "Mary Jones"), false), 2000);
        assertShape("[A-Z][a-zA-Z'-]+, [A-Z][a-zA-Z'-]+( [A-Z]\\.)?", fake(PiiKind.FULL_NAME, List.of("Smith, John", "Jones, Mary"), true), 2000);
        assertShape("[a-z][a-z'-]+ [a-z][a-z'-]+", fake(PiiKind.FULL_NAME, List.of("john smith", "mary jones"), false), 2000);
    }

    @Test
    void addressesCitiesNetwork() {
        assertShape("\\d{1,4} [A-Z][\\w' .-]+(, Apt\\. \\d+)?", fake(PiiKind.STREET_ADDRESS, List.of("12 Main St", "450 Oak Avenue", "7 Elm Rd"), false), 2000);
        FakeColumn de = FakeColumns.pii(PiiKind.STREET_ADDRESS, List.of("Hauptstraße 5", "Lindenweg 12"), Locale.GERMANY, 3, false);
        assertShape("\\D+ \\d{1,3}(/\\d+)?", de, 2000);
        assertShape("[A-Za-z][A-Za-z' .-]+", fake(PiiKind.CITY, List.of("Boston", "Chicago"), false), 2000);
        FakeColumn v4 = fake(PiiKind.IP_ADDRESS, List.of("81.2.69.160", "203.0.113.9"), true);
        for (String v : values(v4, 5000)) {
            String[] p = v.split("\\.");
            assertEquals(4, p.length, v);
            for (String x : p) {
                assertTrue(Integer.parseInt(x) <= 255, v);
            }
        }
        assertShape("192\\.168\\.\\d{1,3}\\.\\d{1,3}", fake(PiiKind.IP_ADDRESS, gen(100, 3, r -> "192.168.1." + (1 + r.nextInt(250))), false), 2000);
        assertShape("[23][0-9a-f]{3}(:[0-9a-f]{1,4}){7}|[23][0-9a-f]{3}(:[0-9a-f]{0,4})*::?([0-9a-f]{1,4}:?)*", fake(PiiKind.IP_ADDRESS, List.of("2001:db8::1", "fe80::1"), true), 2000);
        assertShape("http://[a-z]+\\.[a-z.]+/[a-z]+(/\\d+)?", fake(PiiKind.URL, List.of("http://acme.com/about", "http://foo.org/team"), true), 2000);
    }

    @Test
    void birthDatesUseTheRealLayoutAndRange() {
        String[][] cases = {{"yyyy-MM-dd", "1971-04-23", "1999-12-01"}, {"dd/MM/yyyy", "23/04/1971", "01/12/1999"},
            {"MM/dd/yyyy", "04/23/1971", "12/01/1999"}, {"dd.MM.yyyy", "23.04.1971", "01.12.1999"},
            {"yyyyMMdd", "19710423", "19991201"}};
        for (String[] c : cases) {
            DateTimeFormatter f = DateTimeFormatter.ofPattern(c[0]);
            FakeColumn col = fake(PiiKind.DATE_OF_BIRTH, List.of(c[1], c[2]), false);
            for (String v : values(col, 2000)) {
                LocalDate d = LocalDate.parse(v, f);
                assertTrue(!d.isBefore(LocalDate.of(1971, 4, 23)) && !d.isAfter(LocalDate.of(1999, 12, 1)), v);
            }
        }
        assertShape("\\d{4}-\\d\\d-\\d\\d 00:00:00", fake(PiiKind.DATE_OF_BIRTH, List.of("1980-02-03 00:00:00", "1990-11-12 00:00:00"), false), 500);
    }

    @Test
    void sameSeedSameValuesOtherSeedOtherValues() {
        for (PiiKind k : PiiKind.values()) {
            List<String> sample = FakeSamples.of(k);
            for (boolean unique : new boolean[] {false, true}) {
                List<String> a = values(FakeColumns.pii(k, sample, Locale.US, 5, unique), 500);
                assertEquals(a, values(FakeColumns.pii(k, sample, Locale.US, 5, unique), 500), k.name());
                List<String> b = values(FakeColumns.pii(k, sample, Locale.US, 6, unique), 500);
                int same = 0;
                for (int i = 0; i < a.size(); i++) {
                    same += a.get(i).equals(b.get(i)) ? 1 : 0;
                }
                assertTrue(same < 100, k + " seeds 5 and 6 agree on " + same + " of 500 rows");
                // order of generation does not matter
                FakeColumn c = FakeColumns.pii(k, sample, Locale.US, 5, unique);
                for (int i = 499; i >= 0; i -= 7) {
                    assertEquals(a.get(i), c.value(i));
                }
            }
        }
    }

    @Test
    void uniqueColumnsDoNotRepeatIn100kRows() {
        for (PiiKind k : List.of(PiiKind.EMAIL, PiiKind.PHONE, PiiKind.FULL_NAME, PiiKind.STREET_ADDRESS,
                PiiKind.NATIONAL_ID, PiiKind.CREDIT_CARD, PiiKind.IBAN, PiiKind.IP_ADDRESS, PiiKind.URL,
                PiiKind.POSTAL_CODE)) {
            FakeColumn c = FakeColumns.pii(k, FakeSamples.of(k), Locale.US, 99, true);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 100_000; i++) {
                String v = c.value(i);
                assertTrue(seen.add(v), () -> k + " repeats " + v);
            }
        }
    }

    @Test
    void strictKindsNeverEmitARealValue() {
        Vocabulary v = Vocabulary.of(Locale.US);
        Random r = new Random(4);
        List<String> names = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String f = v.firstNames[r.nextInt(v.firstNames.length)];
            String l = v.lastNames[r.nextInt(v.lastNames.length)];
            names.add(f + " " + l);
            emails.add(Vocabulary.ascii(f) + "." + Vocabulary.ascii(l) + "@gmail.com");
        }
        // tiny formats where collisions would be frequent without re-drawing
        List<String> phones = gen(2000, 5, x -> String.format("555-%04d", x.nextInt(10000)));
        List<String> ssns = gen(2000, 6, x -> String.format("%03d-%02d-%04d", 1 + x.nextInt(3), 1 + x.nextInt(2), 1 + x.nextInt(400)));
        check(PiiKind.FULL_NAME, names, SampleKeys.NAME_WORDS);
        check(PiiKind.EMAIL, emails, SampleKeys.TEXT);
        check(PiiKind.PHONE, phones, SampleKeys.ALNUM);
        check(PiiKind.NATIONAL_ID, ssns, SampleKeys.ALNUM);
        for (PiiKind k : List.of(PiiKind.CREDIT_CARD, PiiKind.IBAN, PiiKind.STREET_ADDRESS, PiiKind.URL, PiiKind.IP_ADDRESS)) {
            check(k, FakeSamples.of(k), SampleKeys.TEXT);
        }
    }

    private static void check(PiiKind k, List<String> sample, UnaryOperator<String> key) {
        Set<String> real = SampleKeys.of(sample, key);
        for (boolean unique : new boolean[] {false, true}) {
            FakeColumn c = FakeColumns.pii(k, sample, Locale.US, 8, unique);
            for (int i = 0; i < 100_000; i++) {
                String val = c.value(i);
                assertFalse(real.contains(key.apply(val)), () -> k + " emitted real value " + val);
            }
        }
    }
}
