// The overview chart: per night, launched (up) and defeated (down), stacked by weapon class.
// The data comes from the page itself (#series-data, and the weapon classes' names from #weapon-labels);
// plotly.js is served by this server.
(function () {
  "use strict";
  var COLORS = {drone: "#d9822b", missile: "#c23030", guided_bomb: "#7157d9", rocket: "#29a634",
                naval_drone: "#2b95d6", any: "#5c7080"};
  var LABELS = {};  // read from the page in draw()

  function negate(values) {
    return values.map(function (v) { return v === null ? null : -v; });
  }

  function barTraces(data) {
    var traces = [];
    Object.keys(data.weapons).forEach(function (weapon) {
      if (weapon === "any") { return; }
      var cols = data.weapons[weapon];
      traces.push({type: "bar", name: LABELS[weapon] + " launched", legendgroup: weapon, x: data.nights,
                   y: cols.launched, marker: {color: COLORS[weapon]},
                   hovertemplate: "%{x}: %{y:,} " + LABELS[weapon] + " launched<extra></extra>"});
      traces.push({type: "bar", name: LABELS[weapon] + " defeated", legendgroup: weapon, x: data.nights,
                   y: negate(cols.defeated), customdata: cols.defeated,
                   marker: {color: COLORS[weapon], opacity: 0.5},
                   hovertemplate: "%{x}: %{customdata:,} " + LABELS[weapon] + " defeated<extra></extra>"});
    });
    return traces;
  }

  // Figures that name no class ("60 drones and missiles") overlap the classed ones: dots, not bars.
  function unsplitTraces(data) {
    var cols = data.weapons.any;
    if (!cols) { return []; }
    return [
      {type: "scatter", mode: "markers", name: "unsplit launched", x: data.nights, y: cols.launched,
       marker: {color: COLORS.any, symbol: "circle-open", size: 7},
       hovertemplate: "%{x}: %{y:,} aerial targets launched<extra></extra>"},
      {type: "scatter", mode: "markers", name: "unsplit defeated", x: data.nights, y: negate(cols.defeated),
       customdata: cols.defeated, marker: {color: COLORS.any, symbol: "x-thin-open", size: 7},
       hovertemplate: "%{x}: %{customdata:,} aerial targets defeated<extra></extra>"}
    ];
  }

  function recordTrace(data) {
    if (!data.records.length) { return []; }
    return [{type: "scatter", mode: "markers+text", name: "record", x: data.records.map(function (r) { return r.date; }),
             y: data.records.map(function (r) { return r.count; }), text: data.records.map(function () { return "★"; }),
             textposition: "top center", marker: {color: "#1c2127", size: 5},
             customdata: data.records.map(function (r) {
               return LABELS[r.weapon] + ": " + r.count.toLocaleString("en") +
                 (r.previous_record === null ? "" : " (previous " + r.previous_record.toLocaleString("en") +
                  " on " + r.previous_record_date + ")");
             }),
             hovertemplate: "%{x}: record, %{customdata}<extra></extra>"}];
  }

  function draw() {
    var el = document.getElementById("timeline");
    var data = JSON.parse(document.getElementById("series-data").textContent);
    LABELS = JSON.parse(document.getElementById("weapon-labels").textContent);
    var traces = barTraces(data).concat(unsplitTraces(data), recordTrace(data));
    var layout = {
      barmode: "relative", bargap: 0.1, height: 460, margin: {l: 60, r: 20, t: 40, b: 40},
      legend: {orientation: "h", x: 1, xanchor: "right", y: 1.12}, hovermode: "closest",
      xaxis: {type: "date", rangeslider: {visible: true, thickness: 0.08},
              rangeselector: {buttons: [{count: 7, label: "7d", step: "day", stepmode: "backward"},
                                        {count: 1, label: "1m", step: "month", stepmode: "backward"},
                                        {count: 6, label: "6m", step: "month", stepmode: "backward"},
                                        {step: "all", label: "all"}]}},
      yaxis: {title: {text: "launched ↑   defeated ↓"}, tickformat: ",d", zeroline: true}
    };
    Plotly.newPlot(el, traces, layout, {displaylogo: false, responsive: true}).then(function () {
      el.setAttribute("data-ready", "1");  // lets the browser tests wait for the drawing
    });
  }

  document.addEventListener("DOMContentLoaded", draw);
})();
