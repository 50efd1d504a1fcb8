"""The extraction benchmark, run as ``python -m kg.bench`` (figures, not assertions;
no test times anything).

``generate``
    synthetic articles: the sample and development texts recombined with a fixed seed.
``peer``
    spaCy's bare ``nlp.pipe`` over the same texts, the floor of any extractor on the
    same pipeline.
``__main__``
    times ``kg extract`` and the peer, and prints ``kg eval``'s figures on the sample
    corpus and the development set.
"""
