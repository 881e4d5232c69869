// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Small StAX helpers shared by the .xlsx part parsers; elements and attributes are matched by local name. */
final class XlsxXml {
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private XlsxXml() {
    }

    /**
     * Decodes a part strictly (bad bytes raise a {@link java.nio.charset.CharacterCodingException}): UTF-16 by
     * its byte order mark or first bytes, otherwise the declared encoding, otherwise UTF-8.
     */
    static Reader reader(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(256);
        byte[] head = in.readNBytes(256);
        in.reset();
        Charset charset = StandardCharsets.UTF_8;
        int b0 = head.length > 1 ? head[0] & 0xFF : -1;
        int b1 = head.length > 1 ? head[1] & 0xFF : -1;
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            charset = StandardCharsets.UTF_16;
        } else if (b0 == 0 && b1 == '<') {
            charset = StandardCharsets.UTF_16BE;
        } else if (b0 == '<' && b1 == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else if (b0 == 0xEF && b1 == 0xBB) {
            in.skipNBytes(3);
        } else {
            Matcher m = DECLARED_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (m.find() && isSupported(m.group(1))) {
                charset = Charset.forName(m.group(1));
            }
        }
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Whether the JDK decodes this charset; a name no charset can have (such as "-") is not supported. */
    private static boolean isSupported(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    /** Value of the attribute with this local name (any namespace), or null. */
    static String attr(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (localName.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Value of the attribute with this local name in the given namespace, or null. */
    static String attr(XMLStreamReader xml, String namespace, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (localName.equals(xml.getAttributeLocalName(i)) && namespace.equals(xml.getAttributeNamespace(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** True for an attribute value meaning "on" ("1" or "true"). */
    static boolean isTrue(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }

    /**
     * Text of a string item positioned at its start tag ({@code <si>} or {@code <is>}): the plain {@code <t>}
     * or the concatenated rich-text runs, leaving out phonetic hints ({@code <rPh>}). Ends on the end tag.
     */
    static String stringItem(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        boolean inPhonetic = false;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if ("rPh".equals(name)) {
                    inPhonetic = true;
                } else if ("t".equals(name) && !inPhonetic) {
                    sb.append(xml.getElementText());
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("rPh".equals(xml.getLocalName())) {
                    inPhonetic = false;
                }
            }
        }
        return unescape(sb);
    }

    /**
     * Moves to the next child of an element whose start tag is current, or whose last child was read up to its end
     * tag: true on the child's start tag, false on the element's own end tag. Text and other events are passed over;
     * the caller reads (or {@link #skip skips}) each child to its end tag before asking for the next.
     */
    static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /** Skips the element whose start tag is current, ending on its end tag. */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Decodes Excel's {@code _xHHHH_} escapes (used for control characters such as a carriage return). */
    static String unescape(CharSequence s) {
        String text = s.toString();
        if (text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 7 <= text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x'
                    && text.charAt(i + 6) == '_' && isHex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
