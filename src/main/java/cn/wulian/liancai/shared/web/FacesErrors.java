package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.StaleVersion;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.i18n.RecordKinds;
import cn.wulian.liancai.shared.persistence.TransientFailures;
import cn.wulian.liancai.shared.reference.InUse;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

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
        violation.fieldKeys().keySet().forEach(field -> {
            String text = violation.text(field, locale);
            UIComponent input = form == null ? null : form.findComponent(field);
            markInvalid(input);
            String clientId = input == null ? null : input.getClientId(faces);
            String label = input == null ? "" : label(input, locale, field);
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, label + text, text));
        });
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(locale, "error.invalid"), null));
        faces.validationFailed();
    }

    /**
     * Runs a form's use case: a domain violation is put beside the form's fields, a record someone
     * else saved in between is said so above them, a database too busy even after the retries
     * asks to try again; either way nothing was saved.
     *
     * @param useCase answers what it did, never null
     * @return what the use case answered, or empty when it was refused
     */
    public static <T> Optional<T> attempt(String formId, Supplier<T> useCase) {
        try {
            return Optional.of(useCase.get());
        } catch (DomainViolation e) {
            show(e, formId);
        } catch (StaleVersion e) {
            stale(e);
        } catch (InUse e) {
            show(e);
        } catch (RuntimeException e) {
            // still so after every run TransientRetry allowed: the database was busy, the form is fine as it is
            if (!TransientFailures.isTransient(e)) {
                throw e;
            }
            error("error.busy");
        }
        return Optional.empty();
    }

    /**
     * Draws the field's border red. An invalid input renders its submitted value, which JSF has
     * already cleared after updating the model; giving it back keeps what the user typed on screen.
     * Dates are left unmarked: their text form belongs to the date picker's pattern.
     */
    private static void markInvalid(UIComponent input) {
        if (input instanceof EditableValueHolder holder) {
            Object value = holder.getValue();
            if (value == null || value instanceof String || value instanceof Number) {
                holder.setValid(false);
                holder.setSubmittedValue(value == null ? "" : value.toString());
            }
        }
    }

    private static String label(UIComponent input, Locale locale, String field) {
        Object label = input.getAttributes().get("label");
        return label == null ? "" : label + "：";
    }

    /** the first error said on this page in this request (with its field's label), or null */
    public static String firstError() {
        return FacesContext.getCurrentInstance().getMessageList().stream()
                .filter(m -> FacesMessage.SEVERITY_ERROR.equals(m.getSeverity())).map(FacesMessage::getSummary).findFirst().orElse(null);
    }

    /** a confirmation shown on this page (AJAX actions) */
    public static void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(faces.getViewRoot().getLocale(), key, args), null));
    }

    /** a confirmation shown on the page that the action redirects to */
    public static void infoAfterRedirect(String key, Object... args) {
        info(key, args);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** a message in the page's language, e.g. an enum label to put into another message */
    public static String text(String key) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key);
    }

    /** a violation that belongs to no form field (e.g. the search box's query), each message above the page */
    public static void error(DomainViolation violation) {
        FacesContext faces = FacesContext.getCurrentInstance();
        violation.texts(faces.getViewRoot().getLocale()).values()
                .forEach(text -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
        faces.validationFailed();
    }

    /** "该团队已被他人修改，请刷新后再编辑" above the form: the kind of record named, nothing saved */
    public static void stale(StaleVersion e) {
        error("record.stale", RecordKinds.name(FacesContext.getCurrentInstance().getViewRoot().getLocale(), e.what()));
    }

    /** a delete refused because other records refer to the record: the sentence naming them, above the page */
    public static void show(InUse inUse) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, inUse.text(faces.getViewRoot().getLocale()), null));
        faces.validationFailed();
    }

    public static void error(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(faces.getViewRoot().getLocale(), key, args), null));
        faces.validationFailed();
    }
}
