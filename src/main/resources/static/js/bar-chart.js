// Draws every canvas.bar-chart from its data-chart JSON: {labels, values} as one series named by
// data-label, or {labels, before, after} as two series named by data-before and data-after.
document.addEventListener("DOMContentLoaded", function () {
  if (!window.Chart) {
    return;
  }
  document.querySelectorAll("canvas.bar-chart").forEach(function (canvas) {
    var data = JSON.parse(canvas.dataset.chart);
    var series = data.values
      ? [{ label: canvas.dataset.label, data: data.values, backgroundColor: "#0d6efd" }]
      : [
          { label: canvas.dataset.before, data: data.before, backgroundColor: "#adb5bd" },
          { label: canvas.dataset.after, data: data.after, backgroundColor: "#0d6efd" }
        ];
    new Chart(canvas, {
      type: "bar",
      data: { labels: data.labels, datasets: series },
      options: {
        plugins: { legend: { display: series.length > 1 } },
        scales: { y: { beginAtZero: true, ticks: { precision: data.values ? undefined : 0 } } }
      }
    });
  });
});
