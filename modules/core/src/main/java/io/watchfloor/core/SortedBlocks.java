package io.watchfloor.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A sorted set kept as a row of small sorted blocks, so that one insertion or removal copies one block
 * (a few hundred references) and {@link #snapshot()} shares the blocks instead of copying every element.
 * Confined to one thread; the blocks it hands out in a snapshot are never written again (copy on write).
 *
 * <p>The order must be total over the elements it holds: an element equal to one already held is not added.
 *
 * @param <E> the element type
 */
final class SortedBlocks<E> {
    /** Blocks split past twice this size and merge with a neighbour below half of it. */
    private static final int BLOCK = 128;

    private final Comparator<? super E> order;
    private final List<Object[]> blocks = new ArrayList<>();
    private int size;
    private BlockList<E> published = BlockList.empty();
    private boolean changed;

    SortedBlocks(Comparator<? super E> order) {
        this.order = Objects.requireNonNull(order, "order");
    }

    /** Adds {@code e} in order; false when an equal element is already held. */
    boolean add(E e) {
        Objects.requireNonNull(e, "element");
        if (blocks.isEmpty()) {
            blocks.add(new Object[] {e});
            return grew();
        }
        int b = blockFor(e);
        Object[] block = blocks.get(b);
        int i = indexIn(block, e);
        if (i >= 0) {
            return false;
        }
        int at = -i - 1;
        Object[] grown = new Object[block.length + 1];
        System.arraycopy(block, 0, grown, 0, at);
        grown[at] = e;
        System.arraycopy(block, at, grown, at + 1, block.length - at);
        if (grown.length > 2 * BLOCK) {
            blocks.set(b, Arrays.copyOfRange(grown, 0, grown.length / 2));
            blocks.add(b + 1, Arrays.copyOfRange(grown, grown.length / 2, grown.length));
        } else {
            blocks.set(b, grown);
        }
        return grew();
    }

    /** Removes the element equal to {@code e}; false when there is none. */
    boolean remove(E e) {
        if (blocks.isEmpty()) {
            return false;
        }
        int b = blockFor(e);
        Object[] block = blocks.get(b);
        int i = indexIn(block, e);
        if (i < 0) {
            return false;
        }
        Object[] shrunk = new Object[block.length - 1];
        System.arraycopy(block, 0, shrunk, 0, i);
        System.arraycopy(block, i + 1, shrunk, i, block.length - i - 1);
        if (shrunk.length == 0) {
            blocks.remove(b);
        } else {
            blocks.set(b, shrunk);
            mergeIfSmall(b);
        }
        size--;
        changed = true;
        return true;
    }

    int size() {
        return size;
    }

    /** The elements in order, immutable; the same instance until something changes. */
    BlockList<E> snapshot() {
        if (changed) {
            published = new BlockList<>(blocks.toArray(new Object[0][]));
            changed = false;
        }
        return published;
    }

    private boolean grew() {
        size++;
        changed = true;
        return true;
    }

    /** Merges block {@code b} into a neighbour when both are small, so that the row stays short. */
    private void mergeIfSmall(int b) {
        if (blocks.get(b).length >= BLOCK / 2 || blocks.size() < 2) {
            return;
        }
        int left;
        if (b == 0) {
            left = 0;
        } else if (b == blocks.size() - 1) {
            left = b - 1;
        } else {
            left = blocks.get(b - 1).length <= blocks.get(b + 1).length ? b - 1 : b;
        }
        Object[] first = blocks.get(left);
        Object[] second = blocks.get(left + 1);
        if (first.length + second.length > 2 * BLOCK) {
            return;
        }
        Object[] merged = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, merged, first.length, second.length);
        blocks.set(left, merged);
        blocks.remove(left + 1);
    }

    /** The block that holds, or would hold, {@code e}: the last whose first element is not after it. */
    private int blockFor(E e) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (compare(blocks.get(mid)[0], e) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** As {@link Arrays#binarySearch}: the index of {@code e}, or {@code -(insertion point) - 1}. */
    private int indexIn(Object[] block, E e) {
        int lo = 0;
        int hi = block.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(block[mid], e);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    @SuppressWarnings("unchecked")
    private int compare(Object held, E e) {
        return order.compare((E) held, e);
    }
}
