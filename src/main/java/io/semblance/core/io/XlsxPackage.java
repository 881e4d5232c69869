// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The ZIP container of an .xlsx workbook: finds and parses parts; bad input becomes {@link DataFormatException}. */
final class XlsxPackage implements AutoCloseable {
    static final String NOT_XLSX = "is not an Excel .xlsx workbook (expected a ZIP archive with xl/workbook.xml)";
    private static final byte[] OLE2_MAGIC =
        {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP_MAGIC = {'P', 'K'};

    /** Parses one XML part; may throw the checked exceptions the package translates. */
    interface PartParser<T> {
        T parse(XMLStreamReader xml) throws XMLStreamException, DataFormatException, IOException;
    }

    private final Path file;
    private final ZipFile zip;
    private final Map<String, String> namesByLowerCase = new HashMap<>();
    private final XMLInputFactory xmlFactory;

    private XlsxPackage(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            String name = e.nextElement().getName();
            namesByLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        xmlFactory = XMLInputFactory.newDefaultFactory();
        xmlFactory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xmlFactory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xmlFactory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** Opens the file as a ZIP archive, explaining what it is instead when it is not one. */
    static XlsxPackage open(Path file) throws DataFormatException, IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, n, OLE2_MAGIC)) {
            throw new DataFormatException(file, describeOle2(file));
        }
        if (!startsWith(head, n, ZIP_MAGIC)) {
            throw new DataFormatException(file, NOT_XLSX);
        }
        ZipFile zip = null;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
            return new XlsxPackage(file, zip);
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            if (zip != null) {
                zip.close();
            }
            String detail = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
            throw new DataFormatException(file, "is a damaged ZIP archive, not a readable .xlsx workbook" + detail);
        }
    }

    private static boolean startsWith(byte[] head, int n, byte[] magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** An OLE2 compound file is either a password-protected .xlsx or an old binary .xls workbook. */
    private static String describeOle2(Path file) throws IOException {
        byte[] encryption = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
        byte[] workbook = "Workbook".getBytes(StandardCharsets.UTF_16LE);
        boolean encrypted = false;
        boolean xls = false;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            byte[] window = new byte[buf.length + encryption.length];
            int carry = 0;
            int read;
            while ((read = in.read(buf)) > 0 && !encrypted) {
                System.arraycopy(buf, 0, window, carry, read);
                int len = carry + read;
                encrypted = indexOf(window, len, encryption) >= 0;
                xls |= indexOf(window, len, workbook) >= 0;
                carry = Math.min(len, encryption.length - 1);
                System.arraycopy(window, len - carry, window, 0, carry);
            }
        }
        if (encrypted) {
            return "is password-protected (encrypted); remove the password in Excel and save it again, then retry";
        }
        if (xls) {
            return "is an old-format Excel 97-2003 (.xls) workbook, not .xlsx; "
                    + "save it as .xlsx in Excel or LibreOffice";
        }
        return "is not an Excel .xlsx workbook: it looks like an encrypted workbook or an old binary .xls file";
    }

    private static int indexOf(byte[] data, int len, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= len; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    Path file() {
        return file;
    }

    /** The actual entry name for a part (matched case-insensitively, as Excel does), or null if absent. */
    String find(String part) {
        if (part == null) {
            return null;
        }
        String p = part.startsWith("/") ? part.substring(1) : part;
        return zip.getEntry(p) != null ? p : namesByLowerCase.get(p.toLowerCase(Locale.ROOT));
    }

    /** Uncompressed size of a part in bytes, or -1 when the archive does not say. */
    long size(String part) {
        ZipEntry e = zip.getEntry(part);
        return e == null ? -1 : e.getSize();
    }

    /** Parses an existing part with StAX; XML and ZIP damage become {@link DataFormatException} naming the part. */
    <T> T parse(String part, PartParser<T> parser, InputStreamWrapper wrapper) throws DataFormatException, IOException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw damaged("the part " + part + " is missing");
        }
        XMLStreamReader xml = null;
        try (InputStream raw = zip.getInputStream(entry); InputStream in = wrapper == null ? raw : wrapper.wrap(raw)) {
            xml = xmlFactory.createXMLStreamReader(XlsxXml.reader(in));
            return parser.parse(xml);
        } catch (XMLStreamException e) {
            Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
            if (cause instanceof IOException io) {
                throw damagedStream(part, io);
            }
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw damaged(part + (line > 0 ? " line " + line : "") + " is not well-formed XML: " + xmlMessage(e));
        } catch (ZipException | EOFException | CharacterCodingException e) {
            throw damagedStream(part, e);
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeException e) {
            DataFormatException d = damaged(part + " holds an unexpected value (" + e.getMessage() + ")");
            d.initCause(e);
            throw d;
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the stream itself is closed by try-with-resources
                }
            }
        }
    }

    /** Unpacking and decoding failures are damage in the file; any other I/O failure is passed on. */
    private IOException damagedStream(String part, IOException e) throws DataFormatException {
        if (e instanceof CharacterCodingException) {
            throw damaged("the part " + part + " is not valid text (" + e.getMessage() + ")");
        }
        if (e instanceof ZipException || e instanceof EOFException) {
            String detail = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
            throw damaged("the part " + part + " cannot be unpacked" + detail);
        }
        return e;
    }

    /** Wraps a part's input stream, for example to count bytes for progress. */
    interface InputStreamWrapper {
        InputStream wrap(InputStream in);
    }

    private static String xmlMessage(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.lastIndexOf("Message: ");
        return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
    }

    /** An error for a workbook whose structure is broken. */
    DataFormatException damaged(String what) {
        return new DataFormatException(file, "is a damaged .xlsx workbook: " + what);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
