package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.NotFound;

/**
 * Record ids as they arrive in page URLs ({@code ?id=…}). Pages take the parameter as text so that
 * a mistyped or truncated link answers "no such record" (404) instead of an empty page.
 */
public final class UrlIds {

    private UrlIds() {
    }

    /** the positive id in {@code text}, or {@link NotFound} naming {@code what} */
    public static long parse(String text, String what) {
        try {
            long id = Long.parseLong(text == null ? "" : text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to "no such record"
        }
        throw new NotFound(what, text);
    }
}
