package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.entity.AwardCategory;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.shared.DomainViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The award's categories, seeded as data and the office's to keep: adding one and renaming one in
 * both languages; everyone signed in reads them.
 */
@ApplicationScoped
@Transactional
public class AwardCategories {

    @PersistenceContext
    EntityManager em;

    @Inject
    AwardRecords records;

    /** every category as stored, both languages, for the office to edit */
    public List<CategoryRow> categoryRows() {
        records.requireSignedIn();
        return em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultList().stream()
                .map(c -> new CategoryRow(c.getCode(), c.getName(), c.getNameEn(), c.getDescription())).toList();
    }

    /**
     * Adds a category, or renames one: the code (lower-case letters, digits, hyphens) is what cycles
     * name, so it never changes; the names and the description do.
     */
    public CategoryRow addCategory(CategoryRow input) {
        records.requireStaff();
        String code = input == null || input.code() == null ? null : input.code().strip().toLowerCase(Locale.ROOT);
        if (code != null && em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultStream().anyMatch(c -> c.getCode().equals(code))) {
            throw DomainViolation.of("code", "validation.policy.codeTaken");
        }
        return saveCategory(code, input);
    }

    public CategoryRow saveCategory(String code, CategoryRow input) {
        records.requireStaff();
        String c = code == null ? null : code.strip().toLowerCase(Locale.ROOT);
        if (c == null || !c.matches("[a-z][a-z0-9-]{1,39}")) {
            throw DomainViolation.of("code", "validation.policy.code");
        }
        AwardCategory category = em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultStream()
                .filter(x -> x.getCode().equals(c)).findFirst().orElse(null);
        if (category == null) {
            Map<String, String> errors = AwardCategory.problems(input.name(), input.nameEn(), input.description());
            if (!errors.isEmpty()) {
                throw new DomainViolation(errors);
            }
            int last = em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultStream().mapToInt(AwardCategory::getDisplayOrder)
                    .max().orElse(0);
            category = new AwardCategory(c, input.name().strip(), null, null, last + 1);
            em.persist(category);
        }
        category.revise(input.name(), input.nameEn(), input.description());
        try {
            em.flush();
        } catch (PersistenceException sameCodeAtTheSameMoment) {
            throw DomainViolation.of("code", "validation.policy.codeTaken");
        }
        // the documents of its nominations show the category's names
        records.indexed(em.createQuery("select n from Nomination n join fetch n.talent where n.category = :code", Nomination.class)
                .setParameter("code", category.getCode()).getResultList());
        return new CategoryRow(category.getCode(), category.getName(), category.getNameEn(), category.getDescription());
    }

    /** a category in both languages */
    public record CategoryRow(String code, String name, String nameEn, String description) {
    }
}
