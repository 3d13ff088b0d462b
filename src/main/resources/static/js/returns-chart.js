// Draws the month's returns and exchanges by reason from the canvas's data-chart JSON
// ({labels, datasets: [{label, values}]}) as stacked bars, one colour per series.
(function () {
  function draw() {
    var canvas = document.getElementById("returns-chart");
    if (!canvas || !window.Chart || canvas.dataset.drawn) {
      return;
    }
    canvas.dataset.drawn = "true";
    var data = JSON.parse(canvas.dataset.chart);
    var colors = ["#dc3545", "#0d6efd"];
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: data.datasets.map(function (d, i) {
          return { label: d.label, data: d.values, backgroundColor: colors[i % colors.length] };
        })
      },
      options: {
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }
        }
      }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
