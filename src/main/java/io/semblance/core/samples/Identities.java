// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.samples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import net.datafaker.Faker;

/**
 * Made-up identities for the patients table, none of which can belong to a real person: names from Datafaker's
 * lists put together at random; social security numbers with an area number of 900 to 999, which the Social
 * Security Administration never issues, and a group number of 01 to 49, which no taxpayer number (ITIN) uses;
 * e-mail addresses at the domains reserved for examples (example.com, .net, .org); telephone numbers in the range
 * 555-0100 to 555-0199 reserved for fiction; Datafaker's invented street names and towns. Patient ids, SSNs and
 * e-mail addresses are unique.
 */
final class Identities {
    private static final String[] MAIL_DOMAINS = {"example.com", "example.net", "example.org"};

    /** One person's identifying values; {@code email} is null when the person has none on file. */
    record Person(String patientId, String fullName, String ssn, String email, String phone, String street,
                  String city, String zip) {
    }

    private final Faker faker;
    private final RandomGenerator rng;
    private final Catchment catchment;
    private final List<String> womenNames;
    private final List<String> menNames;
    private final List<String> lastNames;
    private final Set<String> ids = new HashSet<>();
    private final Set<String> ssns = new HashSet<>();
    private final Set<String> emails = new HashSet<>();

    /** Identities drawn from {@code seed}: Datafaker's generators and this class's own draws use separate streams. */
    Identities(long seed, RandomGenerator rng) {
        this.faker = new Faker(Locale.US, new Random(seed));
        this.rng = rng;
        this.catchment = new Catchment(faker);
        this.womenNames = list("name.female_first_name");
        this.menNames = list("name.male_first_name");
        this.lastNames = list("name.last_name");
    }

    /** The next person, of the given sex and age (children under 13 have no e-mail address on file). */
    Person next(boolean female, int age) {
        String first = pick(female ? womenNames : menNames);
        String last = pick(lastNames);
        Catchment.Town town = catchment.draw(rng);
        String zip = town.zips().get(rng.nextInt(town.zips().size()));
        String phone = String.format(Locale.ROOT, "(%d) 555-01%02d", town.areaCode(), rng.nextInt(100));
        boolean noEmail = age < 13 || (age >= 75 && rng.nextDouble() < 0.35);
        return new Person(patientId(), first + " " + last, ssn(), noEmail ? null : email(first, last), phone,
                faker.address().streetAddress().replaceFirst("^0+(?=\\d)", ""), town.name(), zip);
    }

    private String patientId() {
        String id;
        do {
            id = String.format(Locale.ROOT, "P%07d", 1 + rng.nextInt(9_999_999));
        } while (!ids.add(id));
        return id;
    }

    /** 9AA-GG-SSSS with GG from 01 to 49: never an SSN (area 9xx) and never an ITIN (groups 50 to 99). */
    private String ssn() {
        String ssn;
        do {
            ssn = String.format(Locale.ROOT, "9%02d-%02d-%04d", rng.nextInt(100), 1 + rng.nextInt(49),
                    1 + rng.nextInt(9999));
        } while (!ssns.add(ssn));
        return ssn;
    }

    private String email(String first, String last) {
        String f = ascii(first);
        String l = ascii(last);
        String local = switch (rng.nextInt(4)) {
            case 0 -> f + "." + l;
            case 1 -> f.charAt(0) + l;
            case 2 -> f + "_" + l + (10 + rng.nextInt(90));
            default -> l + "." + f;
        };
        String domain = MAIL_DOMAINS[rng.nextInt(MAIL_DOMAINS.length)];
        String email = local + "@" + domain;
        while (!emails.add(email)) {
            email = local + (1 + rng.nextInt(999)) + "@" + domain;
        }
        return email;
    }

    private String pick(List<String> list) {
        return list.get(rng.nextInt(list.size()));
    }

    private static String ascii(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** A Datafaker word list for US English, in its own order. */
    private List<String> list(String key) {
        Object o = faker.fakeValuesService().fetchObject(key, faker.getContext());
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            for (Object e : l) {
                String s = String.valueOf(e).strip();
                if (s.matches("\\p{L}[\\p{L}'-]*\\p{L}")) {
                    out.add(s);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("Datafaker has no list " + key);
        }
        return List.copyOf(out);
    }
}
