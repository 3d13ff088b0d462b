// Draws a trend from the canvas's data-chart JSON ({labels, datasets: [{label, values}]}):
// the first dataset as bars on the left axis, the second as a line on the right one.
(function () {
  function draw() {
    var canvas = document.getElementById("trend-chart");
    if (!canvas || !window.Chart || canvas.dataset.drawn) {
      return;
    }
    canvas.dataset.drawn = "true";
    var data = JSON.parse(canvas.dataset.chart);
    var colors = ["#0d6efd", "#dc3545"];
    new Chart(canvas, {
      data: {
        labels: data.labels,
        datasets: data.datasets.map(function (d, i) {
          return {
            type: i === 0 ? "bar" : "line",
            label: d.label,
            data: d.values,
            backgroundColor: colors[i % colors.length],
            borderColor: colors[i % colors.length],
            yAxisID: i === 0 ? "y" : "y1"
          };
        })
      },
      options: {
        scales: {
          y: { beginAtZero: true, position: "left" },
          y1: { beginAtZero: true, position: "right", grid: { drawOnChartArea: false } }
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
