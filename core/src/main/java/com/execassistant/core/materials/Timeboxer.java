package com.execassistant.core.materials;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits a meeting's minutes between agenda sections by weight so that they add up exactly.
 *
 * <p>Every section gets at least one slot; the rest goes by weight with the largest-remainder
 * method, ties to the earlier section, so the result is exact and deterministic. Slots are five
 * minutes when the total allows five minutes per section (people plan in fives), else one minute.
 * When there are more sections than minutes, the lightest sections get zero and are shown as "if
 * time allows".
 */
public final class Timeboxer {

    private static final int COARSE = 5;

    private Timeboxer() {}

    /**
     * @param totalMinutes the meeting's length, zero or more
     * @param weights one positive weight per section, in agenda order
     * @return minutes per section, in the same order, summing to {@code totalMinutes}
     */
    public static List<Integer> allocate(int totalMinutes, List<Integer> weights) {
        if (totalMinutes < 0) {
            throw new IllegalArgumentException(
                    "a meeting cannot last " + totalMinutes + " minutes");
        }
        if (weights.isEmpty() || weights.stream().anyMatch(w -> w == null || w <= 0)) {
            throw new IllegalArgumentException("every section needs a positive weight");
        }
        int n = weights.size();
        int slot = totalMinutes % COARSE == 0 && totalMinutes / COARSE >= n ? COARSE : 1;
        int slots = totalMinutes / slot;
        int[] given = slots >= n ? shareOut(slots, weights) : fewerThanSections(slots, weights);
        List<Integer> minutes = new ArrayList<>(n);
        for (int g : given) {
            minutes.add(g * slot);
        }
        return minutes;
    }

    private static int[] shareOut(int slots, List<Integer> weights) {
        int n = weights.size();
        long totalWeight = weights.stream().mapToLong(Integer::longValue).sum();
        long spare = slots - n;
        int[] given = new int[n];
        long[] remainder = new long[n];
        long handed = 0;
        for (int i = 0; i < n; i++) {
            long share = spare * weights.get(i);
            given[i] = 1 + (int) (share / totalWeight);
            remainder[i] = share % totalWeight;
            handed += share / totalWeight;
        }
        List<Integer> byRemainder =
                IntStream.range(0, n)
                        .boxed()
                        .sorted(
                                Comparator.comparingLong((Integer i) -> -remainder[i])
                                        .thenComparing(i -> i))
                        .toList();
        for (int k = 0; k < spare - handed; k++) {
            given[byRemainder.get(k)]++;
        }
        return given;
    }

    private static int[] fewerThanSections(int slots, List<Integer> weights) {
        int[] given = new int[weights.size()];
        IntStream.range(0, weights.size())
                .boxed()
                .sorted(
                        Comparator.comparingInt((Integer i) -> -weights.get(i))
                                .thenComparing(i -> i))
                .limit(slots)
                .forEach(i -> given[i] = 1);
        return given;
    }
}
