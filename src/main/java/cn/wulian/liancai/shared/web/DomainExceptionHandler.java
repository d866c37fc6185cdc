package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.NotFound;
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
 * generic error: a bookmarked profile of a deleted talent says "no such record".
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

    public DomainExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable t = events.next().getContext().getException();
            int status = 0;
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof NotFound) {
                    status = 404;
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
