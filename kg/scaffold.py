"""Starting a corpus: the files a new corpus needs, each with the comments that say
what goes in it, so an analyst begins from a folder the reader accepts rather than
from a copy of the sample corpus (whose registry and articles are not theirs).

A corpus is laid out as ``articles.yaml`` (the texts' metadata), ``articles/`` (the
texts), ``entities.yaml`` (the registry) and ``claims/`` (one claims file per article),
as ``kg build --corpus`` and ``kg ingest`` expect it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, KGError
from kg.files import write_atomically

ARTICLES = """\
# The articles of this corpus, one entry each. Add one with
#   kg add-article story.txt --corpus {corpus}
# which copies the text to articles/, computes its SHA-256 and appends its entry here
# (URL, date and title from options or from 'URL:', 'Date:', 'Title:' header lines).
#
# id:          the article's stable id (its file name without .txt)
# file:        the text, relative to this file; quotes and offsets count Unicode code points
# sha256:      SHA-256 of the text; a text that no longer matches is refused
# url:         where it was published, or null
# publisher:   an entity id from entities.yaml, or null
# published:   publication date (YYYY-MM-DD), or null; 'last year' and weekdays in
#              claims are read against it
# title:       the headline, where the text carries one
# dateline:    the place the report was filed from ('CARACAS, Aug 2 -': Caracas), if any
# author:      who wrote it, as its byline names them ('By Mira Solberg'), a name or a list
#
# - id: 000_6f1c2e0d9a4b7c31
#   file: articles/000_6f1c2e0d9a4b7c31.txt
#   sha256: <written by kg add-article>
#   url: https://example.org/news/ostravia-brelia
#   publisher: null
#   published: 2031-05-07
#   title: "Ostravian prime minister visits Brelia"
"""

ENTITIES = """\
# The entity registry: every state, person, organisation, group and place the claims
# name. A claim names an entity by its id, label or an alias (case-insensitive). A name
# this file lacks is refused with 'it is not in entities.yaml': declare it here, or
# inline under 'entities:' in the claims file that first needs it. Drafts of 'kg extract'
# propose the names their article gives (states, bodies, people) under 'entities:';
# once checked, 'kg add-entities <the drafts>' moves them here.
#
# id:          lower-case words joined by '-': the entity's IRI ends in it; never a
#              name (label or alias) of another entity: where Russia has the alias
#              Moscow, the city is {id: moscow-city, type: City, label: Moscow (city)}
# type:        an ontology class: State, Person, Government, MilitaryGovernment,
#              OppositionGovernment, ArmedForces, Organisation (a company, party,
#              agency...), StateCompany, InternationalOrganisation, Court,
#              NewsOrganisation, ResearchInstitute, Group, City, Region, Site, Place,
#              Asset, EquipmentModel, MedicalProduct (a vaccine, a drug), Disease
# label:       the preferred name
# aliases:     other names the articles use
# wikidata:    a Wikidata QID, only where it is certain
# of:          for a government, armed force, agency, company or person: the id of the
#              state it belongs to, listed anywhere in this file; for a Disease that is
#              a strain or variant (clade Ib), the id of its disease (mpox)
# description: a few words telling apart two entities that share a name
#
# - id: brelia
#   type: State
#   label: Brelia
#   aliases: [Republic of Brelia]
# - id: ana-novak
#   type: Person
#   label: Ana Novak
#   aliases: [Novak]
"""

CLAIMS_TEMPLATE = """\
# A claims file: what one article reports, in terms of the ontology; every key is in
# CLAIMS.md (corpus/CLAIMS.md in the project's sources). Copy this file to
# claims/<article id>.yaml (the id 'kg add-article' printed), set 'article', and replace
# the example claims with the article's own, each quoting its words character for
# character. Check it with:  kg ingest --dry-run claims/<article id>.yaml
article: ARTICLE-ID                  # the article's id in articles.yaml
entities:                            # names entities.yaml lacks (or declare them there)
  - {id: ostravia, type: State, label: Ostravia}
  - {id: brelia, type: State, label: Brelia}
  - {id: ana-novak, type: Person, label: Ana Novak, aliases: [Novak]}
claims:
  - id: visit                        # unique in this file: lower-case letters, digits, '-'
    fact: visit-ana-novak-brelia-2031-05-06   # shared by every article that reports the same fact
    type: Visit
    visitor: Ana Novak
    hostState: Brelia
    date: 2031-05-06
    quote: "Ostravian Prime Minister Ana Novak arrived in Brelia on Tuesday"
  - id: novak-prime-minister
    fact: position-ana-novak-prime-minister-ostravia
    type: PositionHeld
    holder: Ana Novak
    position: head of government
    positionOf: Ostravia
    title: Prime Minister
    quote: "Ostravian Prime Minister Ana Novak"
  - id: talks-planned
    fact: talks-ana-novak-brelia-trade-2031
    type: Meeting
    participant: [Ana Novak, Brelia]
    subject: trade
    modality: planned                # asserted (default), reported, planned, alleged, denied, ...
    said_by: Novak                   # who said it, for reported words and plans told by someone
    quote: "Novak said she would hold talks on trade"
"""

#: The file that ``kg init`` writes into ``claims/``: named so that it is not read as a
#: claims file (only ``*.yaml`` and ``*.yml`` are).
TEMPLATE_NAME = "TEMPLATE.yaml.example"


@dataclass(frozen=True)
class Started:
    """What :func:`init_corpus` wrote: the corpus folder and the files created in it."""

    corpus: Path
    files: tuple[Path, ...]


def init_corpus(corpus: Path) -> Started:
    """Start a corpus in the folder ``corpus`` (created if need be): ``articles.yaml``
    and ``entities.yaml`` holding only comments (an empty list each, which the reader
    accepts), empty ``articles/`` and ``claims/`` folders, and
    ``claims/TEMPLATE.yaml.example``, a claims file to copy that passes the reader once
    its article id and quotes are the article's.

    Files already there are never overwritten: if any of the three exists, an
    :class:`InputError` names each and nothing is written. Raises
    :class:`kg.errors.KGError` naming the path when a folder or file cannot be written.
    """
    corpus = Path(corpus)
    if corpus.exists() and not corpus.is_dir():
        raise InputError(corpus, "exists and is not a folder: name a new or existing folder for the corpus")
    contents = {
        corpus / "articles.yaml": ARTICLES.format(corpus=corpus),
        corpus / "entities.yaml": ENTITIES,
        corpus / "claims" / TEMPLATE_NAME: CLAIMS_TEMPLATE,
    }
    there = [str(p) for p in contents if p.exists() or p.is_symlink()]
    if there:
        raise InputError(corpus, f"already holds {', '.join(there)}; 'kg init' never overwrites a file: "
                                 "start the corpus in another folder, or remove the file(s) first")
    try:
        for folder in (corpus / "articles", corpus / "claims"):
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise KGError(f"cannot create {e.filename or corpus}: {e.strerror or e}") from None
    for path, text in contents.items():
        write_atomically(path, text.encode("utf-8"))
    return Started(corpus, tuple(contents))
