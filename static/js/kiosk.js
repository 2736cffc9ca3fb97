// Kiosk mode (SCORED_KIOSK=1): loaded only on a kiosk. The attract screen, the idle reset,
// Start over, More time and text size live here. Plain ES5-ish, no build step, no inline
// script (CSP). Every timer reads Date.now() against a deadline rather than counting
// ticks, so a sleeping tab (or Playwright's clock jumping) never stretches the countdown.
(function () {
  "use strict";

  var body = document.body;
  var root = document.documentElement;
  var HOME = body.getAttribute("data-kiosk-home") || "/";
  var ATTRACT_URL = HOME + "?attract=1";
  var IDLE_SECONDS = seconds("data-kiosk-idle", 90);
  var WARNING_SECONDS = seconds("data-kiosk-warning", 30);
  var MORE_TIME_FACTOR = 10; // WCAG 2.2.1 "Adjust": at least ten times the default
  var ANNOUNCE_EVERY = 10; // seconds: a live region that spoke every second would drown the page
  var TOKEN_PREFIX = "scored-kiosk-visit:";
  var KEYS = {
    visiting: "scored-kiosk-visiting",
    moreTime: "scored-kiosk-more-time",
    textSize: "scored-kiosk-text-size",
  };
  var ACTIVITY = ["pointerdown", "keydown", "wheel", "touchstart", "scroll"];

  var idleTimer = null;
  var tickTimer = null;
  var deadline = 0;
  var lastAnnounced = -1;
  var attractShowing = false;

  function seconds(name, fallback) {
    var value = parseInt(body.getAttribute(name), 10);
    return value > 0 ? value : fallback;
  }

  function dialog(name) {
    return document.querySelector('[data-kiosk-dialog="' + name + '"]');
  }

  // sessionStorage holds only this visitor's choices; the reset clears it. A browser
  // that refuses storage (a locked-down profile) still gets the timers.
  function recall(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (error) {
      return null;
    }
  }

  function remember(key, value) {
    try {
      if (value === null) {
        window.sessionStorage.removeItem(key);
      } else {
        window.sessionStorage.setItem(key, value);
      }
    } catch (error) {
      // Nothing to keep: the choice lasts until the next full page load.
    }
  }

  // --- History: what Back can reach after a reset ------------------------------------
  // location.replace() only replaces the current entry; the previous visitor's earlier
  // entries stay in the tab's history. Script cannot delete them, so each entry records
  // the visit that made it (history.state.kioskVisit) and the tab's current visit lives
  // in window.name, which survives navigation but is not storage the reset must empty.
  // The reset gives the tab a new visit; an entry of an earlier visit that comes back
  // (Back, a swipe, Alt+Left, the back-forward cache) is replaced by the attract at once.

  function visit() {
    if (window.name.indexOf(TOKEN_PREFIX) !== 0) {
      window.name = newVisit();
    }
    return window.name;
  }

  function newVisit() {
    return TOKEN_PREFIX + Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  function marked(state) {
    var copy = {};
    if (state && typeof state === "object") {
      Object.keys(state).forEach(function (key) {
        copy[key] = state[key];
      });
    }
    copy.kioskVisit = visit();
    return copy;
  }

  // htmx writes {htmx: true} into entries as it swaps steps (and overwrites the entry
  // it leaves); wrapping both methods marks every entry, whoever writes it.
  function markEveryEntry() {
    ["pushState", "replaceState"].forEach(function (method) {
      var original = window.history[method];
      window.history[method] = function (state, title, url) {
        return original.call(window.history, marked(state), title, url);
      };
    });
    window.history.replaceState(window.history.state, "");
  }

  function fromEarlierVisit() {
    var state = window.history.state;
    return Boolean(state && state.kioskVisit && state.kioskVisit !== visit());
  }

  function leaveEarlierVisit() {
    // Hidden at once (kiosk.css) so the earlier step is not seen while the attract loads.
    root.setAttribute("data-kiosk-leaving", "");
    window.location.replace(ATTRACT_URL);
  }

  // --- The reset ----------------------------------------------------------------------

  function reset() {
    stopTimers();
    try {
      window.localStorage.clear();
      window.sessionStorage.clear();
    } catch (error) {
      // Storage refused: there is nothing in it to clear.
    }
    window.name = newVisit();
    leaveEarlierVisit();
  }

  // --- Attract ------------------------------------------------------------------------

  function showAttract(attract) {
    var asked = /[?&]attract=1(&|$)/.test(window.location.search);
    if (!asked && recall(KEYS.visiting)) {
      attract.remove(); // a visitor coming back to the home page mid-visit
      return false;
    }
    // Rendered open (so no start page flashes before this runs); modal makes the page
    // under it inert and keeps the first touch on the attract itself.
    if (attract.open) {
      attract.close();
    }
    attract.showModal();
    attractShowing = true;
    // pointerdown: no focus or press lands anywhere. The click ends the gesture, so
    // dismissing then leaves no event of it to reach what was under the finger.
    attract.addEventListener("pointerdown", swallow, true);
    attract.addEventListener("click", dismissAttract, true);
    attract.addEventListener("keydown", dismissAttract, true);
    attract.addEventListener("cancel", dismissAttract);
    return true;
  }

  function swallow(event) {
    event.preventDefault();
    event.stopPropagation();
  }

  function dismissAttract(event) {
    var attract = document.querySelector("[data-attract]");
    swallow(event);
    if (!attract || !attractShowing) {
      return;
    }
    attractShowing = false;
    attract.close();
    attract.remove();
    remember(KEYS.visiting, "1");
    if (/[?&]attract=1/.test(window.location.search)) {
      window.history.replaceState(window.history.state, "", HOME);
    }
    guardGhostClicks();
    window.scrollTo(0, 0);
    restartIdle();
  }

  // A touch screen may send a late synthetic click after the attract has gone. Until the
  // next gesture begins (a new pointerdown or key), no click may activate anything. No
  // timer: a ghost click never comes with a pointerdown of its own.
  function guardGhostClicks() {
    function release() {
      document.removeEventListener("click", swallow, true);
      document.removeEventListener("pointerdown", release, true);
      document.removeEventListener("keydown", release, true);
    }
    document.addEventListener("click", swallow, true);
    document.addEventListener("pointerdown", release, true);
    document.addEventListener("keydown", release, true);
  }

  // --- Idle warning, two tiers ---------------------------------------------------------

  function idleMilliseconds() {
    return IDLE_SECONDS * 1000 * (recall(KEYS.moreTime) ? MORE_TIME_FACTOR : 1);
  }

  function stopTimers() {
    window.clearTimeout(idleTimer);
    window.clearTimeout(tickTimer);
  }

  function restartIdle() {
    window.clearTimeout(idleTimer);
    idleTimer = window.setTimeout(warn, idleMilliseconds());
  }

  function onActivity() {
    var idle = dialog("idle");
    // During the attract nothing runs; during the warning only Keep going extends.
    if (attractShowing || (idle && idle.open)) {
      return;
    }
    restartIdle();
  }

  function warn() {
    var idle = dialog("idle");
    var startOver = dialog("start-over");
    if (!idle) {
      return;
    }
    if (startOver && startOver.open) {
      startOver.close();
    }
    deadline = Date.now() + WARNING_SECONDS * 1000;
    lastAnnounced = -1;
    idle.querySelector("[data-countdown-announce]").textContent = "";
    idle.showModal();
    tick();
  }

  function remaining() {
    return Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  }

  function tick() {
    var left = remaining();
    var idle = dialog("idle");
    if (left === 0) {
      reset();
      return;
    }
    idle.querySelector("[data-countdown]").textContent = String(left);
    if (lastAnnounced === -1 || (left % ANNOUNCE_EVERY === 0 && left !== lastAnnounced)) {
      announce(idle, left);
    }
    // Wake at the next whole second of the countdown.
    tickTimer = window.setTimeout(tick, deadline - Date.now() - (left - 1) * 1000);
  }

  function announce(idle, left) {
    var region = idle.querySelector("[data-countdown-announce]");
    lastAnnounced = left;
    region.textContent = region.getAttribute("data-message").replace("%s", String(left));
  }

  function keepGoing() {
    var idle = dialog("idle");
    window.clearTimeout(tickTimer);
    if (idle && idle.open) {
      idle.close();
    }
    restartIdle();
  }

  // --- Start over ------------------------------------------------------------------------

  function askToStartOver(event) {
    var ask = dialog("start-over");
    if (!ask) {
      return; // the link's own href still starts over
    }
    event.preventDefault();
    ask.showModal();
  }

  // --- More time and text size -------------------------------------------------------------

  function showMoreTime() {
    var on = Boolean(recall(KEYS.moreTime));
    document.querySelectorAll('[data-control="more-time"]').forEach(function (button) {
      button.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }

  function toggleMoreTime() {
    remember(KEYS.moreTime, recall(KEYS.moreTime) ? null : "1");
    showMoreTime();
    restartIdle();
  }

  function showTextSize() {
    var size = recall(KEYS.textSize) || "100";
    if (size === "100") {
      root.removeAttribute("data-text-size");
    } else {
      root.setAttribute("data-text-size", size);
    }
    document.querySelectorAll('[data-control="text-size"]').forEach(function (button) {
      button.setAttribute("aria-pressed", button.getAttribute("data-size") === size ? "true" : "false");
    });
  }

  function chooseTextSize(button) {
    var size = button.getAttribute("data-size");
    remember(KEYS.textSize, size === "100" ? null : size);
    showTextSize();
  }

  // One delegated listener: the bar and the dialogs are outside #main, so htmx swaps
  // never replace them, but delegation keeps this true if a layout moves them.
  function onClick(event) {
    var control = event.target.closest ? event.target.closest("[data-control]") : null;
    var idle = dialog("idle");
    if (idle && event.target === idle) {
      keepGoing(); // a touch on the backdrop: someone is there
      return;
    }
    if (!control) {
      return;
    }
    switch (control.getAttribute("data-control")) {
      case "start-over":
        askToStartOver(event);
        break;
      case "start-over-yes":
        reset();
        break;
      case "start-over-no":
        dialog("start-over").close();
        break;
      case "keep-going":
        keepGoing();
        break;
      case "more-time":
        toggleMoreTime();
        break;
      case "text-size":
        chooseTextSize(control);
        break;
    }
  }

  // The bar at the foot of the screen grows with the text size; the page and the
  // way-forward bar keep clear of it through --kiosk-bar (CSSOM, which the CSP allows).
  function keepClearOfTheBar() {
    var bar = document.querySelector(".kiosk-bar");
    if (!bar || !window.ResizeObserver) {
      return;
    }
    new window.ResizeObserver(function () {
      document.documentElement.style.setProperty("--kiosk-bar", bar.offsetHeight + "px");
    }).observe(bar);
  }

  // A long press must not open the browser's menu on a kiosk.
  function noContextMenu(event) {
    event.preventDefault();
  }

  function start() {
    var attract = document.querySelector("[data-attract]");
    keepClearOfTheBar();
    document.addEventListener("contextmenu", noContextMenu);
    if (fromEarlierVisit()) {
      leaveEarlierVisit();
      return;
    }
    markEveryEntry();
    // A reset page always opens at the top; the browser must not restore an old scroll.
    window.history.scrollRestoration = "manual";
    showTextSize();
    showMoreTime();
    document.addEventListener("click", onClick);
    ACTIVITY.forEach(function (name) {
      document.addEventListener(name, onActivity, { capture: true, passive: true });
    });
    var idle = dialog("idle");
    if (idle) {
      // Escape on the warning means "I am here", like Keep going.
      idle.addEventListener("cancel", function (event) {
        event.preventDefault();
        keepGoing();
      });
    }
    window.addEventListener("pageshow", function (event) {
      if (event.persisted && fromEarlierVisit()) {
        leaveEarlierVisit();
      }
    });
    if (!(attract && showAttract(attract))) {
      restartIdle();
    }
  }

  start();
})();
