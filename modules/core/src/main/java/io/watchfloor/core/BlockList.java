package io.watchfloor.core;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * An immutable list over blocks of elements that its {@link SortedBlocks} shares with later snapshots and
 * never writes again, so making one costs a reference per block, not per element. Every mutator throws
 * {@link UnsupportedOperationException}; no element is null. Safe to share between threads: the blocks are
 * final fields' contents, published by this list's construction.
 *
 * @param <E> the element type
 */
final class BlockList<E> extends AbstractList<E> implements RandomAccess {
    private static final BlockList<?> EMPTY = new BlockList<>(new Object[0][]);

    private final Object[][] blocks;
    /** {@code ends[k]}: how many elements blocks 0..k hold together. */
    private final int[] ends;

    /** Over these blocks, none of them empty; the caller never writes them again. */
    BlockList(Object[][] blocks) {
        this.blocks = blocks;
        this.ends = new int[blocks.length];
        int total = 0;
        for (int k = 0; k < blocks.length; k++) {
            total += blocks[k].length;
            ends[k] = total;
        }
    }

    @SuppressWarnings("unchecked")
    static <E> BlockList<E> empty() {
        return (BlockList<E>) EMPTY;
    }

    @Override
    public int size() {
        return ends.length == 0 ? 0 : ends[ends.length - 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size());
        int k = Arrays.binarySearch(ends, index);
        k = k >= 0 ? k + 1 : -k - 1;
        return (E) blocks[k][index - (k == 0 ? 0 : ends[k - 1])];
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<>() {
            private int block;
            private int at;

            @Override
            public boolean hasNext() {
                return block < blocks.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public E next() {
                if (block >= blocks.length) {
                    throw new NoSuchElementException();
                }
                E e = (E) blocks[block][at++];
                if (at == blocks[block].length) {
                    block++;
                    at = 0;
                }
                return e;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action, "action");
        for (Object[] block : blocks) {
            for (Object e : block) {
                action.accept((E) e);
            }
        }
    }

    @Override
    public Spliterator<E> spliterator() {
        return Spliterators.spliterator(this, Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL);
    }

    @Override
    public Object[] toArray() {
        Object[] all = new Object[size()];
        int at = 0;
        for (Object[] block : blocks) {
            System.arraycopy(block, 0, all, at, block.length);
            at += block.length;
        }
        return all;
    }
}
