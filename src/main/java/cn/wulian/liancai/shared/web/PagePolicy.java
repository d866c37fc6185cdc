package cn.wulian.liancai.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspPhaseListener;

/**
 * Puts the nonce of the page being rendered into the page's Content-Security-Policy, so that the
 * inline scripts PrimeFaces writes with that nonce run and no other inline script does.
 * <p>
 * PrimeFaces' CSP mode would add a second policy header of its own ({@code script-src 'self'
 * 'nonce-…'}) beside the one {@link SecurityHeaders} set before the page was known; a browser
 * enforces both, and ours, without the nonce, would block every PrimeFaces script. So this lets
 * PrimeFaces start its CSP state (nonce, client-side initialisation) first — whichever of the two
 * listeners runs first, PrimeFaces does that once — and then replaces both headers by one policy.
 */
public class PagePolicy implements PhaseListener {

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        CspPhaseListener.initCsp(context, Boolean.TRUE, Boolean.FALSE, null, null);
        String nonce = PrimeFacesContext.getCspState(context).getNonce();
        ((HttpServletResponse) context.getExternalContext().getResponse()).setHeader(SecurityHeaders.CSP, SecurityHeaders.pagePolicy(nonce));
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
