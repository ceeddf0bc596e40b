package com.execassistant.core.context;

import com.execassistant.core.context.SourceFigure.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the context a meeting type asks for ({@code context_required}) from its sources, all at
 * once, each under a time limit.
 *
 * <p>A source that fails, runs out of time or is not set up becomes a {@link ContextGap} with a
 * plain reason; the others still count. Gathering never fails because of a source, so a prep run
 * always gets a bundle and its materials can say what is missing.
 *
 * <p>Every source starts at once on the given executor and the time limit counts from that start,
 * so a gathering takes at most about one time limit however many sources there are. The executor
 * must therefore be able to run all sources at the same time (a virtual-thread-per-task executor
 * does); sources queued behind others use up their time waiting.
 */
public final class ContextGatherer {

    /** The time limit per source when none is configured. */
    public static final Duration DEFAULT_SOURCE_LIMIT = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(ContextGatherer.class);

    private final Map<ContextKind, ContextSource> sources = new EnumMap<>(ContextKind.class);
    private final ExecutorService executor;
    private final Duration sourceLimit;

    public ContextGatherer(Collection<? extends ContextSource> sources, ExecutorService executor) {
        this(sources, executor, DEFAULT_SOURCE_LIMIT);
    }

    /**
     * @param sources at most one per kind
     * @param executor runs the sources; the gatherer does not shut it down
     * @param sourceLimit how long each source may take, counted from the start of the gathering
     */
    public ContextGatherer(
            Collection<? extends ContextSource> sources,
            ExecutorService executor,
            Duration sourceLimit) {
        for (ContextSource source : sources) {
            if (this.sources.putIfAbsent(source.kind(), source) != null) {
                throw new IllegalArgumentException(
                        "two context sources for " + source.kind().key() + "; keep one");
            }
        }
        this.executor = Objects.requireNonNull(executor, "executor");
        if (sourceLimit.isNegative() || sourceLimit.isZero()) {
            throw new IllegalArgumentException("the time limit per source must be positive");
        }
        this.sourceLimit = sourceLimit;
    }

    /**
     * Runs the sources for the kinds asked for, in parallel, and waits for them up to the time
     * limit.
     *
     * @param required the meeting type's {@code context_required} (order and repeats do not
     *     matter); other sources do not run
     * @throws InterruptedException when the calling thread is interrupted while waiting; the
     *     sources still running are cancelled
     */
    public ContextGathering gather(ContextQuery query, Collection<ContextKind> required)
            throws InterruptedException {
        return gatherAll(List.of(new Request(query, required))).get(0);
    }

    /** One meeting's gathering in a batch: the query and its type's {@code context_required}. */
    public record Request(ContextQuery query, Collection<ContextKind> required) {}

    /**
     * Gathers for several meetings at once (runs that fell due together): every source of every
     * meeting starts before any is waited for, so the batch takes about as long as its slowest
     * gathering rather than the sum of them. Results come in the requests' order.
     */
    public List<ContextGathering> gatherAll(List<Request> requests) throws InterruptedException {
        List<Started> started = new ArrayList<>(requests.size());
        Map<List<Object>, Future<Attempt>> asked = new java.util.HashMap<>();
        try {
            for (Request r : requests) {
                Objects.requireNonNull(r.query(), "query");
                long begin = System.nanoTime();
                Set<ContextKind> kinds =
                        r.required().isEmpty()
                                ? EnumSet.noneOf(ContextKind.class)
                                : EnumSet.copyOf(r.required());
                started.add(new Started(r.query(), kinds, begin, start(r.query(), kinds, asked)));
            }
            List<ContextGathering> out = new ArrayList<>(started.size());
            // Meetings whose every source shares one fetch get one and the same gathering.
            Map<List<Object>, ContextGathering> same = new java.util.HashMap<>();
            for (Started s : started) {
                List<Object> key = List.of(s.kinds(), s.running());
                ContextGathering g = same.get(key);
                if (g == null) {
                    g = collect(s);
                    same.put(key, g);
                }
                out.add(g);
            }
            return out;
        } catch (InterruptedException | RuntimeException e) {
            started.forEach(s -> s.running().values().forEach(f -> f.cancel(true)));
            throw e;
        }
    }

    private record Started(
            ContextQuery query,
            Set<ContextKind> kinds,
            long begin,
            Map<ContextKind, Future<Attempt>> running) {}

    private ContextGathering collect(Started s) throws InterruptedException {
        ContextQuery query = s.query();
        Set<ContextKind> kinds = s.kinds();
        long begin = s.begin();
        long deadline = begin + sourceLimit.toNanos();
        Map<ContextKind, Future<Attempt>> running = s.running();
        List<ContextSection> sections = new ArrayList<>();
        List<ContextGap> gaps = new ArrayList<>();
        List<SourceFigure> figures = new ArrayList<>();
        try {
            for (ContextKind kind : kinds) {
                Future<Attempt> future = running.get(kind);
                Attempt attempt =
                        future == null
                                ? Attempt.notConfigured(kind)
                                : await(kind, future, begin, deadline);
                if (attempt.section() != null) {
                    sections.add(attempt.section());
                } else {
                    gaps.add(new ContextGap(kind, attempt.gapReason()));
                    log.info(
                            "No {} context for {}: {}",
                            kind.key(),
                            meetingOf(query),
                            attempt.gapReason());
                }
                figures.add(
                        new SourceFigure(
                                kind, attempt.outcome(), Duration.ofNanos(attempt.nanos())));
            }
        } catch (InterruptedException e) {
            running.values().forEach(f -> f.cancel(true));
            throw e;
        }
        return new ContextGathering(
                new ContextBundle(sections, gaps),
                figures,
                Duration.ofNanos(System.nanoTime() - begin));
    }

    /** Starts the query's sources, sharing a fetch already started for an equal key. */
    private Map<ContextKind, Future<Attempt>> start(
            ContextQuery query, Set<ContextKind> kinds, Map<List<Object>, Future<Attempt>> asked) {
        Map<ContextKind, Future<Attempt>> running = new EnumMap<>(ContextKind.class);
        try {
            for (ContextKind kind : kinds) {
                ContextSource source = sources.get(kind);
                if (source != null) {
                    List<Object> key = List.of(kind, source.sameAnswerKey(query));
                    Future<Attempt> shared = asked.get(key);
                    if (shared == null) {
                        shared = executor.submit(() -> Attempt.run(source, query));
                        asked.put(key, shared);
                    }
                    running.put(kind, shared);
                }
            }
        } catch (RuntimeException e) {
            // The executor refused work (shutting down): no source is at fault, so nothing to
            // record as a gap; stop what did start and let the caller retry the step.
            running.values().forEach(f -> f.cancel(true));
            throw e;
        }
        return running;
    }

    private Attempt await(ContextKind kind, Future<Attempt> future, long begin, long deadline)
            throws InterruptedException {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | java.util.concurrent.CancellationException e) {
            // Cancelled: a fetch shared with another meeting of the batch ran out of its time.
            future.cancel(true);
            return new Attempt(
                    null,
                    "timed out after " + Durations.plain(sourceLimit),
                    Outcome.TIMED_OUT,
                    System.nanoTime() - begin);
        } catch (ExecutionException e) {
            // Attempt.run catches exceptions, so only an Error gets here.
            log.warn("The {} context source failed", kind.key(), e.getCause());
            return Attempt.failed(Attempt.UNEXPECTED, System.nanoTime() - begin);
        }
    }

    private static String meetingOf(ContextQuery query) {
        return query.meeting().externalId();
    }
}
