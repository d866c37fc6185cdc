package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The page language of this browser session: Chinese unless the user switched to English.
 * Also exposes the message bundle to pages as {@code #{msg['key']}}.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    private Locale locale = Messages.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    public String getLanguageTag() {
        return isEnglish() ? "en" : "zh-CN";
    }

    /** the language chosen before the session existed (on the login page) */
    public void use(Locale chosen) {
        locale = Messages.supported(chosen);
    }

    /**
     * The page language of this request without opening a session, for the pages anyone may see
     * (the login page): {@code ?lang=en|zh} first, then the session's choice when there is a
     * session, else Chinese.
     */
    public static Locale ofRequest(FacesContext faces) {
        String lang = faces.getExternalContext().getRequestParameterMap().get("lang");
        if (lang != null && !lang.isBlank()) {
            return Messages.supported(Locale.forLanguageTag(lang));
        }
        if (faces.getExternalContext().getSession(false) != null) {
            return jakarta.enterprise.inject.spi.CDI.current().select(LocaleView.class).get().getLocale();
        }
        return Messages.CHINESE;
    }

    /**
     * Switches between Chinese and English and opens the current page again at its address: drawn
     * again in answer to the switch's post, it left that post in the browser's history, and Back from
     * the next page asked to send the form again.
     */
    public void toggle() throws IOException {
        locale = isEnglish() ? Messages.CHINESE : Locale.ENGLISH;
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        faces.getExternalContext().redirect(request.getContextPath() + PageAddress.of(request));
    }

    @Produces
    @Named("msg")
    ResourceBundle messages() {
        return Messages.bundle(locale);
    }
}
