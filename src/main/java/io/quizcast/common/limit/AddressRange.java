package io.quizcast.common.limit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** An address or a CIDR block ("10.0.0.0/8", "fd00::/8", "192.0.2.7"), written as numbers: never a name to look up. */
public record AddressRange(byte[] network, int prefix) {

    private static final Pattern NUMERIC = Pattern.compile("[0-9A-Fa-f:.]+");

    /** The range {@code text} names; IllegalArgumentException when it is not an address or a CIDR block. */
    public static AddressRange parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        byte[] address = address(slash < 0 ? t : t.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("not an IP address or CIDR block: " + text);
        }
        int bits = address.length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(t.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a CIDR prefix: " + text);
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("a CIDR prefix is 0 to " + bits + ": " + text);
        }
        return new AddressRange(address, prefix);
    }

    /** The address's bytes (4 or 16), or null when {@code text} is not a numeric IP address. */
    public static byte[] address(String text) {
        if (text == null || text.isEmpty() || !NUMERIC.matcher(text).matches()
                || (text.indexOf(':') < 0 && text.chars().filter(c -> c == '.').count() != 3)) {
            return null;
        }
        try {
            // a numeric literal: no name is looked up
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    public boolean contains(byte[] address) {
        if (address == null || address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (address[full] & mask) == (network[full] & mask);
    }
}
