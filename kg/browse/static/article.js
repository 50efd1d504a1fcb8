// A click on a highlighted quote opens the fact it backs (the list under the text
// holds the same links for keyboards and screen readers).
document.querySelectorAll("mark[data-fact-href]").forEach(function (mark) {
  mark.addEventListener("click", function (event) {
    var href = mark.getAttribute("data-fact-href");
    if (href) { event.stopPropagation(); window.location.href = href; }
  });
});
