package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
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

    /** switches between Chinese and English and reloads the current page */
    public void toggle() {
        locale = isEnglish() ? Messages.CHINESE : Locale.ENGLISH;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
    }

    @Produces
    @Named("msg")
    ResourceBundle messages() {
        return Messages.bundle(locale);
    }
}
