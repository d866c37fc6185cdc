package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.NotFound;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

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

    /**
     * Sends the browser on to the page that shows a record at its place ({@code
     * /policies/list.xhtml#policy-startup-fund}), from the application's root: a link that names the
     * record alone (a search hit's) where the page is another record's or a list.
     */
    public static void redirect(String fromRoot) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        try {
            context.redirect(context.getRequestContextPath() + fromRoot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
