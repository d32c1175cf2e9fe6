// Draws the chart of the cited instruments with uPlot (served from its webjar). Data comes from the
// element's data-src (GET /api/chart); nothing here is inline, as the Content-Security-Policy requires.
(function () {
  "use strict";
  var el = document.getElementById("chart");
  if (!el || typeof uPlot === "undefined") return;
  var colors = ["#1a4fa3", "#b3261e", "#1f6f43", "#8a5a00", "#6a3fa0", "#00707a", "#a3461a", "#3d3d3d",
    "#c2185b", "#558b2f", "#0277bd", "#6d4c41", "#7b1fa2", "#00838f", "#ef6c00", "#455a64", "#9e9d24", "#5d4037",
    "#283593", "#ad1457"];
  fetch(el.getAttribute("data-src"), { credentials: "same-origin", headers: { "Accept": "application/json" } })
    .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
    .then(function (data) {
      // Market dates are days, not instants: x values at UTC midnight, shown in UTC, so a browser in New York
      // shows 2026-03-23, not "2026-03-22 8:00pm" (as on the public pages, static/reader.js).
      var xs = data.dates.map(function (d) { return Date.parse(d + "T00:00:00Z") / 1000; });
      var isoDay = function (u, v) { return v == null ? "" : new Date(v * 1000).toISOString().slice(0, 10); };
      var series = [{ label: "Market date", value: isoDay }];
      var columns = [xs];
      data.series.forEach(function (s, i) {
        series.push({ label: s.symbol, stroke: colors[i % colors.length], width: 1.5, spanGaps: false });
        columns.push(s.values);
      });
      var width = Math.max(280, el.clientWidth || 320);
      el.uplot = new uPlot({ width: width, height: 260, series: series, scales: { x: { time: true } },
        tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"); },
        axes: [{ values: "{D} {MMM}" }, { label: "rebased to 100" }], legend: { live: true } }, columns, el);
      el.setAttribute("data-ready", "true");
    })
    .catch(function (e) {
      el.textContent = "Chart unavailable: " + e.message;
      el.setAttribute("data-ready", "error");
    });
})();
