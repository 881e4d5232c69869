// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.model;

/**
 * Kinds of personal information Semblance recognises. {@link #sdtype()} is the SDV sdtype name used in
 * metadata (Faker-style); date of birth keeps the datetime sdtype and is marked by its role.
 */
public enum PiiKind {
    EMAIL("email"),
    PHONE("phone_number"),
    FIRST_NAME("first_name"),
    LAST_NAME("last_name"),
    FULL_NAME("name"),
    STREET_ADDRESS("street_address"),
    CITY("city"),
    POSTAL_CODE("postcode"),
    NATIONAL_ID("ssn"),
    CREDIT_CARD("credit_card_number"),
    IBAN("iban"),
    IP_ADDRESS("ipv4_address"),
    URL("url"),
    DATE_OF_BIRTH("datetime");

    private final String sdtype;

    PiiKind(String sdtype) {
        this.sdtype = sdtype;
    }

    public String sdtype() {
        return sdtype;
    }

    /** The kind whose SDV sdtype is {@code s} (ipv6_address and address map to their nearest kind), or null. */
    public static PiiKind fromSdtype(String s) {
        if (s == null) {
            return null;
        }
        switch (s) {
            case "ipv6_address":
                return IP_ADDRESS;
            case "address":
                return STREET_ADDRESS;
            case "zipcode":
                return POSTAL_CODE;
            default:
                for (PiiKind k : values()) {
                    if (k != DATE_OF_BIRTH && k.sdtype.equals(s)) {
                        return k;
                    }
                }
                return null;
        }
    }
}
