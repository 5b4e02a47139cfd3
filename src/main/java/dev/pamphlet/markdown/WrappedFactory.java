package dev.pamphlet.markdown;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/**
 * A factory that stands in for one of Flexmark's own and takes that one's place in the order Flexmark runs its
 * factories in. A class rather than a record: Flexmark puts factories in hash sets, and a record's generated
 * hashCode costs a short build milliseconds to set up on first use.
 */
abstract class WrappedFactory implements Dependent {
    private final Dependent wrapped;

    WrappedFactory(Dependent wrapped) {
        this.wrapped = wrapped;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return wrapped.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return wrapped.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return wrapped.affectsGlobalScope();
    }
}
