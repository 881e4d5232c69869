// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Recognises national identification numbers: US SSN, UK NINO, Dutch BSN, Swedish personnummer, Spanish DNI/NIE. */
final class NationalIdChecks {
    /** What a value looks like, most specific first; {@link #distinctive()} says whether the format alone suffices. */
    enum IdType {
        SSN("US social security numbers", true),
        NINO("UK national insurance numbers", true),
        PERSONNUMMER("Swedish personal identity numbers", true),
        DNI("Spanish DNI/NIE numbers", true),
        SSN_DIGITS("9-digit numbers shaped like social security numbers", false),
        BSN("9-digit numbers passing the Dutch BSN check", false),
        GENERIC("identifier-like codes", false);

        final String description;
        private final boolean distinctive;

        IdType(String description, boolean distinctive) {
            this.description = description;
            this.distinctive = distinctive;
        }

        boolean distinctive() {
            return distinctive;
        }
    }

    private static final Pattern SSN = Pattern.compile("(\\d{3})([- ])(\\d{2})\\2(\\d{4})");
    private static final Pattern NINO = Pattern.compile("(?i)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]");
    private static final Pattern PNR = Pattern.compile("(\\d{2})?(\\d{6})([-+])(\\d{4})");
    private static final Pattern DNI = Pattern.compile("(?i)([XYZ]|\\d)\\d{7}-?[A-Z]");
    private static final Pattern GENERIC = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]{3,22}[A-Za-z0-9]");
    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    private NationalIdChecks() {
    }

    /** The most specific type {@code s} fits, or null. */
    static IdType classify(String s) {
        if (s.length() > 24 || ValueChecks.digitCount(s) < 3) {
            return null;
        }
        if (ssnShape(s)) {
            return IdType.SSN;
        }
        if (NINO.matcher(s).matches()) {
            return IdType.NINO;
        }
        if (personnummer(s)) {
            return IdType.PERSONNUMMER;
        }
        if (dni(s)) {
            return IdType.DNI;
        }
        if (s.length() == 9 && ValueChecks.digits(s)) {
            if (ssnParts(s.substring(0, 3), s.substring(3, 5), s.substring(5)) && s.charAt(0) != '9') {
                return IdType.SSN_DIGITS;
            }
            if (Checksums.bsnValid(s)) {
                return IdType.BSN;
            }
        }
        return GENERIC.matcher(s).matches() ? IdType.GENERIC : null;
    }

    /**
     * True for "123-45-6789" or "123 45 6789" with a possible area (not 000 or 666), group and serial. Areas 900 to
     * 999, never issued as SSNs, count too: in this layout they are taxpayer numbers (ITIN) or invented SSNs of test
     * and sample data, which stand for people all the same (and are no phone numbers).
     */
    static boolean ssnShape(String s) {
        java.util.regex.Matcher m = SSN.matcher(s);
        return m.matches() && ssnParts(m.group(1), m.group(3), m.group(4));
    }

    private static boolean ssnParts(String area, String group, String serial) {
        int a = Integer.parseInt(area);
        return a != 0 && a != 666 && !group.equals("00") && !serial.equals("0000");
    }

    private static boolean personnummer(String s) {
        java.util.regex.Matcher m = PNR.matcher(s);
        if (!m.matches()) {
            return false;
        }
        String ymd = m.group(2);
        int month = Integer.parseInt(ymd.substring(2, 4));
        int day = Integer.parseInt(ymd.substring(4, 6));
        if (day > 60) {
            day -= 60; // co-ordination numbers add 60 to the day
        }
        try {
            LocalDate.of(2000, month, day);
        } catch (DateTimeException e) {
            return false;
        }
        return Checksums.luhnValid(ymd + m.group(4));
    }

    private static boolean dni(String s) {
        if (!DNI.matcher(s).matches()) {
            return false;
        }
        String t = s.toUpperCase(java.util.Locale.ROOT).replace("-", "");
        char first = t.charAt(0);
        String num = (first == 'X' ? "0" : first == 'Y' ? "1" : first == 'Z' ? "2" : String.valueOf(first))
                + t.substring(1, 8);
        return DNI_LETTERS.charAt(Integer.parseInt(num) % 23) == t.charAt(8);
    }
}
