package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.Causes;
import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.Unavailable;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.i18n.RecordKinds;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Pages answer a missing record with 404 and a refused one with 403, like the API, instead of a
 * generic error: a bookmarked profile of a deleted talent says "no such talent". A change refused
 * because a store cannot take writes ({@link Unavailable}: a full disk) is said above the form.
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(DomainExceptionHandler.class.getName());

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
            var unavailable = Unavailable.in(t);
            if (unavailable.isPresent()) {
                // the page is rendered again with the sentence above its form and what the user typed
                // still in it (an AJAX save updates the form), so it can be saved once the space is back
                events.remove();
                LOG.warning(() -> "a page's change refused, nothing saved: " + unavailable.get().getMessage());
                FacesErrors.error(unavailable.get().messageKey());
                continue;
            }
            if (Causes.causedBy(t, ViewExpiredException.class)) {
                // the page's state is gone (kept views: numberOfViewsInSession; a restart without replication):
                // the page again, fresh, at its own address, and a word why what was typed is not in it
                events.remove();
                FacesContext faces = FacesContext.getCurrentInstance();
                HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                        Messages.text(faces.getApplication().getViewHandler().calculateLocale(faces), "page.expired"), null));
                faces.getExternalContext().getFlash().setKeepMessages(true);
                try {
                    // marked reopened: the page offers what was typed into it, kept by the browser (resources/js/drafts.js)
                    String page = PageAddress.of(request);
                    faces.getExternalContext().redirect(request.getContextPath() + page + (page.contains("?") ? "&" : "?") + "reopened=true");
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                faces.responseComplete();
                continue;
            }
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
                if (faces.getPartialViewContext().isAjaxRequest() && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
                        && faces.getViewRoot() != null) {
                    // a button's AJAX request waits for a partial response: an error page would leave it spinning
                    // (a save of a talent deleted meanwhile in another tab); the page says it above its form instead
                    if (status == 404) {
                        FacesErrors.error("error.gone.kind", Messages.text(faces.getViewRoot().getLocale(), missingKind));
                    } else {
                        FacesErrors.error("error.forbidden");
                    }
                    continue;
                }
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
