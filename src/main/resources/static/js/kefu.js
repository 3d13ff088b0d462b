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
