package cn.wulian.liancai.shared.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.audit.Worded;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * An export reads its rows chunk by chunk in the list's order, leaves out rows deleted meanwhile,
 * and records how many rows went out and how it ended, also when the client or the database fails.
 */
class ListExportTest {

    /** a list of {@code n} rows whose ids run downwards (a list sorted newest first), some deleted after the ids were read */
    static class Rows implements Exportable<Long> {
        final long[] ids;
        final Set<Long> deleted;
        final List<List<Long>> chunks = new ArrayList<>();
        final List<String> audit = new ArrayList<>();
        int failAtChunk = -1;

        Rows(int n, Set<Long> deleted) {
            this.ids = LongStream.rangeClosed(1, n).map(i -> n + 1 - i).toArray();
            this.deleted = deleted;
        }

        @Override
        public Plan<Long> exportPlan(PageRequest request, Locale locale) {
            return new Plan<>("行", List.of(new Column<>("id", id -> id)), ids);
        }

        @Override
        public List<Long> exportRows(List<Long> ids) {
            chunks.add(ids);
            if (chunks.size() - 1 == failAtChunk) {
                throw new IllegalStateException("the database went away");
            }
            return ids.stream().filter(id -> !deleted.contains(id)).toList();
        }

        @Override
        public void exported(String detail) {
            audit.add(detail);
        }
    }

    static final PageRequest ANY = new PageRequest(0, 1, null, true, Map.of());

    @Test
    void everyRowOnceInTheListsOrderChunkByChunkLeavingOutTheDeleted() throws IOException {
        int n = 2 * ListExport.CHUNK + 3;
        Rows list = new Rows(n, Set.of(7L, (long) n, 600L));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListExport.of(list, ANY, Locale.ROOT).write(ExportFormat.CSV, out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> expected = LongStream.of(list.ids).filter(id -> !list.deleted.contains(id)).mapToObj(String::valueOf).toList();
        assertEquals(expected, lines.subList(1, lines.size()));
        assertEquals(List.of(ListExport.CHUNK, ListExport.CHUNK, 3), list.chunks.stream().map(List::size).toList(), "three reads, none larger than a chunk");
        assertEquals(List.of(Worded.of("audit.words.exported", n - 3)), list.audit, "the true count, once");
    }

    @Test
    void aChunkWhoseRowsWereAllDeletedIsSkipped() throws IOException {
        Set<Long> firstChunk = LongStream.rangeClosed(3, 2 + ListExport.CHUNK).boxed().collect(java.util.stream.Collectors.toSet());
        Rows list = new Rows(ListExport.CHUNK + 2, firstChunk);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListExport.of(list, ANY, Locale.ROOT).write(ExportFormat.CSV, out);
        assertEquals(List.of("\uFEFFid", "2", "1"), out.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals(List.of(Worded.of("audit.words.exported", 2)), list.audit);
    }

    @Test
    void aClientThatLeavesIsRecordedAsCuttingTheExportShort() {
        // more rows than the writer buffers (64 KB), over a connection that takes 2,000 bytes and then breaks
        Rows list = new Rows(40 * ListExport.CHUNK, Set.of());
        OutputStream breaking = new OutputStream() {
            int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 2_000) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        ListExport<Long> export = ListExport.of(list, ANY, Locale.ROOT);
        assertThrows(IOException.class, () -> export.write(ExportFormat.CSV, breaking));
        assertEquals(1, list.audit.size());
        assertTrue(list.audit.getFirst().contains("audit.words.exportCut.client"), list.audit::toString);
        int rows = Integer.parseInt(list.audit.getFirst().replaceAll(".*\"args\":\\[\"(\\d+)\"].*", "$1"));
        assertTrue(rows > 0 && rows < 40 * ListExport.CHUNK, "the rows read until then: " + rows);
    }

    @Test
    void aFailureMidwayIsRethrownSoTheResponseBreaksOffAndIsRecorded() {
        Rows list = new Rows(3 * ListExport.CHUNK, Set.of());
        list.failAtChunk = 1;
        ListExport<Long> export = ListExport.of(list, ANY, Locale.ROOT);
        assertThrows(IllegalStateException.class, () -> export.write(ExportFormat.XLSX, new ByteArrayOutputStream()));
        assertEquals(List.of(Worded.of("audit.words.exportCut.error", ListExport.CHUNK)), list.audit);
    }

    @Test
    void aRefusalComesFromThePlanBeforeAnythingIsWritten() {
        Rows refusing = new Rows(1, Set.of()) {
            @Override
            public Plan<Long> exportPlan(PageRequest request, Locale locale) {
                throw new cn.wulian.liancai.shared.Forbidden("not yours");
            }
        };
        assertThrows(cn.wulian.liancai.shared.Forbidden.class, () -> ListExport.of(refusing, ANY, Locale.ROOT));
        assertTrue(refusing.audit.isEmpty() && refusing.chunks.isEmpty());
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheField() {
        assertEquals(ExportFormat.XLSX, ExportFormat.parse(null));
        assertEquals(ExportFormat.CSV, ExportFormat.parse(" CSV "));
        var e = assertThrows(cn.wulian.liancai.shared.DomainViolation.class, () -> ExportFormat.parse("pdf"));
        assertEquals(Map.of("format", "validation.export.format"), e.fieldKeys());
    }
}
