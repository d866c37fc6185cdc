package cn.wulian.liancai.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is on the other end of a request and whether it reached us encrypted, as far as we can trust
 * it. Behind a reverse proxy the connection comes from the proxy, which reports the client in
 * {@code X-Forwarded-For} and the scheme in {@code X-Forwarded-Proto}; anyone can send those headers,
 * so they count only when the connection comes from an address in {@code liancai.proxy.trusted}.
 * Use this, never {@code getRemoteAddr()} or the headers directly, for anything that decides (throttling
 * by address, secure cookies, HSTS, the redirect to HTTPS).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * The client's IP address: the connection's address, or, when that is a trusted proxy, the nearest
     * address in {@code X-Forwarded-For} that is not itself a trusted proxy (read from the right: the
     * left part is what the client claimed).
     */
    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), WebSettings.current().trustedProxies());
    }

    /** true when the request came over HTTPS: to us directly, or to a trusted proxy that says so in {@code X-Forwarded-Proto} */
    public static boolean isSecure(HttpServletRequest request) {
        return request.isSecure()
                || isForwardedHttps(request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"), WebSettings.current().trustedProxies());
    }

    static String of(String remote, String forwardedFor, AddressRanges trusted) {
        if (forwardedFor == null || !trusted.contains(remote)) {
            return remote;
        }
        String client = remote;
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!AddressRanges.isAddress(hop)) {
                return client; // garbage in the chain: the last address a trusted proxy vouched for
            }
            client = hop;
            if (!trusted.contains(hop)) {
                return client;
            }
        }
        return client;
    }

    static boolean isForwardedHttps(String remote, String forwardedProto, AddressRanges trusted) {
        if (forwardedProto == null || !trusted.contains(remote)) {
            return false;
        }
        // the first value is the scheme the client used at the outermost proxy
        return forwardedProto.split(",")[0].trim().equalsIgnoreCase("https");
    }
}
