package io.factline.market.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared test set-up: a WireMock server per test class and one HTTP transport for all. */
final class Wire {

    /** Short, so the timeout test is quick; WireMock on localhost answers in milliseconds. */
    static final HttpGet HTTP = new HttpGet(Duration.ofSeconds(2), Duration.ofSeconds(3));

    private Wire() {
    }

    static WireMockExtension server() {
        return WireMockExtension.newInstance().options(WireMockConfiguration.wireMockConfig().dynamicPort()).build();
    }

    static URI base(WireMockExtension wm) {
        return URI.create(wm.baseUrl());
    }

    /** The provider error {@code call} throws; fails the test when it throws none or another exception. */
    static ProviderError error(ThrowingCallable call) {
        ProviderError e = catchThrowableOfType(ProviderError.class, call);
        assertThat(e).as("a ProviderError").isNotNull();
        return e;
    }
}
