"""The benchmarks (figures, not assertions; no test times anything): the extraction
benchmark, run as ``python -m kg.bench``, and the scale benchmark, ``kg bench``.

``generate``
    synthetic articles: the sample and development texts recombined with a fixed seed.
``peer``
    spaCy's bare ``nlp.pipe`` over the same texts, the floor of any extractor on the
    same pipeline.
``__main__``
    times ``kg extract`` and the peer, and prints ``kg eval``'s figures on the sample
    corpus and the development set.
``corpus``
    ``kg bench generate``: a synthetic corpus in the corpus layout, every quote in its text.
``scale``
    ``kg bench run``: each stage in a child process, its time, memory and output size.
``peers``
    the same stages by rdflib and by raw Oxigraph, for the ratios.
"""
