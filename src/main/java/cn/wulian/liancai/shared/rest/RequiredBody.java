package cn.wulian.liancai.shared.rest;

import cn.wulian.liancai.shared.DomainViolation;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Every body the API reads is required. No body, an empty one (with or without a
 * {@code Content-Type}) and a bare JSON {@code null} get one answer before any resource or facade
 * sees the request: 400 naming {@code body}. (Left to the binder, an empty JSON body failed while
 * no body at all reached the facades as null: some answered 400 naming another field, some 404,
 * some 500.) A body cut off at its limit ({@link BoundedBodies}) is reported as too large, whatever
 * the reader made of it.
 */
@Provider
@Priority(RequiredBody.PRIORITY) // around the reading of the body, the strict binding's included (StrictBinding)
public class RequiredBody implements ReaderInterceptor {

    /** before (around) the user interceptors of the default priority: Jersey orders equals anew at each start */
    static final int PRIORITY = Priorities.USER - 10;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body;
        try {
            body = context.proceed();
        } catch (NoContentException empty) {
            body = null;
        } catch (IOException | RuntimeException e) {
            // a body over its limit, wrapped by the JSON binder as unreadable JSON: it is too large, not malformed
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof BodyTooLarge tooLarge) {
                    throw tooLarge;
                }
            }
            throw e;
        }
        if (body == null) {
            throw missing();
        }
        return body;
    }

    /** the one answer to a request without its body */
    public static DomainViolation missing() {
        return DomainViolation.of("body", "validation.body.missing");
    }
}
