package dev.ispconfig.reliability;

import java.util.Random;
import java.util.function.Function;

/**
 * Runs a check on inputs drawn from a {@link Random} seeded afresh for each try (base seed + try index), so a failing
 * try replays exactly; its failure names the try, the seed and the input. {@code -Dreliability.seed=N} moves every
 * base seed by N, to explore other inputs than the ones each build checks.
 */
final class Tries {

    /** Long renderings are cut here: the seed replays the whole input anyway. */
    private static final int MAX_RENDERING = 4000;

    private Tries() {
    }

    interface Check<T> {
        void accept(T input) throws Exception;
    }

    static <T> void run(int tries, long baseSeed, Function<Random, T> draw, Function<T, String> render,
            Check<T> check) {
        long base = baseSeed + Long.getLong("reliability.seed", 0);
        for (int i = 0; i < tries; i++) {
            long seed = base + i;
            T input = draw.apply(new Random(seed));
            try {
                check.accept(input);
            } catch (Throwable failure) { // an Error or an unexpected exception fails the try like an assertion
                String rendering = render.apply(input);
                if (rendering.length() > MAX_RENDERING) {
                    rendering = rendering.substring(0, MAX_RENDERING) + "... (" + rendering.length() + " chars)";
                }
                throw new AssertionError("try " + i + " of " + tries + ", seed " + seed + " failed: " + failure
                        + "\n  input: " + rendering, failure);
            }
        }
    }
}
