// Draws the relations the page embeds as JSON (network-data) with Cytoscape.js, and
// filters them by kind and date in the page, so that a static export filters too.
(function () {
  var data = JSON.parse(document.getElementById("network-data").textContent);
  var colours = { meeting: "#1f5fae", visit: "#2e7d32", sanction: "#b71c1c", expulsion: "#c2185b", arms: "#6a1b9a",
                  support: "#00695c", accusation: "#bf5b00" };
  var maxSources = Math.max(1, ...data.edges.map(function (e) { return e.cluster ? 1 : e.sources; }));
  var form = document.querySelector("form.filters");
  var params = new URLSearchParams(window.location.search);
  if (params.has("k")) {
    var chosen = params.getAll("k");
    form.querySelectorAll("input[name=k]").forEach(function (box) { box.checked = chosen.indexOf(box.value) >= 0; });
  }
  ["from", "to"].forEach(function (n) { if (params.get(n)) { form.elements[n].value = params.get(n); } });

  function padded(date) { return date.length >= 10 ? date.slice(0, 10) : (date + "-01-01".slice(date.length - 4)).slice(0, 10); }
  function kept(edge) {
    var kinds = Array.from(form.querySelectorAll("input[name=k]:checked")).map(function (b) { return b.value; });
    if (kinds.indexOf(edge.kind) < 0) { return null; }
    if (edge.cluster) { return []; }  // a group's relations: the server applied the dates
    var lo = form.elements.from.value.trim(), hi = form.elements.to.value.trim();
    var facts = edge.facts.filter(function (f) {
      if (!lo && !hi) { return true; }
      if (!f.date) { return false; }
      var d = padded(f.date);
      return (!lo || d >= padded(lo)) && (!hi || d.slice(0, hi.length) <= hi);
    });
    return facts.length ? facts : null;
  }
  var elements = data.nodes.map(function (n) {
    return { data: { id: n.id, label: n.label, href: n.href, cluster: n.cluster ? "yes" : "no", members: n.members } };
  }).concat(data.edges.map(function (e) {
      return { data: { id: e.id, source: e.source, target: e.target, kind: e.kind, sources: e.cluster ? 1 : e.sources,
                       modality: e.cluster ? "group" : e.modality, directed: e.directed ? "yes" : "no",
                       cluster: e.cluster ? "yes" : "no" } };
    }));
  // Rings: the entity the page is about (or the best-connected one) in the middle, then
  // rings of 6, 12, 18... entities by number of edges, most first (ties by key), and the
  // grey groups in a ring of their own outside. Each ring is wide enough for its labels
  // and turned from the last, so that no two rings start on the same spoke. The same
  // data always gives the same picture.
  function rings(nodes, edges, centre) {
    var degree = {};
    edges.forEach(function (e) {
      degree[e.source] = (degree[e.source] || 0) + 1;
      degree[e.target] = (degree[e.target] || 0) + 1;
    });
    function rank(a, b) {
      return (b.id === centre) - (a.id === centre) || (degree[b.id] || 0) - (degree[a.id] || 0) ||
             (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    }
    var entities = nodes.filter(function (n) { return !n.cluster; }).sort(rank);
    var groups = nodes.filter(function (n) { return n.cluster; }).sort(rank);
    var placed = [];
    for (var start = 0, k = 0; start < entities.length; k++) {
      var size = k === 0 ? 1 : 6 * k;
      placed.push(entities.slice(start, start + size));
      start += size;
    }
    if (groups.length) { placed.push(groups); }
    var positions = {}, radius = 0, step = 130, arc = 120;
    placed.forEach(function (ring, k) {
      if (k > 0) { radius = Math.max(radius + step, ring.length * arc / (2 * Math.PI)); }
      ring.forEach(function (n, i) {
        var angle = -Math.PI / 2 + 0.7 * k + 2 * Math.PI * i / ring.length;
        positions[n.id] = { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) };
      });
    });
    return positions;
  }
  var placedAt = rings(data.nodes, data.edges, document.getElementById("cy").getAttribute("data-centre"));
  var cy = cytoscape({
    container: document.getElementById("cy"), elements: elements,
    layout: { name: "preset", padding: 30, positions: function (n) { return placedAt[n.id()]; } },
    maxZoom: 1.6,
    style: [
      // Labels wrap and sit on a pale ground, so that edges do not cross them out.
      { selector: "node", style: { "label": "data(label)", "font-size": 12, "background-color": "#14365c",
                                   "width": 14, "height": 14, "color": "#1b1b1b", "text-valign": "bottom",
                                   "text-wrap": "wrap", "text-max-width": 110, "text-background-color": "#ffffff",
                                   "text-background-opacity": 0.85, "text-background-padding": 1 } },
      { selector: "edge", style: { "curve-style": "bezier", "line-color": function (el) { return colours[el.data("kind")]; },
          "target-arrow-color": function (el) { return colours[el.data("kind")]; },
          "width": function (el) { return 1.5 + 6.5 * (el.data("sources") - 1) / Math.max(1, maxSources - 1); } } },
      { selector: "edge[directed = 'yes']", style: { "target-arrow-shape": "triangle" } },
      { selector: "edge[modality = 'alleged']", style: { "line-style": "dashed" } },
      { selector: "edge[modality = 'denied']", style: { "line-style": "dotted" } },
      { selector: "edge[modality = 'negative']", style: { "line-style": "dotted" } },
      // Not said to have happened: a hollow line (a pale core between two lines of its colour).
      { selector: "edge[modality = 'planned']", style: { "line-color": "#ffffff", "line-outline-width": 1.2,
          "line-outline-color": function (el) { return colours[el.data("kind")]; } } },
      // Some claims say its facts took place, others deny one of them: dash-dot.
      { selector: "edge[modality = 'partly denied']", style: { "line-style": "dashed", "line-dash-pattern": [12, 4, 2, 4] } },
      // A group of entities not drawn on this page: grey, sized by its members.
      { selector: "node[cluster = 'yes']", style: { "background-color": "#8a8a8a", "shape": "round-rectangle",
          "width": function (el) { return 18 + 3 * Math.min(20, Math.sqrt(el.data("members"))); },
          "height": function (el) { return 18 + 3 * Math.min(20, Math.sqrt(el.data("members"))); } } },
      { selector: "edge[cluster = 'yes']", style: { "line-style": "solid", "opacity": 0.35, "width": 1.5 } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: "edge:selected", style: { "overlay-opacity": 0.2, "overlay-color": "#000" } }
    ]
  });
  var byId = {};
  data.edges.forEach(function (e) { byId[e.id] = e; });

  function counted(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function show(edge, facts) {
    var panel = document.getElementById("edge-panel");
    if (edge.cluster) {
      panel.replaceChildren(el("h2", edge.kind + ": " + cy.getElementById(edge.source).data("label") + " → " +
                                     cy.getElementById(edge.target).data("label")),
                            el("p", counted(edge.relations, "relation") + " of " + counted(edge.facts, "fact") +
                                    " with entities of a group; click the group to draw them."));
      return;
    }
    panel.replaceChildren(el("h2", edge.kind + ": " + cy.getElementById(edge.source).data("label") + " → " +
                                   cy.getElementById(edge.target).data("label")),
                          el("p", counted(edge.sources, "source") + "; drawn as " + edge.modality +
                                  "; its claims: " + edge.modalities.join(", ")));
    facts.forEach(function (f) {
      var block = el("div", null, { "class": "edge-fact" });
      var head = el("p");
      head.appendChild(el("a", f.key, { href: f.href, "class": "fact-link" }));
      head.appendChild(el("span", (f.date ? " " + f.date : "") + " · " + f.modalities.join(", ")));
      block.appendChild(head);
      var list = el("ul", null, { "class": "quotes" });
      f.quotes.forEach(function (q) {
        var li = el("li");
        li.appendChild(el("q", q.exact));
        li.appendChild(document.createTextNode(" (" + q.modality + ") "));
        li.appendChild(el("a", q.cited, { href: q.href }));
        list.appendChild(li);
      });
      if (f.more_claims) {
        var more = el("li");
        more.appendChild(el("a", counted(f.more_claims, "more claim") + ": see the fact's page", { href: f.href }));
        list.appendChild(more);
      }
      block.appendChild(list);
      panel.appendChild(block);
    });
    if (edge.more_facts) {
      panel.appendChild(el("p", counted(edge.more_facts, "more fact") + " behind this edge: narrow the kinds or dates, or open " +
                                "the network around one of its entities."));
    }
  }
  function apply() {
    cy.batch(function () {
      cy.edges().forEach(function (e) { e.toggleClass("hidden", kept(byId[e.id()]) === null); });
      cy.nodes().forEach(function (n) { n.toggleClass("hidden", n.connectedEdges(":visible").length === 0); });
    });
    document.getElementById("filtered").textContent = cy.edges(":visible").length ? "" :
      "No relation of the kinds and dates chosen is drawn on this page.";
  }
  cy.on("tap", "edge", function (evt) {
    var edge = byId[evt.target.id()];
    show(edge, kept(edge) || edge.facts);
  });
  cy.on("tap", "node", function (evt) { if (evt.target.data("href")) { window.location.href = evt.target.data("href"); } });
  form.addEventListener("change", apply);
  apply();
  window.kgNetwork = cy;  // for the browser tests and the console
})();
