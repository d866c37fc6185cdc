package cn.wulian.liancai.talent.control;

import cn.wulian.liancai.shared.imports.control.CellValues;
import cn.wulian.liancai.shared.imports.control.Parsed;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registered talent named in a spreadsheet cell (a team's leader, a project's lead talent): by
 * the name as registered, with the mobile number after it when two people share the name
 * ("张伟 13800138000", "张伟（13800138000）"), or by the record number ("#12"). A name that fits
 * nobody or several people is a problem, never a guess.
 */
@ApplicationScoped
public class TalentsByName {

    public static final String UNKNOWN = "import.value.talent.unknown";
    public static final String AMBIGUOUS = "import.value.talent.ambiguous";

    /** a name with a mobile number after it, in brackets or not */
    private static final Pattern WITH_PHONE = Pattern.compile("(.+?)\\s*[(]?\\s*(1[3-9][0-9 -]{9,12})\\s*[)]?");
    private static final Pattern RECORD_NUMBER = Pattern.compile("#\\s*(\\d{1,12})");

    @PersistenceContext
    EntityManager em;

    public Parsed<Talent> find(String raw) {
        // text() makes the full-width brackets and digits of a Chinese input method half-width
        String t = CellValues.text(raw);
        if (t == null) {
            return Parsed.ok(null);
        }
        Matcher number = RECORD_NUMBER.matcher(t);
        if (number.matches()) {
            Talent talent = em.find(Talent.class, Long.valueOf(number.group(1)));
            return talent == null || talent.getMergedInto() != null ? Parsed.problem(UNKNOWN) : Parsed.ok(talent);
        }
        List<Talent> named = named(t);
        Matcher withPhone = WITH_PHONE.matcher(t);
        if (named.isEmpty() && withPhone.matches()) {
            String phone = withPhone.group(2).replaceAll("\\D", "");
            named = named(withPhone.group(1)).stream().filter(x -> phone.equals(x.getPhone())).toList();
        }
        if (named.isEmpty()) {
            return Parsed.problem(UNKNOWN);
        }
        return named.size() == 1 ? Parsed.ok(named.getFirst()) : Parsed.problem(AMBIGUOUS);
    }

    private List<Talent> named(String name) {
        return em.createQuery("select t from Talent t where t.name = :name and t.mergedInto is null", Talent.class)
                .setParameter("name", name.strip()).setMaxResults(20).getResultList();
    }
}
