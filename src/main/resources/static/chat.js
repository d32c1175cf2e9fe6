// The chat box on every page (the aside#chat-slot in the footer). A question goes to POST /api/ask as
// JSON; the answer comes back as Server-Sent Events, read from the fetch body as it streams: "status"
// events update the progress line, then one "answer" (validated text, the facts it cites, sources,
// writer, conversation id) or "error". Follow-ups send the conversation id, kept for the page's life.
// Every piece of text is put in with textContent or text nodes, never innerHTML: questions and answers
// stay text, whatever they contain. The chat is a panel that the fixed "Ask Factline" button opens from any
// scroll position (Escape or the close button closes it); each figure of an answer is highlighted with its
// fact like the article's, and the facts are listed collapsed under the answer. A refused question (rate
// limit) is put back in the box.
(function () {
  "use strict";
  var slot = document.getElementById("chat-slot");
  if (!slot || !window.fetch || !window.TextDecoder) return;
  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-question");
  var ask = document.getElementById("chat-ask");
  var opener = document.getElementById("chat-open");
  var closer = document.getElementById("chat-close");
  var fresh = document.getElementById("chat-new");
  var log = document.getElementById("chat-log");
  var progress = document.getElementById("chat-progress");
  var csrf = document.querySelector('meta[name="csrf-token"]');
  var date = slot.getAttribute("data-date");
  var conversationId = null;
  var turns = 0;
  var busy = false;

  var tips = 0;

  function open() {
    slot.hidden = false;
    opener.setAttribute("aria-expanded", "true");
    opener.hidden = true;
    input.focus();
  }

  function close() {
    slot.hidden = true;
    opener.hidden = false;
    opener.setAttribute("aria-expanded", "false");
    opener.focus();
  }

  if (opener && closer) {
    slot.classList.add("chat-panel");
    slot.setAttribute("role", "dialog");
    slot.setAttribute("aria-modal", "false");
    opener.hidden = false;
    opener.addEventListener("click", open);
    closer.addEventListener("click", close);
    slot.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && !(document.activeElement && document.activeElement.classList.contains("claim"))) close();
    });
  } else {
    slot.hidden = false;
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function setProgress(text, kind) {
    progress.className = "chat-progress" + (kind ? " chat-progress-" + kind : "");
    progress.textContent = text;
  }

  // "p[t] = 653.6959; p[t-1] = 646.89"; a series (dated values) is summarised by its count and range
  function inputs(map) {
    var parts = [];
    Object.keys(map || {}).forEach(function (k) {
      var v = map[k];
      if (v !== null && typeof v === "object") {
        var keys = Object.keys(v);
        parts.push(keys.length ? k + " = " + keys.length + " values, " + keys[0] + " to " + keys[keys.length - 1] : k + " = none");
      } else {
        parts.push(k + " = " + v);
      }
    });
    return parts.join("; ");
  }

  // "Daily bars of NVDA (Nvidia), from the S&P 500 data pack (Yahoo Finance)": the data set and who provided it
  function said(source) {
    return source.title + (source.location ? ", from " + source.location : "");
  }

  function footnote(fact, n, sources) {
    var li = el("li", "chat-footnote");
    if (/^F\d+$/.test(fact.id)) li.id = "chat-" + n + "-" + fact.id;
    li.appendChild(el("span", "chat-fn-label", "[" + fact.id + "] " + fact.label));
    li.appendChild(document.createTextNode(": "));
    li.appendChild(el("strong", "chat-fn-value", fact.display !== null && fact.display !== undefined ? fact.display : fact.value));
    li.appendChild(document.createTextNode("."));
    if (fact.formula) li.appendChild(el("span", "chat-fn-formula", " Formula: " + fact.formula + "."));
    var given = inputs(fact.inputs);
    if (given) li.appendChild(el("span", "chat-fn-inputs", " Inputs: " + given + "."));
    (fact.sources || []).forEach(function (id) {
      var s = sources[id];
      li.appendChild(el("span", "chat-fn-source", " Source: " + id + (s ? " " + said(s) : "") + "."));
    });
    return li;
  }

  // a figure of the answer, highlighted like the article's, with its fact on hover and focus
  function claim(figure, fact, sources) {
    var span = el("span", "claim claim-ok", figure);
    span.tabIndex = 0;
    var tip = el("span", "tip");
    tip.setAttribute("role", "tooltip");
    tip.id = "chat-tip-" + (++tips);
    span.setAttribute("aria-describedby", tip.id);
    tip.appendChild(el("span", "tip-status", "Checked against the data"));
    var f = el("span", "tip-fact");
    f.appendChild(el("span", "tip-label", "[" + fact.id + "] " + fact.label));
    f.appendChild(el("span", "tip-value", fact.display !== null && fact.display !== undefined ? fact.display : fact.value));
    (fact.sources || []).forEach(function (id) {
      if (sources[id]) f.appendChild(el("span", "tip-source", "Source: " + said(sources[id])));
    });
    tip.appendChild(f);
    span.appendChild(tip);
    return span;
  }

  // the figure just before a marker: "2.16%", "+1.11 pp", "1.05", "134.80 million shares"
  var FIGURE = /([+\-\u2212]?\$?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|pp|x|million|billion|thousand)(?:\s(?:shares))?)?)\s*$/;

  // the answer's text with each [F1] marker as a link to its footnote, and the figure before it highlighted
  function text(answer, n, known, sources) {
    var p = el("p", "chat-text");
    var re = /\[(F\d+)\]/g, at = 0, m;
    while ((m = re.exec(answer.text)) !== null) {
      var before = answer.text.slice(at, m.index);
      var fig = known[m[1]] ? FIGURE.exec(before) : null;
      if (fig) {
        var rest = before.slice(fig.index + fig[1].length);
        p.appendChild(document.createTextNode(before.slice(0, fig.index)));
        p.appendChild(claim(fig[1], known[m[1]], sources));
        p.appendChild(document.createTextNode(rest));
      } else {
        p.appendChild(document.createTextNode(before));
      }
      if (known[m[1]]) {
        var sup = el("sup", "cite");
        var a = el("a", null, m[0]);
        a.href = "#chat-" + n + "-" + m[1];
        sup.appendChild(a);
        p.appendChild(sup);
      } else {
        p.appendChild(document.createTextNode(m[0]));
      }
      at = re.lastIndex;
    }
    p.appendChild(document.createTextNode(answer.text.slice(at)));
    return p;
  }

  function writerNote(writer) {
    if (writer === "offline") return "Written by Factline's offline writer from its templates; every figure was checked against the facts below.";
    var model = writer.indexOf("llm:") === 0 ? writer.slice(4) : writer;
    return "Drafted by the model " + model + "; every figure was checked against the facts below before it was shown.";
  }

  function showAnswer(turn, answer, n) {
    var box = el("div", "chat-answer");
    var known = {};
    (answer.facts || []).forEach(function (f) { known[f.id] = f; });
    var sources = {};
    (answer.sources || []).forEach(function (s) { sources[s.id] = s; });
    box.appendChild(text(answer, n, known, sources));
    if (answer.facts && answer.facts.length) {
      var facts = el("details", "chat-facts");
      facts.appendChild(el("summary", null, "The facts behind this answer (" + answer.facts.length + ")"));
      var notes = el("ol", "chat-footnotes");
      notes.setAttribute("aria-label", "Facts cited");
      answer.facts.forEach(function (f) { notes.appendChild(footnote(f, n, sources)); });
      facts.appendChild(notes);
      box.appendChild(facts);
    }
    box.appendChild(el("p", "chat-writer muted small", writerNote(answer.writer || "")));
    turn.appendChild(box);
  }

  function showError(turn, message) {
    turn.appendChild(el("p", "chat-error", message));
    setProgress(message, "error");
  }

  // Server-Sent Events from a streaming body: lines up to a blank line make one event
  function readEvents(response, onEvent) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder("utf-8");
    var buffer = "", name = null, data = null;
    function line(l) {
      if (l.charAt(l.length - 1) === "\r") l = l.slice(0, -1);
      if (l === "") {
        if (data !== null) onEvent(name || "message", data);
        name = null;
        data = null;
        return;
      }
      if (l.charAt(0) === ":") return;   // a comment: the server's keep-alive
      var i = l.indexOf(":");
      var field = i < 0 ? l : l.slice(0, i);
      var value = i < 0 ? "" : l.slice(i + 1);
      if (value.charAt(0) === " ") value = value.slice(1);
      if (field === "event") name = value;
      else if (field === "data") data = data === null ? value : data + "\n" + value;
    }
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) {
          buffer += decoder.decode();
          if (buffer) line(buffer);
          line("");
          return;
        }
        buffer += decoder.decode(chunk.value, { stream: true });
        var lines = buffer.split("\n");
        buffer = lines.pop();
        lines.forEach(line);
        return pump();
      });
    }
    return pump();
  }

  function refusal(response) {
    return response.text().then(function (body) {
      var message = "HTTP " + response.status;
      try { message = JSON.parse(body).message || message; } catch (e) { /* not JSON: keep the status */ }
      if (response.status === 429 || response.status === 503) {
        var wait = response.headers.get("Retry-After");
        return "Too many questions right now" + (wait ? "; ask again in " + wait + " s." : ".") + " (" + message + ")";
      }
      return "Could not ask: " + message;
    });
  }

  function send(question) {
    busy = true;
    ask.disabled = true;
    log.setAttribute("aria-busy", "true");
    var n = ++turns;
    var turn = el("li", "chat-turn");
    var q = el("p", "chat-question");
    q.appendChild(el("span", "chat-who", "You asked: "));
    q.appendChild(document.createTextNode(question));
    turn.appendChild(q);
    log.appendChild(turn);
    var steps = [], stepNames = [];
    progress.removeAttribute("data-steps");
    setProgress("Sending the question\u2026");
    var body = { question: question };
    if (date) body.date = date;
    if (conversationId) body.conversationId = conversationId;
    var headers = { "Content-Type": "application/json", "Accept": "text/event-stream" };
    if (csrf) headers["X-CSRF-Token"] = csrf.content;
    var ended = false;
    fetch("/api/ask", { method: "POST", credentials: "same-origin", headers: headers, body: JSON.stringify(body) })
      .then(function (response) {
        if (!response.ok) {
          return refusal(response).then(function (message) {
            ended = true;
            showError(turn, message);
            if (!input.value) input.value = question;   // kept, to ask again when the limit allows
          });
        }
        return readEvents(response, function (name, data) {
          var payload;
          try { payload = JSON.parse(data); } catch (e) { return; }
          if (name === "status") {
            steps.push(payload.message);
            stepNames.push(payload.step);
            progress.setAttribute("data-steps", stepNames.join(" "));
            setProgress(steps.join(" \u2713 \u00b7 ") + "\u2026", "working");
          } else if (name === "answer" && !ended) {
            ended = true;
            conversationId = payload.conversationId || conversationId;
            if (conversationId) slot.setAttribute("data-conversation", conversationId);
            fresh.hidden = !conversationId;
            showAnswer(turn, payload, n);
            setProgress((steps.length ? steps.join(" \u2713 \u00b7 ") + " \u2713 \u00b7 " : "") + "Answered.", "done");
          } else if (name === "error" && !ended) {
            ended = true;
            showError(turn, payload.message || "Factline could not answer this question.");
          }
        }).then(function () {
          if (!ended) showError(turn, "The connection ended before the answer arrived; please ask again.");
        });
      })
      .catch(function (e) {
        if (!ended) showError(turn, "Could not reach Factline: " + e.message);
      })
      .then(function () {
        busy = false;
        ask.disabled = false;
        log.removeAttribute("aria-busy");
        turn.setAttribute("data-done", "true");
      });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var question = input.value.trim();
    if (busy || !question) return;
    input.value = "";
    send(question);
  });

  // a marker's footnote is in the collapsed list: open it before the link moves there
  log.addEventListener("click", function (e) {
    var link = e.target.closest ? e.target.closest("sup.cite a") : null;
    var note = link && document.getElementById(link.getAttribute("href").slice(1));
    var facts = note && note.closest("details");
    if (facts) facts.open = true;
  });

  fresh.addEventListener("click", function () {
    if (busy) return;
    conversationId = null;
    slot.removeAttribute("data-conversation");
    while (log.firstChild) log.removeChild(log.firstChild);
    setProgress("");
    progress.removeAttribute("data-steps");
    fresh.hidden = true;
    input.focus();
  });
})();
