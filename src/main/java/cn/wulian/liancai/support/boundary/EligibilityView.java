package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.rules.control.Verdict;
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
 * whether it qualifies, and every condition as one line, nested groups indented.
 */
@Named
@ViewScoped
public class EligibilityView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Policies policies;

    private final Map<String, List<Card>> cards = new HashMap<>();

    /** one policy's verdict on the page */
    public record Card(String code, String name, String benefit, boolean inForce, boolean eligible, List<Line> lines) {
    }

    /**
     * One line of a verdict: a group's heading ({@code join} set) or a condition ({@code status} and
     * its sentence).
     */
    public record Line(int depth, String join, boolean passed, String status, String text) {
    }

    /** @param kind {@code talent}, {@code team} or {@code project} */
    public List<Card> of(String kind, long id) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        // in the page's language: switching it reloads the same view
        return cards.computeIfAbsent(kind + "/" + id + "/" + locale, k -> policies.eligibility(kind, id, locale).policies().stream()
                .map(p -> new Card(p.code(), p.name(), p.benefitSummary(), p.inForce(), p.eligible(), lines(p.verdict()))).toList());
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
