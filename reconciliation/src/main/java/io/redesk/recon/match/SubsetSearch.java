package io.redesk.recon.match;

import java.util.Arrays;

/**
 * The bounded depth-first search behind one-to-many and many-to-one groups: among a handful of
 * candidates (all of one sign, each smaller than the target), find the subsets of 2..maxSize items
 * whose amounts sum exactly to the target, stopping at the second one found, since two fitting
 * subsets already make the answer {@link Outcome#TWO ambiguous}. A search that reaches its node budget
 * before it could tell one subset from two reports {@link Outcome#CUT_SHORT} and decides nothing.
 *
 * <p>Candidates come largest first; a branch is cut as soon as the rest of the candidates cannot make
 * up what is missing. One instance is reused for every search of a pass (not thread-safe).
 */
final class SubsetSearch {

    /** What one search found. */
    enum Outcome { NONE, ONE, TWO, CUT_SHORT }

    private final int maxSize;
    private final long budget;
    private final long[] values;
    private final long[] suffix;
    private final int[] current;
    private final int[][] solutions = new int[2][];
    private int[] rows;
    private int n;
    private long nodes;
    private int found;

    SubsetSearch(int maxSize, int maxCandidates, long budget) {
        this.maxSize = maxSize;
        this.budget = budget;
        this.values = new long[maxCandidates];
        this.suffix = new long[maxCandidates + 1];
        this.current = new int[maxSize];
    }

    /**
     * Searches subsets of {@code rows} (ordered by |amount| descending) whose {@code amounts} sum to
     * {@code target}; every amount has the target's sign and a smaller magnitude.
     */
    Outcome run(int[] rows, long[] amounts, long target) {
        this.rows = rows;
        this.n = rows.length;
        for (int i = 0; i < n; i++) {
            values[i] = Math.abs(amounts[rows[i]]);
        }
        suffix[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            suffix[i] = suffix[i + 1] + values[i];
        }
        nodes = 0;
        found = 0;
        boolean complete = dfs(0, 0, Math.abs(target));
        if (found >= 2) {
            return Outcome.TWO;
        }
        if (!complete) {
            return Outcome.CUT_SHORT;
        }
        return found == 1 ? Outcome.ONE : Outcome.NONE;
    }

    /** The {@code k}-th subset found (0 or 1), as rows. */
    int[] solution(int k) {
        return solutions[k];
    }

    /** False when the node budget ran out. */
    private boolean dfs(int start, int depth, long remaining) {
        for (int i = start; i < n; i++) {
            if (found >= 2) {
                return true;
            }
            if (++nodes > budget) {
                return false;
            }
            long v = values[i];
            if (suffix[i] < remaining) {
                return true; // all that is left cannot make up the rest
            }
            if (v > remaining) {
                continue;
            }
            current[depth] = i;
            if (v == remaining) {
                record(depth + 1);
                continue;
            }
            if (depth + 1 < maxSize && !dfs(i + 1, depth + 1, remaining - v)) {
                return false;
            }
        }
        return true;
    }

    private void record(int size) {
        int[] subset = new int[size];
        for (int k = 0; k < size; k++) {
            subset[k] = rows[current[k]];
        }
        Arrays.sort(subset);
        solutions[found++] = subset;
    }
}
