package com.execassistant.core.context;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A context source whose behaviour a test chooses; counts its calls. */
final class FakeContextSource implements ContextSource {

    /** What a fetch does. */
    interface Behaviour {
        ContextSection fetch(ContextQuery query) throws Exception;
    }

    private final ContextKind kind;
    private final Behaviour behaviour;
    private final AtomicInteger calls = new AtomicInteger();

    /** Counted down when the source is interrupted while blocked. */
    final CountDownLatch interrupted = new CountDownLatch(1);

    /** Counted down when a fetch has started. */
    final CountDownLatch started = new CountDownLatch(1);

    FakeContextSource(ContextKind kind, Behaviour behaviour) {
        this.kind = kind;
        this.behaviour = behaviour;
    }

    static FakeContextSource giving(ContextKind kind) {
        return new FakeContextSource(kind, q -> section(kind));
    }

    static FakeContextSource failingWith(ContextKind kind, Exception failure) {
        return new FakeContextSource(
                kind,
                q -> {
                    throw failure;
                });
    }

    /** Blocks until interrupted, as a hung remote call would. */
    static FakeContextSource hanging(ContextKind kind) {
        FakeContextSource[] self = new FakeContextSource[1];
        self[0] =
                new FakeContextSource(
                        kind,
                        q -> {
                            try {
                                new CountDownLatch(1).await();
                            } catch (InterruptedException e) {
                                self[0].interrupted.countDown();
                                Thread.currentThread().interrupt();
                                throw new ContextSourceException("stopped", e);
                            }
                            return section(kind);
                        });
        return self[0];
    }

    static ContextSection section(ContextKind kind) {
        return new ContextSection(
                kind,
                "summary of " + kind.key(),
                List.of(new ContextItem(kind.title() + " item", null, "ok", null)));
    }

    int calls() {
        return calls.get();
    }

    @Override
    public ContextKind kind() {
        return kind;
    }

    @Override
    public ContextSection fetch(ContextQuery query) throws ContextSourceException {
        calls.incrementAndGet();
        started.countDown();
        try {
            return behaviour.fetch(query);
        } catch (ContextSourceException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
