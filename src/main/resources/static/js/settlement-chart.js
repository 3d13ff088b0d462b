// Draws the fine totals per store from the canvas's data-chart JSON ({labels, values}).
document.addEventListener("DOMContentLoaded", function () {
  var canvas = document.getElementById("fines-by-store");
  if (!canvas || !window.Chart) {
    return;
  }
  var data = JSON.parse(canvas.dataset.chart);
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: [{ label: canvas.dataset.label, data: data.values, backgroundColor: "#0d6efd" }]
    },
    options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } }
  });
});
