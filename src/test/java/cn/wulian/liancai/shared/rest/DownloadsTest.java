package cn.wulian.liancai.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void aChineseNameIsPercentEncodedAndItsPlainFallbackKeepsTheExtension() {
        assertEquals("attachment; filename=\"____.pdf\"; filename*=UTF-8''%E8%8E%B7%E5%A5%96%E8%AF%81%E4%B9%A6.pdf",
                Downloads.attachment("获奖证书.pdf", "获奖证书.pdf"));
    }

    @Test
    void quotesSpacesAndSeparatorsCannotBreakTheHeader() {
        assertEquals("attachment; filename=\"a_ b_; c.pdf\"; filename*=UTF-8''a%22%20b%5C%3B%20c.pdf",
                Downloads.attachment("a\" b\\; c.pdf", "a\" b\\; c.pdf"));
    }
}
