package cn.wulian.liancai.shared.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of IP addresses and CIDR ranges ({@code 127.0.0.1, 10.0.0.0/8, ::1}), IPv4 and IPv6. Only
 * address literals are accepted: a host name would need a DNS lookup on every request and could be
 * made to point anywhere.
 */
final class AddressRanges {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    static final AddressRanges NONE = new AddressRanges(List.of());

    private final List<Range> ranges;

    private AddressRanges(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** parses a comma list; a wrong entry stops the start rather than silently trusting nothing or everything */
    static AddressRanges parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : list.split(",")) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            int slash = e.indexOf('/');
            byte[] network = bytes(slash < 0 ? e : e.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + e);
            }
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(e.substring(slash + 1));
                } catch (NumberFormatException notANumber) {
                    throw new IllegalArgumentException("not a CIDR prefix length: " + e);
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("CIDR prefix length out of range: " + e);
                }
            }
            ranges.add(new Range(network, prefix));
        }
        return new AddressRanges(List.copyOf(ranges));
    }

    boolean contains(String address) {
        if (ranges.isEmpty()) {
            return false;
        }
        byte[] bytes = bytes(address);
        return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    static boolean isAddress(String text) {
        return bytes(text) != null;
    }

    /** the address's bytes (an IPv4-mapped IPv6 address as IPv4), or null when the text is no IP literal */
    private static byte[] bytes(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        int zone = t.indexOf('%');
        if (zone >= 0) {
            t = t.substring(0, zone);
        }
        if (t.isEmpty() || !LITERAL.matcher(t).matches() || (t.indexOf(':') < 0 && t.chars().filter(c -> c == '.').count() != 3)) {
            return null;
        }
        try {
            return InetAddress.getByName(t).getAddress(); // a literal: no lookup
        } catch (UnknownHostException malformed) {
            return null;
        }
    }
}
