package cn.wulian.liancai.search.control;

import java.util.List;
import java.util.Set;

/**
 * A fixed small corpus of talents and one team, mixing Simplified and Traditional writing,
 * full-width and upper-case Latin, personal data and a document only one platform may read. The
 * search tests assert exact hit sets against it, so changing a text here means revisiting them.
 */
final class TalentCorpus {

    static final String OFFICE = "role:OFFICE";
    static final String REVIEWER = "role:REVIEWER";
    static final String FATONG = "platform:fatong";

    private TalentCorpus() {}

    static List<IndexedDocument> documents() {
        return List.of(
                talent(1, "孙志刚", "孙志刚 清华大学 计算机科学与技术 华为技术有限公司 深圳 人工智能 machine learning",
                        "13912345678 sunzg@example.com 微信 sunzg88"),
                talent(2, "孫麗華", "孫麗華 山東大學 化學與化工學院 濟南 萬華化學 蓮才計劃",
                        "139-0531-2468"),
                talent(3, "張偉", "張偉 中國海洋大學 青島 海洋生物 海爾集團", ""),
                talent(4, "张伟", "张伟 山东师范大学 济南 中学教师 教育", ""),
                talent(5, "李娜", "李娜 山东人 东大毕业 东南大学 大学教师 南京", ""),
                talent(6, "王芳", "王芳 莲才 人才工作站 五莲县 日照 乡村振兴", ""),
                talent(7, "刘洋", "刘洋 abc智能装备有限公司 qingdao 机器人", ""),
                talent(8, "陈静", "陈静 QINGDAO Ocean Tech 海洋科技 青岛", ""),
                talent(9, "杨帆", "杨帆 ＡＢＣ Capital 投资 上海", ""),
                talent(10, "黃磊", "黃磊 蓮才人才庫 五蓮縣 臺灣大學", ""),
                talent(11, "赵敏", "赵敏 <b>合伙人</b> & 研究员 <script>alert(1)</script> 北京大学", ""),
                new IndexedDocument("talent", 12, 1, "周杰", "周杰 山东大学 法学 法通律师事务所 临沂", "",
                        Set.of(FATONG), Set.of(FATONG)),
                talent(13, "吴磊", "吴磊 learning machine 设计 北京", ""),
                talent(14, "郑爽", "郑爽 北京大学 光华管理学院 北京", "13812340000"),
                new IndexedDocument("team", 1, 1, "莲才创新团队", "莲才创新团队 五莲县 人工智能", "",
                        Set.of(OFFICE, REVIEWER), Set.of(OFFICE)));
    }

    static IndexedDocument talent(long id, String name, String text, String personal) {
        return new IndexedDocument("talent", id, 1, name, text, personal, Set.of(OFFICE, REVIEWER), Set.of(OFFICE));
    }
}
