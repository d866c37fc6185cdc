package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.rules.control.Verdict;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.support.entity.ApplicationStatus;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The eligibility card of a talent's, team's or project's page: each current policy of its kind,
 * whether it qualifies and why — the conditions that decided it, one a line, nested groups
 * indented (a passed "any" shows the branch that passed, a failed "all" only what failed) — and
 * the policy's rule as a numbered list. Where the caller
 * may apply for the subject, an eligible policy offers the application form, or links the
 * application already waiting for a decision.
 */
@Named
@ViewScoped
public class EligibilityView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Policies policies;

    @Inject
    Applications applications;

    private final Map<String, List<Card>> cards = new HashMap<>();

    /**
     * one policy's verdict on the page; {@code pending} is the subject's application for it waiting
     * for a decision, if the caller may see it
     */
    /** @param capped the subject has had as many grants as the policy allows: why no application is offered, else null */
    public record Card(String code, String name, String benefit, boolean inForce, boolean eligible, List<Line> lines,
                       List<String> rules, Long pending, String capped) implements Serializable {
    }

    /**
     * One line of a verdict: a group's heading ({@code join} set) or a condition ({@code status} and
     * its sentence).
     */
    public record Line(int depth, String join, boolean passed, String status, String text) implements Serializable {
    }

    /**
     * @param kind {@code talent}, {@code team} or {@code project}
     * @param only one policy's code to show only its card (an application's page), or null for all
     */
    public List<Card> of(String kind, long id, String only) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        // in the page's language: switching it reloads the same view
        List<Card> all = cards.computeIfAbsent(kind + "/" + id + "/" + locale, k -> {
            Map<String, Long> pending = pending(kind, id);
            // the reason stands where the application button would: for a caller who may apply
            boolean mayApply = applications.mayApplyFor(SubjectKind.valueOf(kind.toUpperCase(Locale.ROOT)));
            return policies.eligibility(kind, id, locale).policies().stream().map(p -> new Card(p.code(), p.name(), p.benefitSummary(),
                    p.inForce(), p.eligible(), lines(p.verdict().deciding()), p.rules(), pending.get(p.code()),
                    mayApply ? p.capReached() : null))
                    .toList();
        });
        return only == null || only.isBlank() ? all : all.stream().filter(c -> c.code().equals(only)).toList();
    }

    /** the subject's applications waiting for a decision, by policy, for a caller who may apply for it */
    private Map<String, Long> pending(String kind, long id) {
        SubjectKind subject = SubjectKind.valueOf(kind.toUpperCase(Locale.ROOT));
        Map<String, Long> pending = new HashMap<>();
        if (applications.mayApplyFor(subject)) {
            PageRequest open = new PageRequest(0, PageRequest.MAX_LIMIT, null, true,
                    Map.of("subject", subject.name() + ":" + id, "status", ApplicationStatus.SUBMITTED.name()));
            applications.list(open, Locale.ROOT).rows().forEach(a -> pending.putIfAbsent(a.policyCode(), a.id()));
        }
        return pending;
    }

    /** the verdict's tree as lines; the outermost "all" is the card itself and gets no heading */
    static List<Line> lines(Verdict root) {
        List<Line> lines = new ArrayList<>();
        if (root.parts() != null && "all".equals(root.join())) {
            root.parts().forEach(p -> add(p, 0, lines));
        } else {
            add(root, 0, lines);
        }
        return lines;
    }

    private static void add(Verdict v, int depth, List<Line> lines) {
        if (v.parts() == null) {
            lines.add(new Line(depth, null, v.passed(), v.status(), v.text()));
            return;
        }
        lines.add(new Line(depth, v.join(), v.passed(), null, null));
        v.parts().forEach(p -> add(p, depth + 1, lines));
    }
}
