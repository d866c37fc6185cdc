package cn.wulian.liancai.shared.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every API body is bounded, so that one request cannot fill the server's memory: at most
 * {@code liancai.api.max-body-bytes} (1 MB unless configured), or the resource method's own
 * {@link BodyLimit} (a file upload). A declared {@code Content-Length} over the limit is refused
 * before a byte is read; a body sent in chunks is read through a counter that stops at the limit.
 * Either way the answer is 413 naming the field ({@link BodyTooLarge}), and nothing is changed.
 * <p>
 * Runs after authentication and authorisation (a caller who may not call the endpoint learns
 * nothing about its limit) and after matching (the method's own limit must be known).
 */
@Provider
@Priority(Priorities.USER)
public class BoundedBodies implements ContainerRequestFilter {

    static final String CONFIG_KEY = "liancai.api.max-body-bytes";
    static final long DEFAULT_LIMIT = 1024 * 1024;

    @Context
    ResourceInfo resource;

    private final long configured = ConfigProvider.getConfig().getOptionalValue(CONFIG_KEY, Long.class).orElse(DEFAULT_LIMIT);

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        BodyLimit own = method == null ? null : method.getAnnotation(BodyLimit.class);
        long limit = own == null ? configured : own.bytes();
        String field = own == null ? BodyTooLarge.BODY : own.field();
        if (request.getLength() > limit) {
            throw new BodyTooLarge(field, limit);
        }
        request.setEntityStream(new Counted(request.getEntityStream(), limit, field));
    }

    /**
     * The body as it arrives, refusing the byte after the limit. A reader that wraps the refusal in
     * its own exception (the JSON binder does) has it unwrapped by {@link RequiredBody}.
     */
    static final class Counted extends FilterInputStream {
        private final long limit;
        private final String field;
        private long read;

        Counted(InputStream in, long limit, String field) {
            super(in);
            this.limit = limit;
            this.field = field;
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
            // never more than one byte past the limit: that one proves the body is too large
            int n = super.read(b, off, (int) Math.min(len, limit - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - read + 1));
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(field, limit);
            }
        }
    }
}
