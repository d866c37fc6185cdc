package cn.wulian.liancai.backup.boundary;

import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.rest.ErrorBody;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** 409 for a backup refused (one runs already; a database the app does not back up), in the caller's language */
@Provider
public class BackupRefusedMapper implements ExceptionMapper<BackupRefused> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BackupRefused e) {
        Locale locale;
        try {
            locale = Messages.preferred(headers.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            locale = Messages.CHINESE;
        }
        return Response.status(Response.Status.CONFLICT)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ErrorBody.of(Messages.text(locale, e.messageKey(), e.arguments())))
                .build();
    }
}
