// The editors' desk in the browser (issue 17, section 2). On the draft page: the text box is checked as
// the editor types (POST /api/drafts/{id}/check) and the preview, the verdict and the checks under the box
// follow it; a check's button selects its figure in the box, a quick fix applies the validator's repair; the
// fact picker searches the draft's sheet and inserts a figure with its marker; unsaved changes are guarded
// (leaving warns, an action offers "save and …" or "discard"); the history is in tabs. On the queue: a
// warning when the chosen date already has a draft. No inline script or style (the CSP forbids them);
// the preview's HTML comes from the server, which escapes every text; everything else is built as text nodes.
(function () {
  "use strict";
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = csrfMeta ? csrfMeta.content : "";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function postJson(url, body) {
    return fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (b) { if (!r.ok) { var e = new Error(b.message || ("HTTP " + r.status)); e.body = b; throw e; } return b; });
    });
  }

  // ---- tabs: every panel is visible without script; with it, one at a time ----
  Array.prototype.forEach.call(document.querySelectorAll("[data-tabs]"), function (box) {
    var list = box.querySelector("[role=tablist]");
    var tabs = Array.prototype.slice.call(box.querySelectorAll("[role=tab]"));
    function select(tab) {
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute("aria-selected", on ? "true" : "false");
        t.tabIndex = on ? 0 : -1;
        document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
      });
    }
    tabs.forEach(function (t, i) {
      t.addEventListener("click", function () { select(t); });
      t.addEventListener("keydown", function (e) {
        var next = e.key === "ArrowRight" ? tabs[(i + 1) % tabs.length] : e.key === "ArrowLeft" ? tabs[(i + tabs.length - 1) % tabs.length] : null;
        if (next) { select(next); next.focus(); e.preventDefault(); }
      });
    });
    list.hidden = false;
    select(tabs[0]);
  });

  // ---- the queue: warn when the date already has a draft ----
  var newDraft = document.getElementById("new-draft");
  if (newDraft) {
    var taken = (newDraft.getAttribute("data-dates-in-play") || "").split(" ");
    var dateInput = document.getElementById("new-date");
    var warning = document.getElementById("date-warning");
    var warn = function () { warning.hidden = taken.indexOf(dateInput.value) < 0; };   // dates compared as text: no time zone
    dateInput.addEventListener("input", warn);
    dateInput.addEventListener("change", warn);
    warn();
  }

  // ---- versions: what changed between two (GET /api/drafts/{id}/diff), restore either as a new version ----
  var diffForm = document.getElementById("diff-form");
  if (diffForm) {
    var diffBox = document.getElementById("diff");
    var words = function (status) { return String(status).replace(/_/g, " "); };
    var cites = function (ids) { return ids.length ? " [" + ids.join("] [") + "]" : ""; };
    var section = function (title, items) {
      if (items.length === 0) return;
      diffBox.appendChild(el("h4", null, title));
      var list = el("ul", "diff-list");
      items.forEach(function (li) { list.appendChild(li); });
      diffBox.appendChild(list);
    };
    var line = function (kind, parts) {
      var li = el("li", "diff-" + kind);
      parts.forEach(function (p) { li.appendChild(typeof p === "string" ? document.createTextNode(p) : p); });
      return li;
    };
    var showDiff = function (d) {
      while (diffBox.firstChild) diffBox.removeChild(diffBox.firstChild);
      diffBox.appendChild(el("p", "diff-summary", "Version " + d.from + " (" + d.fromVerdict + ") to version " + d.to + " (" + d.toVerdict + ")"
        + (d.sentences.length + d.figures.length + d.checks.length === 0 ? ": no change." : ":")));
      section("Sentences", d.sentences.map(function (s) {
        if (s.kind === "removed") return line("removed", ["Removed: ", el("del", null, s.before)]);
        if (s.kind === "added") return line("added", ["Added: ", el("ins", null, s.after)]);
        return line("changed", ["Changed: ", el("del", null, s.before), " → ", el("ins", null, s.after)]);
      }));
      section("Figures", d.figures.map(function (f) {
        return line(f.kind, [(f.kind === "added" ? "Added: " : "Removed: "), el("strong", null, f.text + cites(f.factIds)), " (" + words(f.status) + ")"]);
      }));
      section("Checks", d.checks.map(function (c) {
        return line("check", [el("strong", null, c.text + cites(c.factIds)), ": " + words(c.before) + " → " + words(c.after)
          + (c.message ? " (" + c.message + ")" : "")]);
      }));
      [d.from, d.to].filter(function (n, i, all) { return all.indexOf(n) === i; }).forEach(function (n) {
        var restore = document.getElementById("restore-" + n);   // only versions that may be restored have one
        if (!restore) return;
        var b = el("button", "diff-restore", "Restore version " + n + " as a new version");
        b.type = "button";
        b.id = "diff-restore-" + n;
        b.addEventListener("click", function () { restore.click(); });   // the version list's form: the unsaved-changes guard applies
        diffBox.appendChild(b);
      });
    };
    diffForm.addEventListener("submit", function (e) {
      e.preventDefault();
      var from = document.getElementById("diff-from").value, to = document.getElementById("diff-to").value;
      fetch(diffForm.getAttribute("action") + "?from=" + encodeURIComponent(from) + "&to=" + encodeURIComponent(to),
        { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { return r.json().then(function (b) { if (!r.ok) throw new Error(b.message || ("HTTP " + r.status)); return b; }); })
        .then(showDiff)
        .catch(function (err) {
          while (diffBox.firstChild) diffBox.removeChild(diffBox.firstChild);
          diffBox.appendChild(el("p", "notice error", "Could not compare: " + err.message));
        });
    });
  }

  var editor = document.getElementById("editor");
  if (!editor) return;
  var draftId = Number(editor.getAttribute("data-draft-id"));
  var verdict = document.getElementById("live-verdict");
  var preview = document.getElementById("narrative");
  var checks = document.getElementById("checks");
  var summary = document.getElementById("checks-summary");
  var dirtyNote = document.getElementById("dirty");
  var saved = editor.value;
  var checkedText = null;
  var leaving = false;
  var timer = null;
  var sent = 0;

  function text() { return editor.value.replace(/\r\n/g, "\n"); }
  function dirty() { return editor.value !== saved; }

  function showDirty() {
    dirtyNote.textContent = dirty() ? "Unsaved changes" : "";
    document.body.classList.toggle("has-unsaved", dirty());
  }

  // ---- the checks under the box ----
  function select(start, end) {
    editor.focus();
    editor.setSelectionRange(start, end);
    // scroll the box so the selection is in view: put the caret's line near the top
    var before = editor.value.slice(0, start).split("\n").length - 1;
    var lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 20;
    editor.scrollTop = Math.max(0, before * lineHeight - editor.clientHeight / 3);
  }

  function applyFix(start, end, replacement) {
    if (checkedText !== null && text() !== checkedText) { check(); return; }   // offsets are for the checked text
    editor.value = editor.value.slice(0, start) + replacement + editor.value.slice(end);
    select(start, start + replacement.length);
    edited();
  }

  checks.addEventListener("click", function (e) {
    var b = e.target.closest("button");
    if (!b) return;
    var li = b.closest("li");
    if (b.classList.contains("fix")) {
      applyFix(Number(b.getAttribute("data-start")), Number(b.getAttribute("data-end")), b.getAttribute("data-replacement"));
    } else if (b.classList.contains("check-select")) {
      select(Number(li.getAttribute("data-start")), Number(li.getAttribute("data-end")));
    }
  });

  function showChecks(t, report) {
    var items = report.claims.filter(function (c) { return c.status !== "supported"; }).map(function (c) {
      return { start: c.start, end: c.end, what: c.text, status: c.status.replace(/_/g, " "), message: c.message || "" };
    }).concat(report.problems.map(function (p) {
      var inText = p.start >= 0 && p.end <= t.length && p.start < p.end;
      return { start: inText ? p.start : 0, end: inText ? p.end : 0, what: inText ? t.slice(p.start, p.end) : p.kind,
        status: p.kind.replace(/_/g, " "), message: p.message };
    })).sort(function (a, b) { return a.start - b.start; });
    while (checks.firstChild) checks.removeChild(checks.firstChild);
    items.forEach(function (it) {
      var li = el("li", "check");
      li.setAttribute("data-start", it.start);
      li.setAttribute("data-end", it.end);
      var pick = el("button", "link check-select", it.what);
      pick.type = "button";
      li.appendChild(pick);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", "check-status", it.status));
      li.appendChild(document.createTextNode(": "));
      li.appendChild(el("span", "check-message", it.message));
      report.fixes.filter(function (f) { return f.claimStart === it.start && f.claimEnd === it.end; }).forEach(function (f) {
        var fix = el("button", "fix", f.label);
        fix.type = "button";
        fix.setAttribute("data-start", f.start);
        fix.setAttribute("data-end", f.end);
        fix.setAttribute("data-replacement", f.replacement);
        li.appendChild(document.createTextNode(" "));
        li.appendChild(fix);
      });
      checks.appendChild(li);
    });
    summary.textContent = items.length === 0 ? "Every figure is supported." : items.length + " problem(s) in the text in the box.";
  }

  function show(t, report) {
    checkedText = t;
    preview.innerHTML = report.previewHtml;   // server-rendered; every text in it is escaped
    showChecks(t, report);
    var failing = checks.children.length;
    verdict.className = "live-verdict " + (report.verdict === "pass" ? "verdict-pass" : "verdict-fail");
    verdict.textContent = (dirty() ? "Edited: " : "Text in the box: ") + (report.verdict === "pass"
      ? "passes (" + report.claims.length + " figures supported)" : "fails (" + failing + " problem(s))");
    verdict.setAttribute("data-verdict", report.verdict);
  }

  function check() {
    var t = text();
    var mine = ++sent;
    postJson("/api/drafts/" + draftId + "/check", { text: t }).then(function (report) {
      if (mine === sent) show(t, report);   // an older answer must not overwrite a newer one
    }).catch(function (e) {
      if (mine === sent) { verdict.className = "live-verdict verdict-fail"; verdict.textContent = "Could not check: " + e.message; verdict.setAttribute("data-verdict", "error"); }
    });
  }

  function edited() {
    verdict.className = "live-verdict verdict-pending";
    verdict.textContent = "edited – checking…";   // from the first keystroke, before the check answers
    verdict.removeAttribute("data-verdict");
    showDirty();
    if (timer) clearTimeout(timer);
    timer = setTimeout(check, 400);   // after a pause in typing, not on every key
  }

  editor.addEventListener("input", edited);

  // ---- the fact picker ----
  var picker = document.getElementById("fact-picker");
  var facts = JSON.parse(picker.getAttribute("data-facts") || "[]");
  var search = document.getElementById("fact-search");
  var results = document.getElementById("fact-results");
  var count = document.getElementById("fact-count");
  var SHOWN = 12;

  function haystack(f) { return (f.id + " " + f.subject + " " + f.name + " " + f.label).toLowerCase(); }

  function insertion(f) {
    return f.shown.replace(/^\+/, "") + " [" + f.id + "]";   // the words around say the direction; a minus stays
  }

  function find() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    while (results.firstChild) results.removeChild(results.firstChild);
    if (words.length === 0) { count.textContent = facts.length + " facts; type to search."; return; }
    var hits = facts.filter(function (f) {
      var h = haystack(f);
      return words.every(function (w) { return h.indexOf(w) >= 0; });
    });
    count.textContent = hits.length === 0 ? "No fact matches." : hits.length + " fact(s)" + (hits.length > SHOWN ? "; the first " + SHOWN + " shown" : "") + ".";
    hits.slice(0, SHOWN).forEach(function (f) {
      var li = el("li", "fact-hit");
      li.appendChild(el("span", "fact-id", "[" + f.id + "]"));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", "fact-label", f.label));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("strong", "fact-shown", f.shown));
      var b = el("button", "insert", "Insert " + insertion(f));
      b.type = "button";
      b.setAttribute("data-insert", insertion(f));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(b);
      results.appendChild(li);
    });
  }

  var caret = { start: editor.value.length, end: editor.value.length };
  editor.addEventListener("blur", function () { caret = { start: editor.selectionStart, end: editor.selectionEnd }; });
  results.addEventListener("click", function (e) {
    var b = e.target.closest("button.insert");
    if (!b) return;
    var ins = b.getAttribute("data-insert");
    editor.value = editor.value.slice(0, caret.start) + ins + editor.value.slice(caret.end);
    caret = { start: caret.start + ins.length, end: caret.start + ins.length };
    editor.focus();
    editor.setSelectionRange(caret.start, caret.end);
    edited();
  });
  search.addEventListener("input", find);
  find();

  // ---- unsaved changes ----
  document.getElementById("edit-form").addEventListener("submit", function () { leaving = true; });
  window.addEventListener("beforeunload", function (e) {
    if (leaving || !dirty()) return undefined;
    e.preventDefault();
    e.returnValue = "";
    return "";
  });

  var dialog = document.getElementById("unsaved-dialog");
  var pending = null;
  var dialogError = document.getElementById("unsaved-error");

  function go(form) {
    leaving = true;
    HTMLFormElement.prototype.submit.call(form);   // form.submit is shadowed by its button id="submit"
  }

  Array.prototype.forEach.call(document.querySelectorAll("form.act"), function (form) {
    form.addEventListener("submit", function (e) {
      if (e.defaultPrevented) return;   // confirm.js asked first and the editor said no
      if (!dirty()) { leaving = true; return; }
      e.preventDefault();
      pending = form;
      var words = form.getAttribute("data-action-words");
      document.getElementById("save-and-act").textContent = "Save and " + words;
      document.getElementById("discard-and-act").textContent = "Discard changes and " + words;
      document.getElementById("unsaved-text").textContent = "The text in the box differs from version "
        + editor.getAttribute("data-base-version") + ", which is what would be sent on. Save your changes as a new version first, or discard them?";
      dialogError.hidden = true;
      dialog.showModal();
    });
  });

  document.getElementById("keep-editing").addEventListener("click", function () { dialog.close(); editor.focus(); });
  document.getElementById("discard-and-act").addEventListener("click", function () {
    editor.value = saved;
    showDirty();
    go(pending);
  });
  document.getElementById("save-and-act").addEventListener("click", function () {
    var button = this;
    button.disabled = true;
    postJson("/api/drafts/" + draftId + "/versions", { baseVersion: Number(editor.getAttribute("data-base-version")), text: text() })
      .then(function (doc) {
        saved = editor.value;
        // the form acts on the version just saved: a restore's base, a transition's version
        var version = pending.querySelector('input[name="baseVersion"]') || pending.querySelector('input[name="version"]');
        if (version) version.value = doc.currentVersion;
        go(pending);
      })
      .catch(function (e) {
        button.disabled = false;
        dialogError.textContent = "Not saved: " + e.message + ". Your text is still in the box.";
        dialogError.hidden = false;
      });
  });

  showDirty();
  check();
})();
