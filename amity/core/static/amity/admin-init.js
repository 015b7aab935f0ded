// Wagtail starts its inline panels and date pickers with inline scripts, which Amity's
// Content Security Policy forbids (script-src 'self'). Our copies of those templates
// leave the same call in data attributes instead; this starts each one once, on the
// page as loaded and in every form added later (an inline panel's "Add" button).
(function () {
  "use strict";

  const starters = {
    InlinePanel: (options) => new window.InlinePanel(options),
    MultipleChooserPanel: (options) => new window.MultipleChooserPanel(options),
    initDateChooser: (options, target) => window.initDateChooser(target, options),
    initTimeChooser: (options, target) => window.initTimeChooser(target, options),
    initDateTimeChooser: (options, target) => window.initDateTimeChooser(target, options),
  };

  function start(element) {
    const starter = starters[element.dataset.amityInit];
    if (!starter || element.dataset.amityStarted) {
      return;
    }
    element.dataset.amityStarted = "yes";
    starter(JSON.parse(element.dataset.amityOptions), element.dataset.amityTarget);
  }

  function startWithin(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    if (node.matches("[data-amity-init]")) {
      start(node);
    }
    node.querySelectorAll("[data-amity-init]").forEach(start);
  }

  function startAll() {
    startWithin(document.documentElement);
    new MutationObserver((mutations) => {
      mutations.forEach((mutation) => mutation.addedNodes.forEach(startWithin));
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", startAll);
  } else {
    startAll();
  }
})();
