// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The icon files committed in icons/: every PNG size, the Windows .ico and the macOS .icns built from them. */
class IconFilesTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Path ICONS = Fixtures.ADULT.path().getParent().getParent().resolve("icons");

    @Test
    void everySizeIsASquareDrawingOnATransparentGround() throws IOException {
        for (int size : Icons.SIZES) {
            byte[] png = Files.readAllBytes(ICONS.resolve("semblance-" + size + ".png"));
            BufferedImage img = decode(png, size);
            assertTrue(img.getColorModel().hasAlpha(), size + " px has an alpha channel");
            int transparent = 0;
            int opaque = 0;
            int cells = 0;
            int twin = 0;
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int argb = img.getRGB(x, y);
                    int a = argb >>> 24;
                    int r = argb >> 16 & 255;
                    int g = argb >> 8 & 255;
                    int b = argb & 255;
                    transparent += a == 0 ? 1 : 0;
                    if (a == 255) {
                        opaque++;
                        colours.add(argb);
                        cells += r > 230 && g > 230 && b > 230 ? 1 : 0;
                        twin += r > 200 && g > 80 && g < 180 && b < 110 ? 1 : 0;
                    }
                }
            }
            int area = size * size;
            assertTrue(transparent > 0, size + " px: the corners around the rounded tile are see-through");
            assertTrue(opaque > area / 2, size + " px: the tile is solid");
            assertTrue(colours.size() >= 3, size + " px: more than a flat shape");
            assertTrue(cells > area / 40, size + " px: the white table cells show (" + cells + " px)");
            assertTrue(twin > area / 40, size + " px: the orange twin shows (" + twin + " px)");
        }
    }

    @Test
    void icoListsSevenSizesWithTheirPngs() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("semblance.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0), "reserved");
        assertEquals(1, ico.getShort(2), "type: icon");
        List<Integer> sizes = List.of(16, 24, 32, 48, 64, 128, 256);
        assertEquals(sizes.size(), ico.getShort(4), "number of images");
        int end = 6 + 16 * sizes.size();
        for (int i = 0; i < sizes.size(); i++) {
            int entry = 6 + 16 * i;
            int size = sizes.get(i);
            assertEquals(size & 255, ico.get(entry) & 255, "width byte, 0 meaning 256");
            assertEquals(size & 255, ico.get(entry + 1) & 255, "height byte");
            assertEquals(32, ico.getShort(entry + 6), "bits per pixel");
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            assertEquals(end, offset, "images follow each other");
            byte[] png = Arrays.copyOfRange(ico.array(), offset, offset + length);
            decode(png, size);
            assertArrayEquals(Files.readAllBytes(ICONS.resolve("semblance-" + size + ".png")), png,
                    size + " px in the .ico is the committed PNG");
            end = offset + length;
        }
        assertEquals(ico.capacity(), end, "nothing after the last image");
    }

    @Test
    void icnsHoldsTheMacEntriesAsPngs() throws IOException {
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("semblance.icns")));
        assertEquals("icns", type(icns, 0));
        assertEquals(icns.capacity(), icns.getInt(4), "the header states the file length");
        List<String> types = List.of("icp4", "icp5", "icp6", "ic07", "ic08", "ic09", "ic10");
        List<Integer> sizes = List.of(16, 32, 64, 128, 256, 512, 1024);
        int at = 8;
        for (int i = 0; i < types.size(); i++) {
            assertEquals(types.get(i), type(icns, at));
            int length = icns.getInt(at + 4);
            byte[] png = Arrays.copyOfRange(icns.array(), at + 8, at + length);
            decode(png, sizes.get(i));
            at += length;
        }
        assertEquals(icns.capacity(), at, "nothing after the last entry");
    }

    /** The PNG decoded, after checking its signature and that it is {@code size} pixels square. */
    private static BufferedImage decode(byte[] png, int size) throws IOException {
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8), "PNG signature");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(size, img.getWidth(), "width");
        assertEquals(size, img.getHeight(), "height");
        return img;
    }

    private static String type(ByteBuffer b, int at) {
        return new String(b.array(), at, 4, StandardCharsets.US_ASCII);
    }
}
