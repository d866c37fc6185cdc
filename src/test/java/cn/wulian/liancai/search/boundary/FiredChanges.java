package cn.wulian.liancai.search.boundary;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The index changes a facade fires, kept in order instead of delivered: a facade's tests outside the
 * container hand it this for its {@code Event<IndexChange>}, and read what it fired (or ignore it).
 */
public final class FiredChanges implements Event<IndexChange> {

    private final List<IndexChange> fired = new ArrayList<>();

    /** what was fired so far, in order */
    public List<IndexChange> fired() {
        return List.copyOf(fired);
    }

    @Override
    public void fire(IndexChange event) {
        fired.add(event);
    }

    @Override
    public <U extends IndexChange> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends IndexChange> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Event<IndexChange> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends IndexChange> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends IndexChange> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }
}
