package cn.wulian.liancai.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A failure's chain of causes, walked the one way: the page handler, the API's error mappers and the filter of failed
 * posts each looked for one kind of cause with a loop of their own.
 */
public final class Causes {

    /** deeper than any real chain; a chain that loops back on itself ends here */
    private static final int DEPTH = 50;

    private Causes() {
    }

    /** the failure and its causes, outermost first */
    public static Stream<Throwable> of(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).limit(DEPTH);
    }

    /** the outermost cause of that type, the failure itself included */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        return of(failure).filter(type::isInstance).map(type::cast).findFirst();
    }

    public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type).isPresent();
    }
}
