// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import io.semblance.core.model.PiiKind;

import java.util.List;

/** Small realistic samples per kind for the fake-value tests and the timing run. */
final class FakeSamples {
    private FakeSamples() {
    }

    static List<String> of(PiiKind k) {
        switch (k) {
            case EMAIL:
                return List.of("john.smith@gmail.com", "mary.jones@yahoo.com", "peter.brown@hotmail.com");
            case PHONE:
                return List.of("(555) 123-4567", "(212) 555-0199", "(415) 555-2671");
            case FIRST_NAME:
                return List.of("John", "Mary", "Peter");
            case LAST_NAME:
                return List.of("Smith", "Jones", "Brown");
            case FULL_NAME:
                return List.of("John Smith", "Mary Jones", "Peter Brown");
            case STREET_ADDRESS:
                return List.of("12 Main St", "450 Oak Avenue", "7 Elm Road");
            case CITY:
                return List.of("Boston", "Chicago", "Denver");
            case POSTAL_CODE:
                return List.of("12345-6789", "02134-1234", "94105-0001");
            case NATIONAL_ID:
                return List.of("123-45-6789", "234-56-7890", "345-67-8901");
            case CREDIT_CARD:
                return List.of("4111 1111 1111 1111", "4012 8888 8888 1881", "4222 2222 2222 2220");
            case IBAN:
                return List.of("DE89 3704 0044 0532 0130 00", "DE44 5001 0517 5407 3249 31", "GB82 WEST 1234 5698 7654 32");
            case IP_ADDRESS:
                return List.of("81.2.69.160", "203.0.113.9", "2001:db8::1");
            case URL:
                return List.of("https://www.acme.com/about/team", "https://www.foo.org/blog/post", "https://bar.net/a/b");
            case DATE_OF_BIRTH:
                return List.of("1971-04-23", "1999-12-01", "1985-06-15");
            default:
                throw new IllegalArgumentException(k.name());
        }
    }
}
