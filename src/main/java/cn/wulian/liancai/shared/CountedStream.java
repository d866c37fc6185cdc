package cn.wulian.liancai.shared;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that counts the bytes read through it and hands the running total to a check after
 * every read; the check refuses by throwing. Reads are cut so that at most one byte past
 * {@code ceiling} is ever taken from the stream underneath: that byte proves the limit is passed.
 * What bounds an API body and what guards an uploaded workbook against a zip bomb share it.
 */
public final class CountedStream extends FilterInputStream {

    /** sees the total after each read; throws to stop the reading */
    @FunctionalInterface
    public interface Check {
        void total(long bytes) throws IOException;
    }

    private final long ceiling;
    private final Check check;
    private long read;

    /** @param ceiling the most bytes the check lets pass, {@link Long#MAX_VALUE} for no cut */
    public CountedStream(InputStream in, long ceiling, Check check) {
        super(in);
        this.ceiling = ceiling;
        this.check = check;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, (int) Math.min(len, room()));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, room()));
        count(skipped);
        return skipped;
    }

    /** the bytes up to one past the ceiling */
    private long room() {
        long left = ceiling - read;
        return left == Long.MAX_VALUE ? left : left + 1;
    }

    private void count(long n) throws IOException {
        read += n;
        check.total(read);
    }
}
