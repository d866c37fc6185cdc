package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the public pages (no login: the award's 公示, the support policies) need of the request: the
 * language, from {@code ?lang=} (Chinese unless asked otherwise), and its texts. Those pages are
 * stateless views and open no session; their answers may be cached (SecurityHeaders), so nothing
 * on them depends on who asks.
 */
@Named
@RequestScoped
public class PublicPage {

    /**
     * The paths that answer without a login — as the client sent them: one that could lead elsewhere
     * once the server has resolved it ({@code /api/public/../talents}) is not public.
     */
    public static boolean isPublic(String path) {
        return (path.startsWith("/public/") || path.startsWith("/api/public/"))
                && !path.contains("..") && !path.contains("//") && !path.contains(";") && !path.contains("%");
    }

    public Locale getLocale() {
        return LocaleView.ofRequest(FacesContext.getCurrentInstance());
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    public String getLanguageTag() {
        return isEnglish() ? "en" : "zh-CN";
    }

    /** the parameter value of the language this page is in, for links to the other public page */
    public String getLang() {
        return isEnglish() ? "en" : "zh";
    }

    /** the parameter value of the language the switch offers */
    public String getOtherLang() {
        return isEnglish() ? "zh" : "en";
    }

    /**
     * {@code ?lang=} as a view parameter. The language is read from the request ({@link #getLocale});
     * the parameter is there for the metadata every public page declares: Mojarra then builds the
     * view, transient, before rendering it, and PrimeFaces does not open a session to keep the CSP
     * nonce of a view that would otherwise not yet be transient.
     */
    public String getLangParameter() {
        return getLang();
    }

    public void setLangParameter(String ignored) {
        // the language comes from the request parameter itself
    }

    public ResourceBundle getText() {
        return Messages.bundle(getLocale());
    }
}
