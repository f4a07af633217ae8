package org.partnermatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsTheBurstThenAsksToWait() {
        TokenBucket bucket = new TokenBucket(3, 1, 0);
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isEqualTo(1);
    }

    @Test
    void refillsAtTheSustainedRate() {
        TokenBucket bucket = new TokenBucket(1, 0.5, 0); // one write every two seconds
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(SECOND)).isEqualTo(1);
        assertThat(bucket.tryTake(2 * SECOND)).isZero();
        assertThat(bucket.tryTake(2 * SECOND)).isEqualTo(2);
    }

    @Test
    void idleOnlyWhenFull() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);
        bucket.tryTake(0);
        assertThat(bucket.idle(0)).isFalse();
        assertThat(bucket.idle(5 * SECOND)).isTrue();
    }

    @Test
    void aQuotaSaysWhatIsLeftAndWhenTheBucketIsFull() {
        TokenBucket bucket = new TokenBucket(3, 0.5, 0); // a burst of 3, one more every 2 s
        assertThat(bucket.take(0)).isEqualTo(new TokenBucket.Quota(3, 0, 2, 2));
        assertThat(bucket.take(0)).isEqualTo(new TokenBucket.Quota(3, 0, 1, 4));
        assertThat(bucket.take(0)).isEqualTo(new TokenBucket.Quota(3, 0, 0, 6));
        assertThat(bucket.take(0)).isEqualTo(new TokenBucket.Quota(3, 2, 0, 6));
        assertThat(bucket.take(SECOND)).isEqualTo(new TokenBucket.Quota(3, 1, 0, 5));
        assertThat(bucket.take(2 * SECOND)).isEqualTo(new TokenBucket.Quota(3, 0, 0, 6));
    }
}
