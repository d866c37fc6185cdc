package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Puts a facade's field errors beside the inputs of a form. Inputs carry the API's field names as
 * their ids, so one validation path serves the pages and the REST API.
 */
public final class FacesErrors {

    private FacesErrors() {
    }

    public static void show(DomainViolation violation, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        UIComponent form = faces.getViewRoot().findComponent(formId);
        violation.fieldKeys().forEach((field, key) -> {
            String text = Messages.text(locale, key);
            UIComponent input = form == null ? null : form.findComponent(field);
            String clientId = input == null ? null : input.getClientId(faces);
            String label = input == null ? "" : label(input, locale, field);
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, label + text, text));
        });
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(locale, "error.invalid"), null));
        faces.validationFailed();
    }

    private static String label(UIComponent input, Locale locale, String field) {
        Object label = input.getAttributes().get("label");
        return label == null ? "" : label + "：";
    }

    public static void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(faces.getViewRoot().getLocale(), key, args), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(faces.getViewRoot().getLocale(), key, args), null));
        faces.validationFailed();
    }
}
