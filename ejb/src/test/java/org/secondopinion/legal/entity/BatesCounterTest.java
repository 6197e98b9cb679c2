package org.secondopinion.legal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BatesCounterTest {

    @Test
    void handsOutRangesOneAfterAnotherFromOne() {
        BatesCounter counter = new BatesCounter("LGH-");
        assertThat(counter.getNextNumber()).isEqualTo(1);

        assertThat(counter.take(3)).isEqualTo(1);   // 1–3
        assertThat(counter.take(1)).isEqualTo(4);   // 4
        assertThat(counter.take(42)).isEqualTo(5);  // 5–46

        assertThat(counter.getNextNumber()).isEqualTo(47);
        assertThat(counter.getPrefix()).isEqualTo("LGH-");
    }

    @Test
    void refusesToTakeFewerThanOneNumber() {
        BatesCounter counter = new BatesCounter("LGH-");
        counter.take(2);

        assertThatThrownBy(() -> counter.take(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> counter.take(-5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(counter.getNextNumber()).isEqualTo(3);
        assertThat(counter.take(1)).isEqualTo(3);
    }
}
