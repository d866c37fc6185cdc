package cn.wulian.liancai.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the session's page language from its start. Without it a view takes the
 * browser's Accept-Language until the template's {@code f:view} sets the chosen one at render time,
 * so a message added in a view action (a search that cannot be read, a record that is missing) came
 * out in the browser's language on a page in the other.
 */
public class SessionLocaleViewHandler extends ViewHandlerWrapper {

    public SessionLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    /** never opens a session: the login page is served to anyone without one */
    @Override
    public Locale calculateLocale(FacesContext context) {
        return LocaleView.ofRequest(context);
    }
}
