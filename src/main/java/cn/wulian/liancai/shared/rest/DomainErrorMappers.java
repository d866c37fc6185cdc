package cn.wulian.liancai.shared.rest;

import cn.wulian.liancai.shared.Causes;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.StaleVersion;
import cn.wulian.liancai.shared.Unavailable;
import cn.wulian.liancai.shared.persistence.TransientFailures;
import cn.wulian.liancai.shared.reference.InUse;
import jakarta.annotation.Priority;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One mapper per kind of failure, each answering {@link ErrorBody} with the fitting status. */
public final class DomainErrorMappers {

    private DomainErrorMappers() {
    }

    /** 400: input broke a rule; names every offending field */
    @Provider
    public static class InvalidInput implements ExceptionMapper<DomainViolation> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(DomainViolation e) {
            return ErrorResponses.of(headers, e);
        }
    }

    /** 413: a body over its limit, named with the limit */
    @Provider
    public static class TooLarge implements ExceptionMapper<BodyTooLarge> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(BodyTooLarge e) {
            return ErrorResponses.tooLarge(headers, e);
        }
    }

    /** 400: the body is not JSON of the expected shape */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return unreadableBody(headers, e);
        }
    }

    @Provider
    public static class Missing implements ExceptionMapper<NotFound> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(NotFound e) {
            return ErrorResponses.naming(Status.NOT_FOUND, headers, "error.notFound.kind", e.what(), null);
        }
    }

    @Provider
    public static class Stale implements ExceptionMapper<StaleVersion> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(StaleVersion e) {
            return ErrorResponses.naming(Status.CONFLICT, headers, "error.stale", e.what(), "version");
        }
    }

    @Provider
    public static class NotAllowed implements ExceptionMapper<Forbidden> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Forbidden e) {
            return ErrorResponses.of(Status.FORBIDDEN, headers, "error.forbidden");
        }
    }

    /** 409: a delete of a record that others still refer to; names them */
    @Provider
    public static class StillReferred implements ExceptionMapper<InUse> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InUse e) {
            return ErrorResponses.of(headers, e);
        }
    }

    /**
     * 409: the database refused the change (a unique key, a reference still in use); 503 when it
     * gave up on the transaction only because of others, on every run
     */
    @Provider
    public static class Refused implements ExceptionMapper<PersistenceException> {
        private static final Logger LOG = Logger.getLogger(Refused.class.getName());
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(PersistenceException e) {
            return answer(e, headers);
        }

        static Response answer(PersistenceException e, HttpHeaders headers) {
            Response unavailable = unavailable(e, headers, LOG);
            if (unavailable != null) {
                return unavailable;
            }
            if (TransientFailures.isTransient(e)) {
                return busy(headers, e);
            }
            LOG.log(Level.INFO, "database refused a change", e);
            for (Throwable c = e; c != null; c = c.getCause()) {
                // SQLState class 22 (data exception: too long, out of range) is bad input, not a conflict
                if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                    return ErrorResponses.of(Status.BAD_REQUEST, headers, "error.invalid", Map.of("body", "error.dataRange"));
                }
            }
            return ErrorResponses.of(Status.CONFLICT, headers, "error.conflict");
        }
    }

    /** 503: a store cannot take writes now (a full disk); nothing was saved, the same request may work later */
    @Provider
    public static class NotNow implements ExceptionMapper<Unavailable> {
        private static final Logger LOG = Logger.getLogger(NotNow.class.getName());
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Unavailable e) {
            LOG.warning(() -> "refused, nothing saved: " + e.getMessage());
            return ErrorResponses.unavailable(headers, e);
        }
    }

    /** 503: still refused after every run TransientRetry allowed: the database is busy, not the request wrong */
    static Response busy(HttpHeaders headers, Throwable e) {
        Logger.getLogger(DomainErrorMappers.class.getName()).log(Level.WARNING, "database too busy for a change", e);
        return Response.fromResponse(ErrorResponses.of(Status.SERVICE_UNAVAILABLE, headers, "error.busy"))
                .header("Retry-After", "2").build();
    }

    /** JAX-RS's own errors (unknown path, wrong method, 403 from @RolesAllowed) in our JSON shape */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            String parameter = badParameter(e);
            if (parameter != null) {
                return ErrorResponses.of(Status.BAD_REQUEST, headers, "error.badRequest", Map.of(parameter, "validation.number"));
            }
            if (Causes.causedBy(e, JsonbException.class) || Causes.causedBy(e, jakarta.json.JsonException.class)) {
                return unreadableBody(headers, e);
            }
            if (Causes.causedBy(e, jakarta.ws.rs.core.NoContentException.class)) {
                return ErrorResponses.of(headers, RequiredBody.missing());
            }
            int status = e.getResponse().getStatus();
            String key = switch (status) {
                case 400 -> "error.badRequest";
                case 401 -> "error.unauthorized";
                case 403 -> "error.forbidden";
                case 404 -> "error.notFound";
                case 405 -> "error.method";
                case 406, 415 -> "error.mediaType";
                default -> status >= 500 ? "error.internal" : "error.badRequest";
            };
            Status known = Status.fromStatusCode(status);
            return ErrorResponses.of(known == null ? Status.BAD_REQUEST : known, headers, key);
        }

        /**
         * Jersey reports a query or path parameter it cannot convert (limit=abc) as a 404; it is a
         * bad request, and the caller should learn which parameter.
         */
        private static String badParameter(WebApplicationException e) {
            String type = e.getClass().getName();
            if (!type.contains("ParamException") || type.contains("PathParamException")) {
                return null; // /api/talents/abc names no resource: that stays a 404
            }
            try {
                Object name = e.getClass().getMethod("getParameterName").invoke(e);
                return name == null ? "parameter" : name.toString();
            } catch (ReflectiveOperationException notJersey) {
                return "parameter";
            }
        }
    }

    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile("deserialize property '([A-Za-z0-9_]+)'");

    /**
     * The field a body could not be read for, when the binder names it ("percent": "abc" names
     * percent, with the format it expected); otherwise the body as a whole.
     */
    static Map<String, String> unreadable(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof StrictBinding.Refused refused) {
                return refused.fields();
            }
            java.util.regex.Matcher m = c.getMessage() == null ? null : PROPERTY.matcher(c.getMessage());
            if (m != null && m.find()) {
                return Map.of(m.group(1), why(e));
            }
        }
        // valid JSON, but not the object the request is ([], "abc"): said of the body
        return Map.of("body", "validation.jsonObject".equals(why(e)) ? "validation.jsonObject" : "error.json");
    }

    /**
     * 400 for a body the binding could not read: "not valid JSON" when it is not, "input wrong, see the fields" when
     * it is JSON with a value its field cannot take (a score of 4294967301 was said to be invalid JSON)
     */
    static Response unreadableBody(HttpHeaders headers, Throwable e) {
        Map<String, String> fields = unreadable(e);
        return ErrorResponses.of(Status.BAD_REQUEST, headers, "error.json".equals(fields.get("body")) ? "error.json" : "error.invalid", fields);
    }

    /** how the binder (Yasson) says it met a single value where a list was to be read */
    private static final String LIST_EXPECTED = "Allowed: [START_ARRAY]";

    /** what was wrong with a field the binding refused: a number not whole or too large, a control character, a JSON type not the field's, else its format */
    static String why(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String message = String.valueOf(c.getMessage());
            if (message.contains(StrictBinding.NOT_WHOLE)) {
                return "validation.wholeNumber";
            }
            if (message.contains(StrictBinding.CONTROL_CHARACTER)) {
                return "validation.controlCharacter";
            }
            if (message.contains(StrictBinding.NOT_TEXT)) {
                return "validation.jsonText";
            }
            if (message.contains(StrictBinding.OUT_OF_RANGE)) {
                return "validation.numberRange"; // 1e30 yuan is a JSON number, just not an amount
            }
            if (message.contains(StrictBinding.NOT_A_NUMBER)) {
                return "validation.jsonNumber";
            }
            if (message.contains(StrictBinding.NOT_AN_OBJECT)) {
                return "validation.jsonObject";
            }
            if (message.contains(LIST_EXPECTED)) {
                return "validation.jsonList"; // "expertise": "投资" where a list is asked for
            }
        }
        return "validation.format";
    }

    /**
     * 503 when the failure was a store that cannot take writes, logged with its trace (someone must
     * free the space); null for any other failure
     */
    static Response unavailable(Throwable e, HttpHeaders headers, Logger log) {
        return Unavailable.in(e).map(u -> {
            log.log(Level.SEVERE, "a store cannot take writes; nothing saved", e);
            return ErrorResponses.unavailable(headers, u);
        }).orElse(null);
    }


    /** 400: JSON the binder could not read (wrong type, bad date), wrapped by Jersey */
    @Provider
    public static class Unreadable implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            return unreadableBody(headers, e);
        }
    }

    /**
     * A commit that failed after the method returned (two people deciding the same import row at once:
     * the second's update of the batch finds it changed), answered as its cause would be when flushed
     * before: 409 for a change made meanwhile, the database's refusal as {@link Refused} answers it; not
     * the HTML error page that Jersey's own mapper of {@link TransactionalException} led to by throwing again.
     */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class CommitFailed implements ExceptionMapper<TransactionalException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(TransactionalException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof jakarta.persistence.OptimisticLockException) {
                    return Unexpected.answer(c, headers); // 409: changed by someone else meanwhile
                }
                if (c instanceof PersistenceException refused) {
                    return Refused.answer(refused, headers); // a key or a check the database held to: 409 or 400, as when flushed
                }
            }
            return Unexpected.answer(e, headers);
        }
    }

    /** 500 without a stack trace: the trace goes to the server log only */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            return answer(e, headers);
        }

        static Response answer(Throwable e, HttpHeaders headers) {
            if (Causes.causedBy(e, JsonbException.class) || Causes.causedBy(e, jakarta.json.JsonException.class)) {
                return unreadableBody(headers, e);
            }
            if (TransientFailures.isTransient(e)) {
                return busy(headers, e);
            }
            Throwable cause = e;
            while (cause != null) {
                // a transactional interceptor may wrap a domain error; answer as if it had not
                if (cause instanceof DomainViolation dv) {
                    return ErrorResponses.of(headers, dv);
                }
                if (cause instanceof InUse inUse) {
                    return ErrorResponses.of(headers, inUse);
                }
                if (cause instanceof StaleVersion stale) {
                    return ErrorResponses.naming(Status.CONFLICT, headers, "error.stale", stale.what(), "version");
                }
                if (cause instanceof jakarta.persistence.OptimisticLockException) {
                    return ErrorResponses.naming(Status.CONFLICT, headers, "error.stale", null, "version");
                }
                if (cause instanceof NotFound missing) {
                    return ErrorResponses.naming(Status.NOT_FOUND, headers, "error.notFound.kind", missing.what(), null);
                }
                if (cause instanceof Forbidden) {
                    return ErrorResponses.of(Status.FORBIDDEN, headers, "error.forbidden");
                }
                cause = cause.getCause();
            }
            Response unavailable = unavailable(e, headers, LOG);
            if (unavailable != null) {
                return unavailable;
            }
            LOG.log(Level.SEVERE, "unexpected error in the API", e);
            return ErrorResponses.of(Status.INTERNAL_SERVER_ERROR, headers, "error.internal");
        }
    }
}
