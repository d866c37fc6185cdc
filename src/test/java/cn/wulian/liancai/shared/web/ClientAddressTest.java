package cn.wulian.liancai.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final AddressRanges PROXIES = AddressRanges.parse("127.0.0.1, 10.0.0.0/8, fd00::/8");

    @Test
    void rangesMatchAddressesAndCidrBlocksOfBothFamilies() {
        assertTrue(PROXIES.contains("127.0.0.1"));
        assertFalse(PROXIES.contains("127.0.0.2"));
        assertTrue(PROXIES.contains("10.200.3.4"));
        assertFalse(PROXIES.contains("11.0.0.1"));
        assertTrue(PROXIES.contains("fd12:3456::1"));
        assertFalse(PROXIES.contains("fe80::1"));
        assertTrue(PROXIES.contains("::ffff:10.1.1.1"), "an IPv4-mapped address is the IPv4 address");
        assertTrue(AddressRanges.parse("192.168.1.128/25").contains("192.168.1.200"));
        assertFalse(AddressRanges.parse("192.168.1.128/25").contains("192.168.1.100"));
        assertFalse(AddressRanges.NONE.contains("127.0.0.1"));
        assertFalse(PROXIES.contains("localhost"), "names are never looked up");
        assertFalse(PROXIES.contains("127.1"), "only complete IPv4 literals");
    }

    @Test
    void aWrongEntryStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> AddressRanges.parse("proxy.example.org"));
        assertThrows(IllegalArgumentException.class, () -> AddressRanges.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> AddressRanges.parse("10.0.0.0/x"));
    }

    @Test
    void forwardedForCountsOnlyFromATrustedProxy() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", PROXIES), "untrusted: the header is ignored");
        assertEquals("198.51.100.1", ClientAddress.of("127.0.0.1", "198.51.100.1", PROXIES));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", null, PROXIES));
    }

    @Test
    void theClientIsTheNearestAddressThatIsNoTrustedProxy() {
        // the client claimed 1.1.1.1; 198.51.100.7 connected to our outer proxy 10.0.0.5
        assertEquals("198.51.100.7", ClientAddress.of("127.0.0.1", "1.1.1.1, 198.51.100.7, 10.0.0.5", PROXIES));
        assertEquals("10.0.0.9", ClientAddress.of("127.0.0.1", "10.0.0.9", PROXIES), "all hops trusted: the farthest");
        assertEquals("10.0.0.5", ClientAddress.of("127.0.0.1", "garbage, 10.0.0.5", PROXIES), "garbage: the last address vouched for");
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "unknown", PROXIES));
    }

    @Test
    void forwardedHttpsCountsOnlyFromATrustedProxy() {
        assertTrue(ClientAddress.isForwardedHttps("127.0.0.1", "https", PROXIES));
        assertTrue(ClientAddress.isForwardedHttps("10.1.2.3", "HTTPS, http", PROXIES), "the client's scheme comes first");
        assertFalse(ClientAddress.isForwardedHttps("127.0.0.1", "http", PROXIES));
        assertFalse(ClientAddress.isForwardedHttps("203.0.113.9", "https", PROXIES));
        assertFalse(ClientAddress.isForwardedHttps("127.0.0.1", null, PROXIES));
    }
}
