// The page behaviour the templates ask for through data- attributes; nothing runs inline, so the
// Content-Security-Policy can refuse inline script.

// Sends the CSRF token with every htmx request, and re-applies it after swaps.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// <form data-confirm="question">: asks before submitting, and stays put when the user declines.
document.addEventListener("submit", function (event) {
  var question = event.target.dataset && event.target.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// <select data-submit-on-change>: choosing an option submits its form.
document.addEventListener("change", function (event) {
  if (event.target.matches("[data-submit-on-change]") && event.target.form) {
    event.target.form.requestSubmit();
  }
});

// Lists read on a phone: every cell of a list table carries its column's header as data-label, so
// that kefu.css can show each row as a card of labelled values on a narrow screen. Tables inside
// .table-responsive keep scrolling sideways instead. Runs at load and on content htmx swaps in.
function labelTableCells(root) {
  var tables = (root.matches && root.matches("table") ? [root] : []).concat(
    Array.prototype.slice.call(root.querySelectorAll ? root.querySelectorAll("table") : []));
  tables.forEach(function (table) {
    if (!table.tHead || table.closest(".table-responsive")) {
      return;
    }
    var labels = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) {
      return th.textContent.replace(/\s+/g, " ").trim();
    });
    table.classList.add("table-cards");
    Array.prototype.forEach.call(table.querySelectorAll("tbody tr, tfoot tr"), function (row) {
      var column = 0;
      Array.prototype.forEach.call(row.cells, function (cell) {
        if (cell.colSpan === 1 && labels[column]) {
          cell.setAttribute("data-label", labels[column]);
        }
        column += cell.colSpan;
      });
    });
  });
}
document.addEventListener("DOMContentLoaded", function () {
  labelTableCells(document);
});
document.addEventListener("htmx:load", function (event) {
  labelTableCells(event.target);
});

// <div data-picker> with an input and a list the server fills as you type (fragments/employee-picker):
// choosing an entry puts its code in the input and closes the list; Escape or a click elsewhere
// closes it too.
document.addEventListener("click", function (event) {
  var option = event.target.closest("[data-pick]");
  document.querySelectorAll("[data-picker]").forEach(function (picker) {
    if (option && picker.contains(option)) {
      var input = picker.querySelector("input");
      input.value = option.dataset.pick;
      input.dispatchEvent(new Event("change", { bubbles: true }));
      input.focus();
    }
    if (option || !picker.contains(event.target)) {
      picker.querySelector("[role=listbox]").replaceChildren();
    }
  });
});
document.addEventListener("keydown", function (event) {
  var picker = event.key === "Escape" && event.target.closest && event.target.closest("[data-picker]");
  if (picker) {
    picker.querySelector("[role=listbox]").replaceChildren();
  }
});
