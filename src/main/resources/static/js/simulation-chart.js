// Draws how many employees fall in each band before and after a what-if run, from the canvas's
// data-chart JSON ({labels, before, after}).
document.addEventListener("DOMContentLoaded", function () {
  var canvas = document.getElementById("simulation-chart");
  if (!canvas || !window.Chart) {
    return;
  }
  var data = JSON.parse(canvas.dataset.chart);
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: [
        { label: canvas.dataset.before, data: data.before, backgroundColor: "#adb5bd" },
        { label: canvas.dataset.after, data: data.after, backgroundColor: "#0d6efd" }
      ]
    },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
  });
});
