package cn.wulian.liancai.shared.rest;

import cn.wulian.liancai.shared.CountedStream;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
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
        // the body as it arrives, refusing the byte after the limit; a reader that wraps the refusal in
        // its own exception (the JSON binder does) has it unwrapped by RequiredBody
        request.setEntityStream(new CountedStream(request.getEntityStream(), limit, read -> {
            if (read > limit) {
                throw new BodyTooLarge(field, limit);
            }
        }));
    }
}
