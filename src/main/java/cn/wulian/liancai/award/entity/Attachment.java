package cn.wulian.liancai.award.entity;

import cn.wulian.liancai.shared.DomainViolation;
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
import java.util.Locale;
import java.util.Map;

/**
 * A file attached to a nomination as evidence: a PDF, an image or an office document of at most
 * {@link #MAX_BYTES}, at most {@link #MAX_PER_NOMINATION} per nomination. Its content is read only
 * when someone downloads it.
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

    /** the kinds of file taken, by extension, with the type they are served as */
    static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "png", "image/png", "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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
     * @throws DomainViolation on {@code file}: no name, a kind not taken, empty, too large, or one too many
     */
    public Attachment(Nomination nomination, String fileName, byte[] content, int already, String by, Clock clock) {
        String name = fileName == null ? "" : fileName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        String type = TYPES.get(extension(name));
        if (name.isEmpty() || name.length() > 200) {
            throw DomainViolation.of("file", "validation.award.fileName");
        }
        if (type == null) {
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
        this.nomination = nomination;
        this.fileName = name;
        this.contentType = type;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = by;
        this.uploadedAt = clock.instant();
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
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
