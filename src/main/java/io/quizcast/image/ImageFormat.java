package io.quizcast.image;

/**
 * The image formats an organiser may upload, told by their first bytes (never by a file name or a declared type),
 * with the size their header says: {@link #sniff} reads only the header, pure Java (no image library: decoding
 * would need AWT, whose native libraries the native executable does not carry).
 */
public enum ImageFormat {

    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    WEBP("image/webp");

    private final String contentType;

    ImageFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** An image's format and size in pixels, as its header says. */
    public record Sniffed(ImageFormat format, int width, int height) {
    }

    /** The format and size of {@code bytes}, or null when they are none of the four formats (or cut short). */
    public static Sniffed sniff(byte[] b) {
        try {
            if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A) && at(b, 12, "IHDR")) {
                return sized(PNG, be32(b, 16), be32(b, 20));
            }
            if (at(b, 0, "GIF87a") || at(b, 0, "GIF89a")) {
                return sized(GIF, le16(b, 6), le16(b, 8));
            }
            if (starts(b, 0xFF, 0xD8, 0xFF)) {
                return jpeg(b);
            }
            if (at(b, 0, "RIFF") && at(b, 8, "WEBP")) {
                return webp(b);
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            // a header cut short is not an image
        }
        return null;
    }

    private static Sniffed jpeg(byte[] b) {
        int i = 2;
        while (i + 3 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            // SOF0..SOF15 but DHT (C4), JPG (C8) and DAC (CC) carry the frame's size
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return sized(JPEG, be16(b, i + 7), be16(b, i + 5));
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                i += 2;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return null;
            }
            i += 2 + be16(b, i + 2);
        }
        return null;
    }

    private static Sniffed webp(byte[] b) {
        if (at(b, 12, "VP8 ") && startsAt(b, 23, 0x9D, 0x01, 0x2A)) {
            return sized(WEBP, le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF);
        }
        if (at(b, 12, "VP8L") && (b[20] & 0xFF) == 0x2F) {
            int bits = le16(b, 21) | (le16(b, 23) << 16);
            return sized(WEBP, (bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
        }
        if (at(b, 12, "VP8X")) {
            return sized(WEBP, le24(b, 24) + 1, le24(b, 27) + 1);
        }
        return null;
    }

    private static Sniffed sized(ImageFormat format, int width, int height) {
        return width > 0 && height > 0 ? new Sniffed(format, width, height) : null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        return startsAt(b, 0, prefix);
    }

    private static boolean startsAt(byte[] b, int offset, int... prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[offset + i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean at(byte[] b, int offset, String ascii) {
        if (b.length < offset + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[offset + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int be16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    private static int be32(byte[] b, int i) {
        return (be16(b, i) << 16) | be16(b, i + 2);
    }

    private static int le16(byte[] b, int i) {
        return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8);
    }

    private static int le24(byte[] b, int i) {
        return le16(b, i) | ((b[i + 2] & 0xFF) << 16);
    }
}
