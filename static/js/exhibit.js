// After htmx swaps a step in: move focus to its heading, update the title, and
// announce what changed. Without JavaScript every link is an ordinary page load.
(function () {
  "use strict";
  document.addEventListener("htmx:afterSettle", function (event) {
    var step = document.getElementById("step");
    if (!step || !step.contains(event.target) && event.target !== step) {
      return;
    }
    var title = step.getAttribute("data-title");
    if (title) {
      document.title = title;
    }
    var heading = step.querySelector("h1");
    if (heading) {
      heading.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
    var message = step.querySelector("[data-announce]");
    var announcer = document.getElementById("announcer");
    if (message && announcer) {
      announcer.textContent = "";
      window.setTimeout(function () {
        announcer.textContent = message.textContent;
      }, 50);
    }
  });
})();

// Predict, then reveal: after a guess swaps in its answer (the comparison's
// `#reveal`, a claim's card), move focus to what was revealed.
(function () {
  "use strict";
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.target;
    if (!target || !target.hasAttribute || !target.hasAttribute("data-reveal")) {
      return;
    }
    var focus = target.querySelector("[data-reveal-focus]");
    if (focus) {
      focus.focus();
    }
  });
})();
