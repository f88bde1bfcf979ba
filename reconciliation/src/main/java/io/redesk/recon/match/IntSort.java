package io.redesk.recon.match;

/**
 * A stable merge sort of {@code int} indices by a primitive comparator: the engine sorts a million
 * row numbers by (currency, counterparty, amount, date, id) without boxing them.
 */
final class IntSort {

    /** Orders two row numbers. */
    @FunctionalInterface
    interface Order {
        int compare(int a, int b);
    }

    private static final int INSERTION = 24;

    private IntSort() {
    }

    static void sort(int[] a, int from, int to, Order order) {
        if (to - from < 2) {
            return;
        }
        int[] tmp = new int[to - from];
        mergeSort(a, tmp, from, to, order);
    }

    private static void mergeSort(int[] a, int[] tmp, int from, int to, Order order) {
        if (to - from <= INSERTION) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && order.compare(a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, order);
        mergeSort(a, tmp, mid, to, order);
        if (order.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, tmp, 0, mid - from);
        int i = 0;
        int iEnd = mid - from;
        int j = mid;
        int k = from;
        while (i < iEnd && j < to) {
            a[k++] = order.compare(tmp[i], a[j]) <= 0 ? tmp[i++] : a[j++];
        }
        while (i < iEnd) {
            a[k++] = tmp[i++];
        }
    }
}
