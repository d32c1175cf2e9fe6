package io.factline.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The rate limiter (advancing test clock) and the question limits. */
class LimitsTest {

    final ScriptedModel.TestClock clock = new ScriptedModel.TestClock();
    final RateLimiter limiter = new RateLimiter(20, Duration.ofMinutes(1), 3, clock);

    @Test
    void should_allow_twenty_questions_a_minute_then_say_when_to_retry() {
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.acquire("client-a").allowed()).isTrue();
            clock.advance(Duration.ofSeconds(1));
        }

        RateDecision d = limiter.acquire("client-a");

        assertThat(d).isEqualTo(new RateDecision.Limited(Duration.ofSeconds(40)));
        assertThat(((RateDecision.Limited) d).retryAfterSeconds()).isEqualTo(40);
    }

    @Test
    void should_allow_again_once_the_oldest_question_leaves_the_window() {
        for (int i = 0; i < 20; i++) limiter.acquire("client-a");
        assertThat(limiter.acquire("client-a").allowed()).isFalse();

        clock.advance(Duration.ofSeconds(60));

        assertThat(limiter.acquire("client-a")).isEqualTo(new RateDecision.Allowed(19));
    }

    @Test
    void should_count_each_client_key_apart() {
        for (int i = 0; i < 20; i++) limiter.acquire("client-a");

        assertThat(limiter.acquire("client-b")).isEqualTo(new RateDecision.Allowed(19));
        assertThat(limiter.acquire("client-a").allowed()).isFalse();
    }

    @Test
    void should_not_count_a_limited_question_against_the_window() {
        for (int i = 0; i < 20; i++) limiter.acquire("client-a");
        clock.advance(Duration.ofSeconds(30));
        limiter.acquire("client-a");

        clock.advance(Duration.ofSeconds(30));

        assertThat(limiter.acquire("client-a").allowed()).isTrue();
    }

    @Test
    void should_give_back_a_question_the_server_turned_away() {
        // given a client at its last permit
        for (int i = 0; i < 19; i++) limiter.acquire("client-a");
        assertThat(limiter.acquire("client-a")).isEqualTo(new RateDecision.Allowed(0));

        // when that question is refunded (the server was busy)
        limiter.refund("client-a");

        // then the client may ask once more, and no more than that
        assertThat(limiter.acquire("client-a")).isEqualTo(new RateDecision.Allowed(0));
        assertThat(limiter.acquire("client-a").allowed()).isFalse();
    }

    @Test
    void should_round_a_partial_second_up_in_retry_after() {
        assertThat(new RateDecision.Limited(Duration.ofMillis(200)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new RateDecision.Limited(Duration.ofMillis(1_500)).retryAfterSeconds()).isEqualTo(2);
    }

    @Test
    void should_forget_the_least_recently_seen_client_past_the_bound() {
        limiter.acquire("a");
        limiter.acquire("b");
        limiter.acquire("c");

        limiter.acquire("d");

        assertThat(limiter.clients()).isEqualTo(3);
        assertThat(limiter.acquire("a")).as("a was forgotten and starts afresh").isEqualTo(new RateDecision.Allowed(19));
    }

    @Test
    void should_refuse_empty_and_over_long_questions_and_bad_conversation_ids() {
        QuestionLimit limit = new QuestionLimit(500);

        assertThat(limit.problem(Question.of("   "))).contains("the question is empty");
        assertThat(limit.problem(Question.of("x".repeat(501)))).contains("the question is 501 characters long; the limit is 500");
        assertThat(limit.problem(Question.of("x".repeat(500)))).isEmpty();
        assertThat(limit.problem(new Question("How did SPY do?", null, "../etc/passwd"))).isPresent();
        assertThatThrownBy(() -> limit.check(Question.of(""))).isInstanceOf(InvalidQuestion.class);
    }

    @Test
    void should_count_characters_not_utf16_units() {
        String emoji = "\uD83D\uDCC8";   // one character, two UTF-16 units

        assertThat(new QuestionLimit(500).problem(Question.of(emoji.repeat(500)))).isEmpty();
    }
}
