package cn.wulian.liancai.project.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A closed month's ranking as it was first published (月公示), kept as the JSON that was answered,
 * so that the month answers the same ever after. The running month is never published.
 */
@Entity
@Table(name = "ranking_publication")
public class RankingPublication {

    @Id
    private String month;
    @Lob
    private String body;
    private Instant publishedAt;

    protected RankingPublication() {
    }

    public RankingPublication(String month, String body, Instant publishedAt) {
        this.month = month;
        this.body = body;
        this.publishedAt = publishedAt;
    }

    public String getMonth() { return month; }
    public String getBody() { return body; }
    public Instant getPublishedAt() { return publishedAt; }
}
