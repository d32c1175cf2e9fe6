// The public pages (views/home.mustache, views/published.mustache): keeps fact popovers inside the viewport
// and draws the chart from its table. Nothing inline: the Content-Security-Policy forbids it.
(function () {
  "use strict";
  var MARGIN = 8;

  // Popovers: on a wide screen shifted left or up so they stay inside the viewport; on a phone (CSS) a bottom sheet.
  function place(claim) {
    var tip = claim.querySelector(".tip");
    if (!tip || window.matchMedia("(max-width: 600px)").matches) return;
    tip.classList.remove("tip-above");
    tip.style.left = "0px";
    var box = claim.getBoundingClientRect();
    // measured where the tip is drawn, not from the claim's box: a claim that wraps onto a second line has a
    // box wider than the line fragment the tip hangs from
    var drawn = tip.getBoundingClientRect();
    var room = document.documentElement.clientWidth;
    var left = 0;
    if (drawn.right > room - MARGIN) left = room - MARGIN - drawn.right;
    if (drawn.left + left < MARGIN) left = MARGIN - drawn.left;
    tip.style.left = Math.round(left) + "px";
    var tipBox = tip.getBoundingClientRect();
    if (tipBox.bottom > window.innerHeight - MARGIN && box.top - tip.offsetHeight > MARGIN) tip.classList.add("tip-above");
  }

  function popovers() {
    document.querySelectorAll(".claim").forEach(function (claim) {
      claim.addEventListener("mouseenter", function () { place(claim); });
      claim.addEventListener("focus", function () { place(claim); });
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && document.activeElement && document.activeElement.classList.contains("claim")) document.activeElement.blur();
    });
  }

  // Market dates are days, not instants: the chart keeps its x values at UTC midnight and shows them in UTC,
  // so a browser in New York shows 2026-03-23, not "2026-03-22 8:00pm".
  function isoDay(seconds) {
    return new Date(seconds * 1000).toISOString().slice(0, 10);
  }

  function chart() {
    var el = document.getElementById("reader-chart");
    var table = el && document.getElementById(el.getAttribute("data-table"));
    if (!el || !table || typeof uPlot === "undefined") return;
    var heads = table.querySelectorAll("thead th[data-symbol]");
    var rows = table.querySelectorAll("tbody tr");
    var xs = [], columns = [], series = [{ label: "Market date", value: function (u, v) { return v == null ? "" : isoDay(v); } }];
    var strong = ["#1a4fa3", "#b3261e", "#1f6f43"], quiet = ["#8a93a6", "#a08a6a", "#7f9f8f", "#9a86b8", "#6f9aa0", "#b0896f", "#8d8d8d"];
    var s = 0, q = 0;
    heads.forEach(function (th) {
      var emphasis = th.getAttribute("data-emphasis") === "true";
      series.push({ label: th.getAttribute("data-symbol"), width: emphasis ? 3 : 1.25, spanGaps: false,
        stroke: emphasis ? strong[s++ % strong.length] : quiet[q++ % quiet.length],
        value: function (u, v) { return v == null ? "–" : v.toFixed(2); } });
      columns.push([]);
    });
    rows.forEach(function (tr) {
      xs.push(Date.parse(tr.getAttribute("data-date") + "T00:00:00Z") / 1000);
      tr.querySelectorAll("td").forEach(function (td, i) {
        columns[i].push(td.textContent === "" ? null : parseFloat(td.textContent));
      });
    });
    var width = Math.max(280, el.clientWidth || 320);
    var plot = new uPlot({
      width: width, height: width < 500 ? 220 : 280, series: series,
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"); },
      scales: { x: { time: true } },
      axes: [{ values: "{D} {MMM}" }, { label: "rebased to 100", size: 56 }],
      legend: { live: true }
    }, [xs].concat(columns), el);
    el.uplot = plot;
    el.setAttribute("data-first-day", isoDay(xs[0]));
    el.setAttribute("data-last-day", isoDay(xs[xs.length - 1]));
    el.setAttribute("data-ready", "true");
    window.addEventListener("resize", function () {
      var w = Math.max(280, el.clientWidth || 320);
      plot.setSize({ width: w, height: w < 500 ? 220 : 280 });
    });
  }

  popovers();
  try { chart(); } catch (e) {
    var el = document.getElementById("reader-chart");
    if (el) { el.textContent = "Chart unavailable; the table below has its data."; el.setAttribute("data-ready", "error"); }
  }
})();
