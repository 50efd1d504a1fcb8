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

What the static export reads up front. A server's page reads what it shows, lazily, so
that ``kg serve`` answers its first page at once; the export draws every page once, so
it reads what many pages share in a few queries over the whole store and draws each
page from that (:func:`kg.browse.site.export_site`):

- once: the warm-up's reads (:meth:`kg.browse.pages.Site.warm`: the catalog, the entity
  names, the edges' summaries and their entities' classes, the article ids, the
  relation facts and their dates, the busiest entities' facts and facts' sources) and
  the list of pages (:func:`kg.browse.site.page_paths`: which facts name which entity,
  the facts' classes, the facts' numbers of sources);
- then, for each run of :data:`kg.browse.site.READ_AHEAD` pages in the order they are
  written (:meth:`kg.browse.pages.Site.read_ahead`), what those pages show, each query
  bound by their facts or entities first, so that what it reads grows with the pages,
  not with the store: for the pages of facts' sources, the facts' sources and
  agreement (:func:`kg.browse.graph.fact_sources_of`), their claims, quotes,
  statements and qualified roles (:func:`kg.browse.graph.fact_pages`), their sources'
  titles and the entities the facts name; for the pages of entities, their kinds'
  pages and their timelines, the facts each overview lists
  (:func:`kg.browse.graph.overview_facts`), each entity's facts in date order, the
  summaries of every page's facts with the entity's roles in them
  (:func:`kg.browse.graph.summaries_of`) and the entities the timelines' facts name.
  The summaries of facts the network pages quote are kept from one network page to
  the next within the run. A few dozen queries for a run of pages, where each page
  read about fifteen of its own.

Each page drawn from what was read ahead is the page drawn alone (the same functions
assemble both; ``tests/test_browse.py`` compares them page by page).

The templates and the page script are in ``templates/`` and ``static/``; Cytoscape.js,
which draws the network, is vendored in ``kg/resources/vendor/`` (see its README).
"""
