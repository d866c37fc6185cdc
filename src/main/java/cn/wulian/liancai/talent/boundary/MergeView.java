package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.LocaleView;
import cn.wulian.liancai.shared.web.PeopleNames;
import cn.wulian.liancai.shared.web.UrlIds;
import cn.wulian.liancai.talent.control.TalentMerger;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merge screen, {@code /talents/merge.xhtml?a=7&b=12}: the two records side by side, which one
 * survives (a, until swapped), one choice per differing field, what moves; confirming merges in
 * one transaction and opens the survivor.
 */
@Named
@ViewScoped
public class MergeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TalentMerges merges;

    @Inject
    PeopleNames names;

    @Inject
    LocaleView localeView;

    private String aParam;
    private String bParam;
    private long survivorId;
    private long mergedId;
    private MergePreview preview;
    private final Map<String, String> picks = new LinkedHashMap<>();

    public void load() {
        if (preview == null) {
            survivorId = UrlIds.parse(aParam, "talent");
            mergedId = UrlIds.parse(bParam, "talent");
            FacesErrors.attempt("merge", () -> {
                refresh();
                return Boolean.TRUE;
            });
        }
    }

    private void refresh() {
        preview = merges.preview(survivorId, mergedId);
        picks.clear();
        picks.putAll(preview.defaults());
    }

    /** the other record survives */
    public void swap() {
        long a = survivorId;
        survivorId = mergedId;
        mergedId = a;
        FacesErrors.attempt("merge", () -> {
            refresh();
            return Boolean.TRUE;
        });
    }

    public String merge() {
        return FacesErrors.attempt("merge", () -> merges.merge(new MergeInput(survivorId, mergedId, preview.survivor().version(),
                        preview.merged().version(), new LinkedHashMap<>(picks))))
                .map(done -> {
                    FacesErrors.infoAfterRedirect("merge.done", done.mergedId(), done.survivorId());
                    return "/talents/profile?faces-redirect=true&id=" + done.survivorId();
                }).orElse(null);
    }

    /** what moves, one line per kind: the kind, how many, their labels */
    public List<MoveGroup> getMoveGroups() {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        if (preview != null) {
            preview.moves().forEach(m -> byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>())
                    .add(m.label() == null || m.kind().equals("RELATION_DROPPED") ? "#" + m.recordId() : relationLine(m.label())));
        }
        return byKind.entrySet().stream().map(e -> new MoveGroup(e.getKey(), e.getValue().size(), String.join("；", e.getValue()))).toList();
    }

    public record MoveGroup(String kind, int count, String labels) implements Serializable {
    }

    public List<String> getFields() {
        return preview == null ? List.of() : preview.differing();
    }

    public String survivorValue(String field) {
        return shown(field, preview.survivorValues().get(field));
    }

    public String mergedValue(String field) {
        return shown(field, preview.mergedValues().get(field));
    }

    /** a value in the reader's words: a degree or a stage by its name, the liaison by theirs (not HIGH_SCHOOL, office) */
    private String shown(String field, String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        return switch (field) {
            case "degree" -> Messages.text(localeView.getLocale(), "enum.Degree." + value);
            case "stage" -> Messages.text(localeView.getLocale(), "enum.Stage." + value);
            case "gender" -> Messages.text(localeView.getLocale(), "enum.Gender." + value);
            case "liaison" -> names.of(value);
            default -> value;
        };
    }

    /** a relation's line begins with its kind's code (REFERRED_BY #251 郭翔超): its name instead */
    private String relationLine(String label) {
        Matcher m = RELATION_LINE.matcher(label);
        return m.matches() ? Messages.text(localeView.getLocale(), "enum.RelationKind." + m.group(1)) + " " + m.group(2) : label;
    }

    private static final Pattern RELATION_LINE = Pattern.compile("([A-Z_]+) (#\\d+.*)");

    public List<String> getAllFields() {
        return preview == null ? List.of() : TalentMerger.FIELDS.stream().filter(preview.survivorValues()::containsKey).toList();
    }

    public MergePreview getPreview() { return preview; }
    public Map<String, String> getPicks() { return picks; }
    public long getSurvivorId() { return survivorId; }
    public long getMergedId() { return mergedId; }
    public String getA() { return aParam; }
    public void setA(String a) { this.aParam = a; }
    public String getB() { return bParam; }
    public void setB(String b) { this.bParam = b; }
}
