package io.watchfloor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The block-kept sorted set against a {@link TreeSet}, and the immutability of the lists it hands out. */
class SortedBlocksTest {

    @Test
    void overRandomInsertionsAndRemovalsItHoldsWhatATreeSetHoldsInTheSameOrder() {
        Random random = new Random(7);
        SortedBlocks<Integer> blocks = new SortedBlocks<>(Comparator.naturalOrder());
        TreeSet<Integer> expected = new TreeSet<>();
        for (int step = 0; step < 20_000; step++) {
            // Grow to a few thousand first, then churn around that size, as the board does.
            int n = random.nextInt(4000);
            boolean add = step < 3000 || random.nextBoolean();
            assertThat(add ? blocks.add(n) : blocks.remove(n)).isEqualTo(add ? expected.add(n) : expected.remove(n));
            if (step % 500 == 0 || step == 19_999) {
                List<Integer> list = blocks.snapshot();
                assertThat(list).containsExactlyElementsOf(expected);
                assertThat(blocks.size()).isEqualTo(expected.size());
                List<Integer> indexed = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    indexed.add(list.get(i));
                }
                assertThat(indexed).containsExactlyElementsOf(expected);
                assertThat(list.toArray()).containsExactly(expected.toArray());
                assertThat(list.stream().toList()).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void aListHandedOutNeverChangesAndIsReusedUntilTheSetDoes() {
        SortedBlocks<Integer> blocks = new SortedBlocks<>(Comparator.naturalOrder());
        for (int n = 0; n < 1000; n++) {
            blocks.add(n * 2);
        }
        List<Integer> before = blocks.snapshot();
        List<Integer> copy = List.copyOf(before);
        assertThat(blocks.snapshot()).isSameAs(before);

        for (int n = 0; n < 1000; n++) {
            blocks.add(n * 2 + 1);
            blocks.remove(n * 2);
        }

        assertThat(before).isEqualTo(copy);
        assertThat(blocks.snapshot()).isNotSameAs(before).hasSize(1000).startsWith(1, 3, 5);
        assertThatThrownBy(() -> before.add(7)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> before.set(0, 7)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> before.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> before.get(1000)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void anEmptySetHandsOutAnEmptyList() {
        SortedBlocks<Integer> blocks = new SortedBlocks<>(Comparator.naturalOrder());
        blocks.add(1);
        blocks.remove(1);

        assertThat(blocks.snapshot()).isEmpty();
        assertThat(blocks.remove(1)).isFalse();
    }
}
