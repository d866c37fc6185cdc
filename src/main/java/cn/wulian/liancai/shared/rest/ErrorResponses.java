package cn.wulian.liancai.shared.rest;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.FileSizes;
import cn.wulian.liancai.shared.Unavailable;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.i18n.RecordKinds;
import cn.wulian.liancai.shared.reference.InUse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Builds error responses in the caller's language (Accept-Language; Chinese unless English is asked for). */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Locale locale(HttpHeaders headers) {
        try {
            return headers == null ? Messages.CHINESE : Messages.preferred(headers.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            return Messages.CHINESE;
        }
    }

    static Response of(Response.StatusType status, HttpHeaders headers, String errorKey, Map<String, String> fieldKeys) {
        Locale locale = locale(headers);
        Map<String, String> fields = new LinkedHashMap<>();
        fieldKeys.forEach((field, key) -> fields.put(field, Messages.text(locale, key)));
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(Messages.text(locale, errorKey), fields))
                .build();
    }

    /** 400 for input that broke a rule: each field's message, its arguments filled in */
    static Response of(HttpHeaders headers, DomainViolation violation) {
        Locale locale = locale(headers);
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(violation.headline(locale), violation.texts(locale)))
                .build();
    }

    /**
     * An error about one record that names its kind ("No such team", "该项目已被他人修改…"), the
     * same sentence also under {@code field} when one is given.
     *
     * @param what the kind as code names it ("award cycle"); null for a record of unknown kind
     */
    static Response naming(Response.StatusType status, HttpHeaders headers, String errorKey, String what, String field) {
        Locale locale = locale(headers);
        String text = Messages.text(locale, errorKey, RecordKinds.name(locale, what));
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(text, field == null ? Map.of() : Map.of(field, text)))
                .build();
    }

    /** 409 for a delete of a record others still refer to: the sentence naming them, and each of them */
    static Response of(HttpHeaders headers, InUse inUse) {
        Locale locale = locale(headers);
        String text = inUse.text(locale);
        return Response.status(Response.Status.CONFLICT)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new InUseBody(text, Map.of("id", text), inUse.references().stream()
                        .map(r -> new InUseBody.Referrer(r.kind().name(), r.id(), r.label(), InUse.role(r, locale))).toList(),
                        inUse.total()))
                .build();
    }

    /** 413 for a body over its limit: the field's message says the limit ("1.0 MB") */
    static Response tooLarge(HttpHeaders headers, BodyTooLarge e) {
        Locale locale = locale(headers);
        return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(Messages.text(locale, "error.tooLarge"),
                        Map.of(e.field(), Messages.text(locale, "validation.body.tooLarge", FileSizes.text(e.limit())))))
                .build();
    }

    /**
     * 503 for a store that cannot take writes now: the sentence says nothing was saved and why;
     * {@code Retry-After} tells a client program when to try again
     */
    static Response unavailable(HttpHeaders headers, Unavailable e) {
        return Response.fromResponse(of(Response.Status.SERVICE_UNAVAILABLE, headers, e.messageKey()))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /** long enough for an operator to free space, short enough for a client program's retry to be worth it */
    private static final int RETRY_AFTER_SECONDS = 30;

    static Response of(Response.StatusType status, HttpHeaders headers, String errorKey) {
        return of(status, headers, errorKey, Map.of());
    }
}
