"""Drafting claims from raw articles: ``kg extract`` reads an article and writes a
claims file in the format analysts edit (``corpus/CLAIMS.md``), every claim quoting the
text verbatim and marked ``review: drafted`` until an analyst has checked it.

The stages, each its own module, in the order the data flows:

``text``
    reads an article file (plain text, text with a ``URL:`` / ``Date:`` header, or an
    HTML page stripped of its boilerplate) into a :class:`~kg.extract.text.SourceText`:
    the text claims quote, its id, URL, title and publication date.
``composed``
    an article saved with decomposed accents (NFD) read in its composed form (NFC),
    its quotes mapped back to the text as saved.
``gazetteer``
    the world gazetteer shipped with the engine (``world.yaml``): states, their
    demonyms, capitals and seats of government, organisations; the states' Wikidata
    ids (``world-wikidata.yaml``).
``mentions``
    names in the text resolved to registry entities; names the registry lacks
    proposed as new entities with a guessed class.
``personhood``
    the extent and class of a name the NER model found: a person's name tagged an
    organisation, an acronym or a foreign 'and' the model cut off, a kin word's gender.
``facts``
    one rule set per kind of fact of the ontology.
``speech``
    speakers, modality (reported, alleged, denied, planned...) and hedges.
``dates``, ``quantities``
    dates relative to the publication date; amounts of money and other quantities.
``stages``
    the status or dated stage of a fact its verb tells (an application to join
    requested, a court's decision issued, a case opened).
``engine``
    the drafting engine that runs the stages above (:class:`~kg.extract.engine.Engine`,
    a protocol another engine can implement) and returns a
    :class:`~kg.extract.engine.Draft`.
``linking``
    a drafted fact the corpus already holds (same kind, participants and dates) takes
    that fact's id, so that both articles back one fact.
``drafts``
    writes a Draft as a claims file, after passing it through the same reader as
    ``kg ingest``: the grounding and schema gate of every engine's output.
``evaluate``
    ``kg eval``: drafted facts compared with curated ones (precision, recall, F1).

Nothing here downloads anything: the same input gives the same draft, offline.
"""
