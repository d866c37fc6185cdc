package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.shared.web.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The award's categories, the office's to rename and to add to. A category's code is what cycles
 * name, so only the names and the description are edited; a new one gets a code of its own.
 */
@Named
@ViewScoped
public class AwardCategoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardCategories categories;

    @Inject
    AwardPage page;

    private List<Row> rows;
    private Row added = new Row();

    /** f:viewAction: office staff only */
    public void load() {
        page.requireStaff();
        if (rows == null) {
            read();
        }
    }

    public void save(Row row) {
        FacesErrors.attempt("categories", () -> categories.saveCategory(row.code, row.awards()))
                .ifPresent(saved -> FacesErrors.info("awards.categories.saved", saved.name()));
    }

    public void add() {
        FacesErrors.attempt("addCategory", () -> categories.addCategory(added.awards())).ifPresent(saved -> {
            FacesErrors.info("awards.categories.saved", saved.name());
            added = new Row();
            read();
        });
    }

    private void read() {
        rows = new ArrayList<>(categories.categoryRows().stream().map(Row::of).toList());
    }

    public List<Row> getRows() { return rows; }
    public Row getAdded() { return added; }

    /** one category as edited on the page */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private String nameEn;
        private String description;

        static Row of(AwardCategories.CategoryRow c) {
            Row r = new Row();
            r.code = c.code();
            r.name = c.name();
            r.nameEn = c.nameEn();
            r.description = c.description();
            return r;
        }

        AwardCategories.CategoryRow awards() {
            return new AwardCategories.CategoryRow(code, name, nameEn, description);
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }
}
