package io.factline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.web.ReaderSamples;
import io.factline.web.TestDesk;
import java.time.LocalDate;
import java.util.Map;

/**
 * The steps of the review workflow that a browser test needs done but does not test, taken through the real API
 * as erin (editor) and ada (admin) would take them: submit as erin, approve and publish as ada (four eyes).
 */
final class DeskSteps {

    private final TestDesk desk;

    DeskSteps(TestDesk desk) {
        this.desk = desk;
    }

    /** A draft of the date's template commentary, created by erin. */
    long draft(LocalDate date) {
        return desk.draft(ReaderSamples.newDraft(date));
    }

    long submitted(long id) {
        act(desk.editorToken, id, "submit");
        return id;
    }

    long approved(long id) {
        act(desk.adminToken, id, "approve");
        return id;
    }

    long published(long id) {
        act(desk.adminToken, id, "publish");
        return id;
    }

    /** A draft of the date walked through submit, approve and publish. */
    long publishedDraft(LocalDate date) {
        return published(approved(submitted(draft(date))));
    }

    private void act(TestDesk.Caller who, long id, String action) {
        TestDesk.Reply r = desk.postJson(who, "/api/drafts/" + id + "/transitions", Map.of("action", action));
        assertThat(r.status()).as("%s of draft %d by %s: %s", action, id, who, r.body()).isEqualTo(200);
    }
}
