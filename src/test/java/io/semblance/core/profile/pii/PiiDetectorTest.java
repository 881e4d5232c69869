// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

import io.semblance.core.model.PiiFinding;
import io.semblance.core.model.PiiKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.semblance.core.profile.pii.PiiSamples.many;
import static io.semblance.core.profile.pii.PiiSamples.pick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PiiDetectorTest {
    private final PiiDetector detector = new PiiDetector();

    private PiiFinding assertKind(PiiKind kind, String column, List<String> values) {
        Optional<PiiFinding> f = detector.detect(column, values);
        assertTrue(f.isPresent(), () -> column + ": expected " + kind + ", got nothing");
        assertEquals(kind, f.get().kind(), () -> column + ": " + f.get());
        assertTrue(f.get().confidence() >= 0.5 && f.get().confidence() <= 1.0, f.get().toString());
        assertFalse(f.get().reason().isBlank());
        return f.get();
    }

    private void assertNone(String column, List<String> values) {
        Optional<PiiFinding> f = detector.detect(column, values);
        assertTrue(f.isEmpty(), () -> column + ": expected nothing, got " + f.get());
    }

    @Test
    void emailByNameAndValues() {
        List<String> v = many(200, 1, r -> pick(r, PiiSamples.FIRST).toLowerCase() + "." + r.nextInt(999) + "@mail.com");
        v.set(0, "not an address");
        PiiFinding f = assertKind(PiiKind.EMAIL, "Email", v);
        assertEquals("99% of values are e-mail addresses; column name 'Email'", f.reason());
        assertKind(PiiKind.EMAIL, "col7", v);
        assertKind(PiiKind.EMAIL, "correoElectronico", v);
    }

    @Test
    void phoneFormatsAndDigitsWithName() {
        assertKind(PiiKind.PHONE, "col7", many(100, 2, PiiSamples::usPhone));
        assertKind(PiiKind.PHONE, "col7", many(100, 3, r -> "+44 20 " + (7000 + r.nextInt(2999)) + " " + (1000 + r.nextInt(8999))));
        assertKind(PiiKind.PHONE, "col7", many(100, 4, r -> (200 + r.nextInt(799)) + "." + (200 + r.nextInt(799)) + "." + (1000 + r.nextInt(8999))));
        List<String> digits = many(100, 5, r -> String.valueOf(2_000_000_000L + r.nextInt(1_000_000_000)));
        assertKind(PiiKind.PHONE, "Telefonnummer", digits);
        assertNone("col7", digits);
    }

    @Test
    void namesByNameAndByValues() {
        PiiFinding f = assertKind(PiiKind.FIRST_NAME, "first_name", many(300, 6, r -> pick(r, PiiSamples.FIRST)));
        assertTrue(f.reason().startsWith("99% of distinct values are common first names") || f.reason().contains("common first names"), f.reason());
        assertKind(PiiKind.FIRST_NAME, "col7", many(300, 6, r -> pick(r, PiiSamples.FIRST)));
        assertKind(PiiKind.FIRST_NAME, "Vorname", List.of("Lukas", "Sophie", "Jörg", "Ömer", "Anneliese", "Björn"));
        assertKind(PiiKind.LAST_NAME, "surname", many(300, 7, r -> pick(r, PiiSamples.LAST)));
        assertKind(PiiKind.LAST_NAME, "col7", many(300, 7, r -> pick(r, PiiSamples.LAST)));
        assertKind(PiiKind.LAST_NAME, "Nachname", List.of("Müller", "Schäfer", "Zöllner", "Kowalczyk", "Brandstätter"));
        List<String> full = many(300, 8, r -> pick(r, PiiSamples.FIRST) + " " + pick(r, PiiSamples.LAST));
        assertKind(PiiKind.FULL_NAME, "name", full);
        assertKind(PiiKind.FULL_NAME, "col7", full);
        assertKind(PiiKind.FULL_NAME, "customerName", many(300, 9, r -> pick(r, PiiSamples.LAST) + ", " + pick(r, PiiSamples.FIRST)));
    }

    @Test
    void productNamesAreNotPeople() {
        assertNone("product_name", List.of("Widget Pro", "Gadget Max", "Sprocket Mini", "Gizmo Plus", "Doohickey Air",
                "Thingamajig Lite", "Widget Max", "Gadget Pro", "Sprocket Plus", "Gizmo Mini"));
        assertNone("name", List.of("Widget Pro", "Gadget Max", "Sprocket Mini", "Gizmo Plus", "Doohickey Air",
                "Thingamajig Lite", "Widget Max", "Gadget Pro", "Sprocket Plus", "Gizmo Mini"));
    }

    @Test
    void addressesCitiesPostalCodes() {
        List<String> streets = many(200, 10, r -> (1 + r.nextInt(9999)) + " " + pick(r, PiiSamples.STREETS));
        assertKind(PiiKind.STREET_ADDRESS, "col7", streets);
        assertKind(PiiKind.STREET_ADDRESS, "Adresse", many(50, 11, r -> pick(r, new String[] {"Hauptstraße", "Bahnhofstr.", "Lindenweg", "Am Markt"}) + " " + (1 + r.nextInt(120))));
        assertKind(PiiKind.CITY, "city", many(200, 12, r -> pick(r, PiiSamples.CITIES)));
        assertKind(PiiKind.CITY, "col7", many(200, 12, r -> pick(r, PiiSamples.CITIES)));
        List<String> zip5 = many(200, 13, r -> String.format("%05d", 1000 + r.nextInt(98000)));
        assertKind(PiiKind.POSTAL_CODE, "zip", zip5);
        assertKind(PiiKind.POSTAL_CODE, "PLZ", zip5);
        assertKind(PiiKind.POSTAL_CODE, "postcode", zip5);
        assertNone("amount", zip5);
        assertNone("income", zip5);
        assertNone("col7", zip5);
        assertKind(PiiKind.POSTAL_CODE, "col7", many(200, 14, r -> String.format("%05d-%04d", 10000 + r.nextInt(89999), r.nextInt(10000))));
        assertKind(PiiKind.POSTAL_CODE, "col7", List.of("SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "W1A 0AX", "LS1 4AP"));
    }

    @Test
    void nationalIds() {
        assertKind(PiiKind.NATIONAL_ID, "col7", many(200, 15, PiiSamples::ssn));
        PiiFinding f = assertKind(PiiKind.NATIONAL_ID, "SSN", many(200, 16, r -> PiiSamples.ssn(r).replace("-", "")));
        assertTrue(f.reason().startsWith("column name 'SSN'"), f.reason());
        assertKind(PiiKind.NATIONAL_ID, "nino", List.of("AB123456C", "JG 10 37 34 A", "CE 22 33 44 D", "PR785412B", "TW123987A"));
        assertKind(PiiKind.NATIONAL_ID, "bsn", List.of("111222333", "123456782", "999999990", "192837465"));
        assertKind(PiiKind.NATIONAL_ID, "personnummer", List.of("811218-9876", "850709-9805", "19811218-9876"));
        assertKind(PiiKind.NATIONAL_ID, "national_id", List.of("X7Y2-88431", "K9P1-22019", "M3Q8-55102", "B1C4-99031"));
        assertNone("national_id", List.of("yes", "no", "yes", "yes"));
    }

    @Test
    void ssnsInTheNeverIssuedNineHundredsAreNationalIdsNotPhoneNumbers() {
        List<String> invented = many(200, 26, r -> String.format("9%02d-%02d-%04d", r.nextInt(100), 1 + r.nextInt(49),
                1 + r.nextInt(9999)));
        assertKind(PiiKind.NATIONAL_ID, "col7", invented);
        assertKind(PiiKind.NATIONAL_ID, "ssn", invented);
        assertKind(PiiKind.NATIONAL_ID, "itin", many(200, 27, r -> String.format("9%02d-%02d-%04d", r.nextInt(100),
                70 + r.nextInt(19), 1 + r.nextInt(9999))));
    }

    @Test
    void cardsNeedLuhnAndIbansNeedMod97() {
        assertKind(PiiKind.CREDIT_CARD, "col7", many(200, 17, r -> PiiSamples.card(r, true)));
        assertKind(PiiKind.CREDIT_CARD, "card_number", many(200, 17, r -> PiiSamples.card(r, true).replace(" ", "")));
        Optional<PiiFinding> bad = detector.detect("col7", many(200, 18, r -> PiiSamples.card(r, false)));
        assertTrue(bad.isEmpty() || bad.get().kind() != PiiKind.CREDIT_CARD, bad::toString);
        Optional<PiiFinding> badNamed = detector.detect("credit_card", many(200, 18, r -> PiiSamples.card(r, false)));
        assertTrue(badNamed.isEmpty() || badNamed.get().kind() != PiiKind.CREDIT_CARD, badNamed::toString);
        assertKind(PiiKind.IBAN, "col7", many(200, 19, r -> PiiSamples.iban(r, true)));
        assertKind(PiiKind.IBAN, "iban", List.of("DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "NL91ABNA0417164300"));
        Optional<PiiFinding> badIban = detector.detect("col7", many(200, 20, r -> PiiSamples.iban(r, false)));
        assertTrue(badIban.isEmpty() || badIban.get().kind() != PiiKind.IBAN, badIban::toString);
        Optional<PiiFinding> badIbanNamed = detector.detect("iban", many(200, 20, r -> PiiSamples.iban(r, false)));
        assertTrue(badIbanNamed.isEmpty() || badIbanNamed.get().kind() != PiiKind.IBAN, badIbanNamed::toString);
    }

    @Test
    void networkValues() {
        assertKind(PiiKind.IP_ADDRESS, "col7", many(200, 21, r -> r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256)));
        assertKind(PiiKind.IP_ADDRESS, "col7", List.of("2001:db8::1", "fe80::1ff:fe23:4567:890a", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::1", "2a00:1450:4001:81c::200e"));
        assertKind(PiiKind.URL, "col7", many(100, 22, r -> "https://www." + pick(r, PiiSamples.LAST).toLowerCase() + ".com/p/" + r.nextInt(1000)));
        assertKind(PiiKind.URL, "website", List.of("example.com", "smith-law.org", "jones.net/about", "brown.co.uk"));
    }

    @Test
    void datesOfBirthNeedTheName() {
        List<String> iso = many(200, 23, r -> String.format("%d-%02d-%02d", 1940 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28)));
        PiiFinding f = assertKind(PiiKind.DATE_OF_BIRTH, "dob", iso);
        assertTrue(f.reason().startsWith("column name 'dob'; 100% of values are past dates from 19"), f.reason());
        assertKind(PiiKind.DATE_OF_BIRTH, "DateOfBirth", iso);
        assertKind(PiiKind.DATE_OF_BIRTH, "geburtsdatum", many(50, 24, r -> String.format("%02d.%02d.%d", 1 + r.nextInt(28), 1 + r.nextInt(12), 1950 + r.nextInt(50))));
        assertKind(PiiKind.DATE_OF_BIRTH, "birthday", many(50, 25, r -> String.format("%02d/%02d/%d", 1 + r.nextInt(12), 1 + r.nextInt(28), 1950 + r.nextInt(50))));
        assertNone("order_date", iso);
        assertNone("col7", iso);
    }

    @Test
    void ordinaryColumnsAreNotFlagged() {
        assertNone("count", many(500, 26, r -> String.valueOf(r.nextInt(100))));
        assertNone("amount", many(500, 27, r -> String.valueOf(r.nextInt(1_000_000))));
        assertNone("balance", many(500, 28, r -> String.format("%.2f", r.nextDouble() * 1e6)));
        assertNone("category", many(500, 29, r -> "A" + (11 + r.nextInt(5))));
        assertNone("telephone", many(500, 30, r -> r.nextBoolean() ? "yes" : "none"));
        assertNone("has_email", many(500, 31, r -> r.nextBoolean() ? "yes" : "no"));
        assertNone("email_count", many(500, 32, r -> String.valueOf(r.nextInt(20))));
        assertNone("race", many(500, 33, r -> pick(r, new String[] {"White", "Black", "Asian-Pac-Islander", "Other"})));
        assertNone("notes", many(50, 34, r -> "called back on " + r.nextInt(30) + " May"));
        assertNone("version", List.of("1.2.3", "2.0.1", "1.10.0", "3.1.4", "2.2.2"));
        assertNone("timestamp", many(100, 35, r -> String.valueOf(1_600_000_000L + r.nextInt(100_000_000))));
        assertNone("email", List.of());
    }

    @Test
    void columnNamesSplitIntoWords() {
        assertEquals(List.of("date", "of", "birth"), new ColumnName("dateOfBirth").words());
        assertEquals(List.of("ip", "address"), new ColumnName("IPAddress").words());
        assertEquals(List.of("e", "mail"), new ColumnName("E-Mail").words());
        assertEquals(List.of("prenom"), new ColumnName("Prénom").words());
        assertEquals(List.of("strasse"), new ColumnName("Straße").words());
        assertEquals(List.of("zip", "code"), new ColumnName("ZIP_code").words());
    }
}
