"""A knowledge graph of geopolitics built from news articles, with every fact traced
to the exact words that reported it.

The package is a library first; :mod:`kg.cli` is a thin command-line layer over it.
One module per stage of the pipeline:

- :mod:`kg.corpus`    articles and their metadata
- :mod:`kg.entities`  the entity registry and name resolution
- :mod:`kg.ontology`  what the ontology allows claims to say
- :mod:`kg.claims`    reading and checking claims files
- :mod:`kg.mapping`   claims to RDF, with provenance
- :mod:`kg.store`     the embedded on-disk store
- :mod:`kg.ingest`    putting articles into the store, atomically
- :mod:`kg.validate`  SHACL shapes and quote checks
- :mod:`kg.reasoning` OWL consistency with HermiT
- :mod:`kg.export`    deterministic dumps, streamed graph by graph
- :mod:`kg.resources` the data the package ships: ontology, shapes, queries, sample corpus
"""

__version__ = "1.0.0"
