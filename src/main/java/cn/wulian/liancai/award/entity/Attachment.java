package cn.wulian.liancai.award.entity;

import cn.wulian.liancai.shared.audit.AuditOwner;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.FileKind;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;

/**
 * A file attached to a nomination as evidence: a PDF, an image or an office document of at most
 * {@link #MAX_BYTES}, at most {@link #MAX_PER_NOMINATION} per nomination. What it is is told by its
 * content ({@link FileKind}), and it is stored and served as that type, whatever its name or the
 * uploader's browser claimed; its name must still end as one of the kinds do, so that it opens with
 * the right program once downloaded. Its content is read only when someone downloads it.
 */
@Entity
@Table(name = "nomination_attachment")
// the columns only: without weaving a lazy @Lob is read with the row, and a list must not read every file
@NamedQuery(name = Attachment.OF_NOMINATION, query = "select a.id, a.fileName, a.contentType, a.sizeBytes, a.uploadedAt, a.uploadedBy"
        + " from Attachment a where a.nomination.id = :nomination order by a.id")
public class Attachment {

    public static final String OF_NOMINATION = "Attachment.ofNomination";
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_PER_NOMINATION = 10;

    /** an attachment without its content, for lists */
    public record Info(Long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt, String uploadedBy)
            implements java.io.Serializable {

        /** one row of {@link #OF_NOMINATION} */
        public static Info of(Object[] row) {
            return new Info((Long) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue(), (Instant) row[4], (String) row[5]);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @AuditOwner
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Nomination nomination;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    @Lob
    private byte[] content;
    private Instant uploadedAt;
    private String uploadedBy;

    protected Attachment() {
    }

    /**
     * @param already how many files the nomination has
     * @throws DomainViolation on {@code file}: no name, a name or content of a kind not taken, content
     *         that runs (macros), empty, too large, or one too many
     */
    public Attachment(Nomination nomination, String fileName, byte[] content, int already, String by, Clock clock) {
        String name = fileName == null ? "" : fileName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (name.isEmpty() || name.length() > 200) {
            throw DomainViolation.of("file", "validation.award.fileName");
        }
        if (!FileKind.isTakenName(name)) {
            throw DomainViolation.of("file", "validation.award.fileType");
        }
        if (content == null || content.length == 0) {
            throw DomainViolation.of("file", "validation.award.fileEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw DomainViolation.of("file", "validation.award.fileSize");
        }
        if (already >= MAX_PER_NOMINATION) {
            throw DomainViolation.of("file", "validation.award.fileCount", MAX_PER_NOMINATION);
        }
        FileKind kind = FileKind.of(content, "file");
        this.nomination = nomination;
        this.fileName = name;
        this.contentType = kind.mediaType();
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = by;
        this.uploadedAt = clock.instant();
    }

    public Info info() {
        return new Info(id, fileName, contentType, sizeBytes, uploadedAt, uploadedBy);
    }

    public Long getId() { return id; }
    public Nomination getNomination() { return nomination; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public byte[] getContent() { return content; }
}
