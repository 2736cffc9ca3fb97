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

// Inside a lesson: the words of a step open and close, and a step can be read aloud with
// the device's own voices only (a voice marked localService never sends the text away).
(function () {
  "use strict";
  var READ = "#step h1, #step .beat, #step .scene__where, #step .scene__says, #step .scene__what";

  function definitionOf(button) {
    return document.getElementById(button.getAttribute("aria-controls"));
  }

  function collapse() {
    document.querySelectorAll("[data-term]").forEach(function (button) {
      var definition = definitionOf(button);
      if (definition) {
        definition.hidden = true;
        button.setAttribute("aria-expanded", "false");
      }
    });
  }

  function localVoice() {
    if (!("speechSynthesis" in window)) {
      return null;
    }
    var lang = (document.documentElement.lang || "en").toLowerCase().split("-")[0];
    var voices = window.speechSynthesis.getVoices();
    for (var i = 0; i < voices.length; i += 1) {
      if (voices[i].localService && voices[i].lang.toLowerCase().indexOf(lang) === 0) {
        return voices[i];
      }
    }
    return null;
  }

  function offerReading() {
    var button = document.querySelector("[data-read-aloud]");
    if (button) {
      button.hidden = !localVoice();
    }
  }

  function stepText() {
    return Array.prototype.map.call(document.querySelectorAll(READ), function (part) {
      return part.textContent.replace(/\s+/g, " ").trim();
    }).join(". ");
  }

  function read(button) {
    var synth = window.speechSynthesis;
    if (synth.speaking) {
      synth.cancel();
      button.textContent = button.getAttribute("data-read");
      return;
    }
    var voice = localVoice();
    if (!voice) {
      return;
    }
    var utterance = new window.SpeechSynthesisUtterance(stepText());
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = function () {
      button.textContent = button.getAttribute("data-read");
    };
    button.textContent = button.getAttribute("data-stop");
    synth.speak(utterance);
  }

  document.addEventListener("click", function (event) {
    var term = event.target.closest && event.target.closest("[data-term]");
    if (term) {
      var definition = definitionOf(term);
      var open = term.getAttribute("aria-expanded") === "true";
      term.setAttribute("aria-expanded", open ? "false" : "true");
      if (definition) {
        definition.hidden = open;
      }
      return;
    }
    var reader = event.target.closest && event.target.closest("[data-read-aloud]");
    if (reader) {
      read(reader);
    }
  });

  function ready() {
    collapse();
    offerReading();
  }

  document.addEventListener("htmx:beforeSwap", function () {
    if ("speechSynthesis" in window) {
      window.speechSynthesis.cancel();
    }
  });
  document.addEventListener("htmx:afterSettle", ready);
  if ("speechSynthesis" in window && window.speechSynthesis.addEventListener) {
    window.speechSynthesis.addEventListener("voiceschanged", offerReading);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();

// The language switch names the page on screen: after htmx moves to another step, it is
// pointed at that step in the other language (without JavaScript every page is loaded
// whole and the server writes the right address).
(function () {
  "use strict";
  var PREFIXES = /^\/zh-hans(?=\/|$)/;
  document.addEventListener("htmx:pushedIntoHistory", function () {
    document.querySelectorAll("[data-language-switch]").forEach(function (link) {
      var path = window.location.pathname.replace(PREFIXES, "") || "/";
      link.setAttribute("href", link.getAttribute("data-language-prefix") + path + window.location.search);
    });
  });
})();
