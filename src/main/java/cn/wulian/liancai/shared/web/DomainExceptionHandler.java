package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.i18n.RecordKinds;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * Pages answer a missing record with 404 and a refused one with 403, like the API, instead of a
 * generic error: a bookmarked profile of a deleted talent says "no such talent".
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

    /** request attribute: the bundle key of the kind of record that was not found, for the error page */
    public static final String MISSING_KIND = "liancai.missingKind";

    public DomainExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable t = events.next().getContext().getException();
            int status = 0;
            String missingKind = null;
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof NotFound missing) {
                    status = 404;
                    missingKind = RecordKinds.key(missing.what());
                    break;
                }
                if (c instanceof Forbidden) {
                    status = 403;
                    break;
                }
            }
            if (status != 0) {
                events.remove();
                FacesContext faces = FacesContext.getCurrentInstance();
                if (missingKind != null) {
                    faces.getExternalContext().getRequestMap().put(MISSING_KIND, missingKind);
                }
                try {
                    faces.getExternalContext().responseSendError(status, null);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                faces.responseComplete();
            }
        }
        getWrapped().handle();
    }

    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new DomainExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
