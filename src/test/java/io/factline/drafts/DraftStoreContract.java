package io.factline.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactSheetJson;
import io.factline.store.Database;
import io.factline.validation.Validator;
import io.factline.validation.ValidationReport;
import io.factline.validation.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The draft store's behaviour, run against each database the store supports. */
abstract class DraftStoreContract {

    static final Instant T0 = Instant.parse("2026-03-24T08:00:00.123456Z");

    Database db;
    DraftStore store;
    final Validator validator = new Validator();

    /** @return a freshly migrated database; the subclass skips the test when it has none */
    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
        store = new DraftStore(db.jdbi(), CrashPoint.NONE);
    }

    @AfterEach
    void tearDown() {
        if (db != null) db.close();
    }

    @Test
    void should_keep_the_sheet_report_attempts_and_text_whole_when_a_draft_is_created() {
        NewDraft d = Samples.newDraft();

        long id = store.create(d, "erin", T0);

        DraftRecord r = store.find(id).orElseThrow();
        assertThat(r.asOf()).isEqualTo(Samples.DATE);
        assertThat(r.state()).isEqualTo(DraftState.DRAFT);
        assertThat(r.currentVersion()).isEqualTo(1);
        assertThat(r.writer()).isEqualTo("template");
        assertThat(r.attempts()).isEqualTo(d.attempts());
        assertThat(r.dataNotes()).isEqualTo(d.dataNotes());
        assertThat(r.createdAt()).isEqualTo(T0);
        assertThat(FactSheetJson.write(store.sheet(id).orElseThrow())).isEqualTo(FactSheetJson.write(d.sheet()));
        DraftVersion v1 = store.version(id, 1).orElseThrow();
        assertThat(v1.body()).isEqualTo(d.body());
        assertThat(v1.validation()).isEqualTo(d.validation());
        assertThat(store.events(id)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("create");
            assertThat(e.actor()).isEqualTo("erin");
            assertThat(e.to()).isEqualTo(DraftState.DRAFT);
        });
    }

    @Test
    void should_add_a_version_and_keep_the_old_one_when_text_is_saved_on_the_current_version() {
        long id = store.create(Samples.newDraft(), "erin", T0);
        String wrong = Samples.wrongNumber();

        var outcome = store.saveVersion(id, 1, wrong, report(wrong), "sam", T0.plusSeconds(60));

        assertThat(outcome).isInstanceOf(DraftStore.SaveOutcome.Saved.class);
        assertThat(store.find(id).orElseThrow().currentVersion()).isEqualTo(2);
        assertThat(store.version(id, 1).orElseThrow().body()).isEqualTo(Samples.commentary().narrative());
        assertThat(store.version(id, 2).orElseThrow().body()).isEqualTo(wrong);
        assertThat(store.version(id, 2).orElseThrow().validation().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(store.versions(id)).extracting(VersionInfo::number, VersionInfo::author, VersionInfo::verdict)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "erin", Verdict.PASS),
                        org.assertj.core.groups.Tuple.tuple(2, "sam", Verdict.FAIL));
        assertThat(store.events(id)).extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("create", "erin", 1),
                        org.assertj.core.groups.Tuple.tuple("edit", "sam", 2));
    }

    @Test
    void should_refuse_a_save_and_return_the_current_version_when_the_base_is_stale() {
        long id = store.create(Samples.newDraft(), "erin", T0);
        String text = Samples.commentary().narrative();
        store.saveVersion(id, 1, text + "\nFirst edit.\n", report(text), "sam", T0.plusSeconds(1));

        var outcome = store.saveVersion(id, 1, text + "\nSecond edit.\n", report(text), "erin", T0.plusSeconds(2));

        assertThat(outcome).isInstanceOfSatisfying(DraftStore.SaveOutcome.Stale.class, s -> {
            assertThat(s.current().number()).isEqualTo(2);
            assertThat(s.current().author()).isEqualTo("sam");
            assertThat(s.current().body()).endsWith("First edit.\n");
        });
        assertThat(store.versions(id)).hasSize(2);
    }

    @Test
    void should_let_exactly_one_of_two_concurrent_saves_on_the_same_base_win() throws Exception {
        long id = store.create(Samples.newDraft(), "erin", T0);
        String text = Samples.commentary().narrative();
        ValidationReport r = report(text);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<DraftStore.SaveOutcome>> saves = new ArrayList<>();
        try {
            for (String who : List.of("erin", "sam")) {
                saves.add(pool.submit(() -> {
                    start.await();
                    return store.saveVersion(id, 1, text + "\nby " + who + "\n", r, who, T0.plusSeconds(5));
                }));
            }
            List<DraftStore.SaveOutcome> outcomes = new ArrayList<>();
            for (var f : saves) outcomes.add(f.get());

            assertThat(outcomes).filteredOn(o -> o instanceof DraftStore.SaveOutcome.Saved).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof DraftStore.SaveOutcome.Stale).singleElement()
                    .satisfies(o -> assertThat(((DraftStore.SaveOutcome.Stale) o).current().number()).isEqualTo(2));
            DraftVersion winner = ((DraftStore.SaveOutcome.Saved) outcomes.stream()
                    .filter(o -> o instanceof DraftStore.SaveOutcome.Saved).findFirst().orElseThrow()).version();
            assertThat(store.version(id, 2).orElseThrow().body()).isEqualTo(winner.body());
            assertThat(store.versions(id)).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_move_the_state_and_record_the_event_only_from_the_expected_state_and_version() {
        long id = store.create(Samples.newDraft(), "erin", T0);
        AuditEvent submit = new AuditEvent(T0.plusSeconds(10), "erin", "submit", DraftState.DRAFT, DraftState.IN_REVIEW, 1, null, null);

        boolean moved = store.transition(id, DraftState.DRAFT, submit);
        boolean again = store.transition(id, DraftState.DRAFT, submit);
        boolean wrongVersion = store.transition(id, DraftState.IN_REVIEW,
                new AuditEvent(T0.plusSeconds(20), "sam", "approve", DraftState.IN_REVIEW, DraftState.APPROVED, 7, null, null));

        assertThat(moved).isTrue();
        assertThat(again).isFalse();
        assertThat(wrongVersion).isFalse();
        assertThat(store.find(id).orElseThrow().state()).isEqualTo(DraftState.IN_REVIEW);
        assertThat(store.events(id)).extracting(AuditEvent::action).containsExactly("create", "submit");
    }

    @Test
    void should_refuse_edits_and_record_the_published_version_once_published() {
        long id = store.create(Samples.newDraft(), "erin", T0);
        walk(id, 1, DraftState.DRAFT, DraftState.IN_REVIEW, DraftState.APPROVED, DraftState.PUBLISHED);
        String text = Samples.commentary().narrative();

        var outcome = store.saveVersion(id, 1, text, report(text), "erin", T0.plusSeconds(99));

        assertThat(outcome).isEqualTo(new DraftStore.SaveOutcome.NotEditable(DraftState.PUBLISHED));
        DraftRecord r = store.find(id).orElseThrow();
        assertThat(r.publishedVersion()).isEqualTo(1);
        assertThat(r.publishedAt()).isNotNull();
        assertThat(store.published(10, 0)).extracting(DraftRecord::id).containsExactly(id);
    }

    @Test
    void should_keep_the_note_and_override_reason_in_the_audit_trail() {
        long id = store.create(Samples.newDraft(), "erin", T0);
        walk(id, 1, DraftState.DRAFT, DraftState.IN_REVIEW);
        store.transition(id, DraftState.IN_REVIEW, new AuditEvent(T0.plusSeconds(30), "sam", "approve", DraftState.IN_REVIEW,
                DraftState.APPROVED, 1, "checked by hand", "the provider's figure is right; our sheet is a day late"));

        assertThat(store.events(id)).last().satisfies(e -> {
            assertThat(e.note()).isEqualTo("checked by hand");
            assertThat(e.overrideReason()).isEqualTo("the provider's figure is right; our sheet is a day late");
            assertThat(e.from()).isEqualTo(DraftState.IN_REVIEW);
            assertThat(e.to()).isEqualTo(DraftState.APPROVED);
            assertThat(e.at()).isEqualTo(T0.plusSeconds(30));
        });
    }

    @Test
    void should_list_drafts_with_the_current_verdict_and_last_actor_and_say_nothing_of_unknown_ids() {
        long first = store.create(Samples.newDraft(), "erin", T0);
        long second = store.create(Samples.newDraft(), "erin", T0.plusSeconds(1));
        String wrong = Samples.wrongNumber();
        store.saveVersion(second, 1, wrong, report(wrong), "sam", T0.plusSeconds(2));

        List<DraftSummary> list = store.list();

        assertThat(list).extracting(DraftSummary::id).containsExactly(second, first);
        assertThat(list.get(0).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(list.get(0).updatedBy()).isEqualTo("sam");
        assertThat(list.get(0).version()).isEqualTo(2);
        assertThat(list.get(1).verdict()).isEqualTo(Verdict.PASS);
        assertThat(store.find(999_999)).isEmpty();
        assertThat(store.saveVersion(999_999, 1, "x", report("x"), "erin", T0)).isEqualTo(new DraftStore.SaveOutcome.Missing());
    }

    @Test
    void should_mark_the_older_live_draft_of_a_date_superseded_when_another_is_published_and_leave_other_dates_alone() {
        long older = store.create(Samples.newDraft(), "erin", T0);
        long otherDate = store.create(Samples.newDraft(Samples.DATE.minusWeeks(1)), "erin", T0);
        long newer = store.create(Samples.newDraft(), "erin", T0);
        walk(older, 1, DraftState.DRAFT, DraftState.IN_REVIEW, DraftState.APPROVED, DraftState.PUBLISHED);
        walk(otherDate, 1, DraftState.DRAFT, DraftState.IN_REVIEW, DraftState.APPROVED, DraftState.PUBLISHED);

        walk(newer, 1, DraftState.DRAFT, DraftState.IN_REVIEW, DraftState.APPROVED, DraftState.PUBLISHED);

        assertThat(store.find(older).orElseThrow().supersededBy()).isEqualTo(newer);
        assertThat(store.find(older).orElseThrow().publishedVersion()).isEqualTo(1);
        assertThat(store.find(otherDate).orElseThrow().supersededBy()).isNull();
        assertThat(store.find(newer).orElseThrow().live()).isTrue();
        assertThat(store.liveOn(Samples.DATE).orElseThrow().id()).isEqualTo(newer);
        assertThat(store.published(10, 0)).extracting(DraftRecord::id).containsExactlyInAnyOrder(newer, otherDate);
        assertThat(store.events(older)).last().satisfies(e -> assertThat(e.action()).isEqualTo("supersede"));
    }

    @Test
    void should_number_editor_facts_per_draft_and_keep_them_whole_with_who_added_them() {
        long id = store.create(Samples.newDraft(), "erin", T0);
        long other = store.create(Samples.newDraft(), "erin", T0);
        io.factline.facts.EditorFact given = new io.factline.facts.EditorFact(null, "CL=F", "WTI crude front-month settle", 68.123456789,
                io.factline.facts.Unit.PRICE, Samples.DATE, new io.factline.facts.EditorFact.Reference("CME settlement report", null,
                "CME daily bulletin, section 62"), null, null);

        var first = store.addFact(id, DraftState.DRAFT, 1, given, "erin", T0).orElseThrow();
        var second = store.addFact(id, DraftState.DRAFT, 1, given, "sam", T0.plusSeconds(1)).orElseThrow();
        var elsewhere = store.addFact(other, DraftState.DRAFT, 1, given, "sam", T0).orElseThrow();
        var wrongState = store.addFact(id, DraftState.IN_REVIEW, 1, given, "sam", T0);

        assertThat(List.of(first.id(), second.id(), elsewhere.id())).containsExactly("E1", "E2", "E1");
        assertThat(wrongState).isEmpty();
        assertThat(store.editorFacts(id)).containsExactly(first, second);
        assertThat(store.editorFacts(id).get(0).value()).isEqualTo(68.123456789);
        assertThat(store.editorFacts(id).get(0).source().document()).isEqualTo("CME daily bulletin, section 62");
        assertThat(store.editorFacts(id).get(1).addedBy()).isEqualTo("sam");
        assertThat(store.events(id)).filteredOn(e -> e.action().equals("add_fact")).hasSize(2);
    }

    private void walk(long id, int version, DraftState... states) {
        for (int i = 1; i < states.length; i++) {
            boolean moved = store.transition(id, states[i - 1], new AuditEvent(T0.plusSeconds(10 + i), "erin", "step",
                    states[i - 1], states[i], version, null, null));
            assertThat(moved).as("%s -> %s", states[i - 1], states[i]).isTrue();
        }
    }

    private ValidationReport report(String text) {
        return validator.validate(Samples.sheet(), text, true);
    }
}
