package cn.wulian.liancai.service.boundary;

import cn.wulian.liancai.rules.entity.SubjectKind;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/**
 * The subject picker's value in the page ("TEAM:12") and back, read again through the facade so a
 * tampered value is checked as any other request would be (a manager's other platform refused).
 * A CDI bean ({@code @Dependent}: the archive's beans are those with a scope) so that Faces takes it
 * from CDI with its facade injected; without, Faces made it itself, the facade was null, and every
 * pick was refused as no subject (必填).
 */
@Dependent
@FacesConverter(value = "subjectChoice", managed = true)
public class SubjectChoiceConverter implements Converter<SubjectChoice> {

    @Inject
    ServiceRequests requests;

    @Override
    public SubjectChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("(TALENT|TEAM|PROJECT):\\d{1,18}")) {
            return null;
        }
        String[] parts = value.split(":");
        try {
            return requests.subject(SubjectKind.valueOf(parts[0]), Long.parseLong(parts[1]));
        } catch (RuntimeException notThere) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, SubjectChoice value) {
        return value == null ? "" : value.key();
    }
}
