package cn.wulian.liancai.shared.imports.entity;

import cn.wulian.liancai.shared.audit.NotAudited;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.Clock;
import java.time.Instant;

/** The column mapping last confirmed for files with one header row: offered again the next time such a file comes. */
@Entity
@NotAudited
@NamedQuery(name = ImportTemplate.BY_SIGNATURE, query = "select t from ImportTemplate t where t.kind = :kind and t.signature = :signature")
public class ImportTemplate {

    public static final String BY_SIGNATURE = "ImportTemplate.bySignature";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kind;
    private String signature;
    private String mapping;
    private Instant updatedAt;

    protected ImportTemplate() {
    }

    public ImportTemplate(String kind, String signature, String mapping, Clock clock) {
        this.kind = kind;
        this.signature = signature;
        remember(mapping, clock);
    }

    public void remember(String mapping, Clock clock) {
        this.mapping = mapping;
        this.updatedAt = clock.instant();
    }

    public String getKind() { return kind; }
    public String getSignature() { return signature; }
    public String getMapping() { return mapping; }
}
