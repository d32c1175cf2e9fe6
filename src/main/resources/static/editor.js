// Live validation of the edit box: after the editor pauses typing, POST /api/validate against the
// draft's fact sheet and show the verdict and the text with every claim marked (failing ones in red).
// The preview is built with text nodes only, never innerHTML, so no text can become markup.
(function () {
  "use strict";
  var editor = document.getElementById("editor");
  if (!editor) return;
  var verdict = document.getElementById("live-verdict");
  var preview = document.getElementById("live-preview");
  var csrf = document.querySelector('meta[name="csrf-token"]');
  var draftId = Number(editor.getAttribute("data-draft-id"));
  var timer = null;
  var sent = 0;

  function show(text, report) {
    var marks = report.claims.map(function (c) {
      return { start: c.start, end: c.end, bad: c.status !== "supported", note: c.status + ": " + (c.message || "") };
    }).concat(report.problems.map(function (p) {
      return { start: p.start, end: p.end, bad: true, note: p.kind + ": " + p.message };
    })).sort(function (a, b) { return a.start - b.start; });
    while (preview.firstChild) preview.removeChild(preview.firstChild);
    var at = 0;
    marks.forEach(function (m) {
      if (m.start < at || m.end > text.length) return;
      preview.appendChild(document.createTextNode(text.slice(at, m.start)));
      var mark = document.createElement("mark");
      mark.className = m.bad ? "bad" : "ok";
      mark.title = m.note;
      mark.textContent = text.slice(m.start, m.end);
      preview.appendChild(mark);
      at = m.end;
    });
    preview.appendChild(document.createTextNode(text.slice(at)));
    var failing = marks.filter(function (m) { return m.bad; }).length;
    verdict.className = "live-verdict " + (report.verdict === "pass" ? "verdict-pass" : "verdict-fail");
    verdict.textContent = report.verdict === "pass"
      ? "Passes: all " + report.claims.length + " claims are supported."
      : "Fails: " + failing + " problem(s). Approval will be refused unless you give an override reason.";
    verdict.setAttribute("data-verdict", report.verdict);
  }

  function check() {
    var text = editor.value.replace(/\r\n/g, "\n");
    var mine = ++sent;
    verdict.textContent = "Checking…";
    verdict.removeAttribute("data-verdict");
    fetch("/api/validate", {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": csrf ? csrf.content : "" },
      body: JSON.stringify({ text: text, draftId: draftId })
    }).then(function (r) {
      return r.json().then(function (body) { if (!r.ok) throw new Error(body.message || ("HTTP " + r.status)); return body; });
    }).then(function (report) {
      if (mine === sent) show(text, report);   // an older answer must not overwrite a newer one
    }).catch(function (e) {
      if (mine === sent) { verdict.className = "live-verdict verdict-fail"; verdict.textContent = "Could not check: " + e.message; }
    });
  }

  editor.addEventListener("input", function () {
    if (timer) clearTimeout(timer);
    timer = setTimeout(check, 400);   // after a pause in typing, not on every key
  });
  check();
})();
