"""The evidence browser: HTML pages over the graph, served by ``kg serve`` under
``/browse/`` beside the SPARQL endpoint, or written as static files by
``kg export --format html -o DIR``.

Modules, one per stage:

- :mod:`kg.browse.graph` reads what a page shows from the graph (entities, facts with
  their claims and quotes, articles with their Web Annotation anchors, the network of
  relations, timelines) through a SPARQL :data:`~kg.catalog.Runner`, so the same code
  reads the embedded store and the server behind ``kg serve``.
- :mod:`kg.browse.highlight` turns an article's text and its evidence spans
  (TextPositionSelector offsets, in code points) into escaped HTML with ``<mark>``
  elements, overlapping spans included.
- :mod:`kg.browse.pages` renders each page with Jinja2 templates (autoescaped: every
  value from the data is text, never markup) and routes a path to its page.
- :mod:`kg.browse.site` writes every page as static files, deterministically.

The templates and the page script are in ``templates/`` and ``static/``; Cytoscape.js,
which draws the network, is vendored in ``kg/resources/vendor/`` (see its README).
"""
