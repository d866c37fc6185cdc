package cn.wulian.liancai.shared.reference;

import cn.wulian.liancai.shared.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A record cannot be deleted because other records still refer to it. Carries the first few of
 * them by name and the count of all, and says so in the reader's language: 409 in the API, a
 * message on the page.
 */
public class InUse extends RuntimeException {

    private final Referred target;
    private final List<Reference> references;
    private final long total;

    public InUse(Referred target, List<Reference> references, long total) {
        super(target.kind() + " " + target.id() + " is referred to by " + total + " record(s): " + references);
        this.target = target;
        this.references = List.copyOf(references);
        this.total = total;
    }

    public Referred target() {
        return target;
    }

    /** the referring records named, at most a few */
    public List<Reference> references() {
        return references;
    }

    /** how many references there are in all, named or not */
    public long total() {
        return total;
    }

    /** 该人才仍被以下记录引用，不能删除：团队「莲花科技」（负责人）、项目「…」（第一引荐人） */
    public String text(Locale locale) {
        String list = references.stream().map(r -> item(r, locale))
                .collect(Collectors.joining(Messages.text(locale, "reference.separator")));
        if (total > references.size()) {
            list += Messages.text(locale, "reference.more", total - references.size());
        }
        return Messages.text(locale, "reference.inUse", Messages.text(locale, target.kind().messageKey()), list);
    }

    /** 团队「莲花科技」（负责人） */
    public static String item(Reference r, Locale locale) {
        String kind = Messages.text(locale, r.kind().messageKey());
        return r.roleKey() == null ? Messages.text(locale, "reference.item", kind, r.label())
                : Messages.text(locale, "reference.itemWithRole", kind, r.label(), Messages.text(locale, r.roleKey()));
    }

    /** the role in the reader's language, or null */
    public static String role(Reference r, Locale locale) {
        return r.roleKey() == null ? null : Messages.text(locale, r.roleKey());
    }
}
