package tn.entrix.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where it starts, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Clamps what a client asked for to sane bounds. */
    public static int size(Integer requested) {
        if (requested == null || requested < 1) {
            return 20;
        }
        return Math.min(requested, MAX_SIZE);
    }

    public static int page(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }
}
