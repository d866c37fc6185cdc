package cn.wulian.liancai.shared;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Links that users type and others click: only complete {@code http} and {@code https} addresses
 * with a host. Anything else — {@code javascript:} and {@code data:} (they run in the reader's
 * session), {@code file:}, relative or malformed addresses, and addresses with a user name before
 * the host ({@code https://gov.cn@elsewhere.example} goes elsewhere) — is refused.
 */
public final class WebLinks {

    public static final int MAX_LENGTH = 500;

    private WebLinks() {
    }

    public static boolean isWebAddress(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH || !text.equals(text.strip())) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException malformed) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        return uri.getHost() != null || isInternationalHost(uri.getRawAuthority());
    }

    /** a host in Chinese (例子.中国), which {@link URI} leaves unparsed, in its ASCII form */
    private static boolean isInternationalHost(String authority) {
        if (authority.contains("@")) {
            return false;
        }
        String host = authority.replaceFirst(":\\d{1,5}$", "");
        try {
            String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
            return !ascii.isEmpty() && new URI("http", ascii, null, null).getHost() != null;
        } catch (IllegalArgumentException | URISyntaxException e) {
            return false;
        }
    }
}
