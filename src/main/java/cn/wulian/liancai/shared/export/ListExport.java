package cn.wulian.liancai.shared.export;

import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.audit.Worded;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One export of a list, from the check of the caller to the last byte: the one path the API's
 * {@code …/export} endpoints and the list pages' buttons share, in either {@link ExportFormat}.
 *
 * <p>The rows' ids are read first (eight bytes a row), in the list's filters and sort, then the
 * rows {@value #CHUNK} at a time by id — neither offset paging, which grows slower with every
 * page and skips or repeats rows when the list changes in between, nor a cursor held open for the
 * minutes a slow client takes. A row deleted during the export is left out, a row changed shows
 * as changed, none is repeated.
 *
 * <p>Errors: {@link #of} runs before the response is begun, so a refusal or a bad filter is the
 * usual JSON error. Once rows are being written the status is sent and cannot change: a failure
 * then is logged, and rethrown so that the server breaks the response off (the client sees a
 * truncated transfer rather than a short file that looks complete). The audit entry is written in
 * every case and says how many rows went out and whether the export was cut short.
 */
public final class ListExport<T> {

    /** rows read per transaction: few enough that a chunk is quick, many enough that the round trips do not dominate */
    public static final int CHUNK = 500;

    private static final Logger LOG = Logger.getLogger(ListExport.class.getName());

    private final Exportable<T> list;
    private final Exportable.Plan<T> plan;

    private ListExport(Exportable<T> list, Exportable.Plan<T> plan) {
        this.list = list;
        this.plan = plan;
    }

    /** checks the caller and reads the ids now: throws what the list would, before anything is sent */
    public static <T> ListExport<T> of(Exportable<T> list, PageRequest filtersAndSort, Locale locale) {
        return new ListExport<>(list, list.exportPlan(filtersAndSort, locale));
    }

    /** the list's title in the reader's language: the sheet's name and the file's */
    public String title() {
        return plan.title();
    }

    /** the rows to be written */
    public int size() {
        return plan.ids().length;
    }

    /** writes the file to {@code out} (left open) and records the export */
    public void write(ExportFormat format, OutputStream out) throws IOException {
        Chunked<T> rows = new Chunked<>(plan.ids(), CHUNK, list::exportRows);
        String cut = "error";
        try {
            format.write(plan.title(), plan.columns(), rows, out);
            out.flush();
            cut = null;
        } catch (IOException clientLeft) {
            cut = "client";
            LOG.log(Level.FINE, "export of " + plan.title() + " " + cut, clientLeft);
            throw clientLeft;
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "export of " + plan.title() + " failed after " + rows.delivered() + " rows", e);
            throw e;
        } finally {
            try {
                list.exported(Worded.of(cut == null ? "audit.words.exported" : "audit.words.exportCut." + cut, rows.delivered()),
                        Arrays.stream(plan.ids(), 0, rows.read()).boxed().toList());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "the audit entry of an export of " + plan.title() + " was not written", e);
            }
        }
    }

    /**
     * The rows of {@code ids} in that order, read {@code chunk} ids at a time by {@code load} as
     * the iteration reaches them; only the current chunk is held. Iterable once.
     */
    static final class Chunked<T> implements Iterable<T> {

        private final long[] ids;
        private final int chunk;
        private final Function<List<Long>, List<T>> load;
        private int delivered;
        private int read;

        Chunked(long[] ids, int chunk, Function<List<Long>, List<T>> load) {
            this.ids = ids;
            this.chunk = chunk;
            this.load = load;
        }

        /** rows handed out so far */
        int delivered() {
            return delivered;
        }

        /** ids read so far: those of the rows handed out, and of the rest of their chunk */
        int read() {
            return read;
        }

        @Override
        public Iterator<T> iterator() {
            return new Iterator<>() {
                private int next;
                private Iterator<T> current = List.<T>of().iterator();

                @Override
                public boolean hasNext() {
                    // a chunk whose rows were all deleted meanwhile is empty: go on to the next one
                    while (!current.hasNext() && next < ids.length) {
                        long[] slice = Arrays.copyOfRange(ids, next, Math.min(ids.length, next + chunk));
                        next += slice.length;
                        read = next;
                        current = load.apply(Arrays.stream(slice).boxed().toList()).iterator();
                    }
                    return current.hasNext();
                }

                @Override
                public T next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    delivered++;
                    return current.next();
                }
            };
        }
    }
}
