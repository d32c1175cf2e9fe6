package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

/** The production logging config (logback.xml, not the tests' own): a database outage is one line, not stack traces. */
class OutageLoggingTest {

    @Test
    void should_drop_hikaris_broken_connection_stack_trace_and_keep_the_outage_line_when_the_database_goes_away() throws Exception {
        // given: a logger context configured as the server is
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(OutageLoggingTest.class.getResource("/logback.xml"));
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.setContext(context);
        logged.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logged);

        // when: HikariCP drops a dead connection and the request that met it is answered 503
        var dead = new SQLNonTransientConnectionException("The database has been closed [90098-252]", "90098", 90098);
        context.getLogger("com.zaxxer.hikari.pool.ProxyConnection")
                .warn("factline - Connection conn1 marked as broken because of SQLSTATE(90098), ErrorCode(90098)", dead);
        context.getLogger(Errors.class).warn("database unavailable ({}) on {} {}: {}", "closed", "GET", "/drafts", dead.getMessage());

        // then: one line, without a stack trace
        assertThat(logged.list).hasSize(1);
        assertThat(logged.list.get(0).getFormattedMessage()).startsWith("database unavailable (closed) on GET /drafts");
        assertThat(logged.list.get(0).getThrowableProxy()).isNull();
        context.stop();
    }
}
