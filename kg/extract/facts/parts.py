"""The parts of an arms sale told after the sale itself: "The package includes three NASAMS
fire units, 123 AMRAAM missiles and radars", "The larger part of the package is three
missile systems with 123 missiles, at an estimated cost of $1.16 billion", "A second sale
covers radar systems worth an estimated $828 million".

Each part is an ``ArmsTransfer`` of its own (SIPRI's arms transfers database records a
deal's weapons item by item; CAMEO 0712-converse 'provide military aid'), with the
items and their counts the sentence gives (``item``, one phrase per item, the count in
its words as corpus/CLAIMS.md writes several items; ``quantity`` when one item alone is
counted) and the value it gives. The sentence names neither seller nor buyer: both come
from the arms sale the article told before (:func:`kg.extract.facts.run._fill_open_roles`,
the open role ``package``), and the part is drafted only when every arms transfer told
before is between the same two parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import WEAPONS, Context, Fact, civil_craft, preps
from kg.extract.facts.military import _sale_terms
from kg.extract.quantities import count_of

#: Nouns that name a sale as a whole, of which a sentence then lists the parts.
PACKAGE_NOUNS = {"package", "sale", "deal", "order", "contract"}
#: Nouns of a share of a whole: "the larger part of the package", "the bulk of the deal".
SHARE_NOUNS = {"part", "portion", "bulk", "share", "rest", "remainder"}
#: Verbs by which a sentence lists what a sale holds ("includes", "covers", "comprises",
#: "consists of"; "is" for "the larger part of the package is three missile systems").
HOLD_VERBS = {"include", "cover", "comprise", "contain", "consist", "be"}
#: Modifiers that make a package no sale of arms: "the aid package" is support (another rule's).
NOT_SALE_WORDS = {"aid", "assistance", "humanitarian", "relief", "rescue", "stimulus", "sanctions", "economic",
                  "financial", "trade", "gas", "oil", "loan", "debt"}
#: Dependents of an item that are not its words: other items, relative and participial
#: clauses ("known as NASAMS", "which the Air Force would procure"), what it is worth.
_NOT_ITEM_WORDS = {"conj", "cc", "appos", "relcl", "acl", "punct"}


def _package(subj: Token) -> Token | None:
    """The noun of the sale a subject names, itself ("the package", "a second sale") or
    through a share of it ("the larger part of the package"); None for anything else or a
    package of aid, trade or money (:data:`NOT_SALE_WORDS`)."""
    noun = subj
    if noun.lemma_.lower() in SHARE_NOUNS:
        inner = preps(noun, {"of"})
        noun = inner[0] if inner else None
    if noun is None or noun.lemma_.lower() not in PACKAGE_NOUNS:
        return None
    if any(c.lower_ in NOT_SALE_WORDS for c in noun.children if c.dep_ in ("compound", "amod", "nmod")):
        return None
    return noun


def _item_words(item: Token) -> tuple[str, int | None]:
    """(the words of one item, without the other items, clauses or worth that hang on it;
    the count its number gives, else None)."""
    skip = {t.i for c in item.children if c.dep_ in _NOT_ITEM_WORDS for t in c.subtree}
    # and wherever they hang inside it ("Surface-to-Air Missile Systems, known as NASAMS")
    skip |= {t.i for c in item.subtree if c.i != item.i and (c.dep_ in ("relcl", "acl", "appos")
             or c.lower_ in ("with", "worth", "at") and c.dep_ in ("prep", "amod")) for t in c.subtree}
    words = [t for t in item.subtree if t.i not in skip]
    while words and (words[0].is_punct or words[0].dep_ == "det"):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    nums = [c for c in item.children if c.dep_ == "nummod"]
    text = item.doc[words[0].i: words[-1].i + 1].text if words else item.text
    return text, count_of(nums[0]) if nums else None


def _items(heads: list[Token]) -> list[Token]:
    """The items a sentence lists from its first nouns: each with its conjuncts, and those
    'with' adds ("three missile systems with three radars and 123 missiles")."""
    out: list[Token] = []
    for h in heads:
        for t in (h, *h.conjuncts):
            if t.i not in {o.i for o in out} and t.pos_ in ("NOUN", "PROPN"):
                out.append(t)
            for w in preps(t, {"with"}):
                out += [x for x in (w, *w.conjuncts) if x.pos_ in ("NOUN", "PROPN") and x.i not in {o.i for o in out}]
    return out


def _is_weapon(item: Token) -> bool:
    """Whether an item is arms by its words (:data:`WEAPONS`; a radar or a fire unit of
    an air-defence system counts): no civil craft, no money."""
    words = {t.lemma_.lower() for t in item.subtree if t.i <= item.i} | {item.lemma_.lower()}
    return bool(words & (WEAPONS | {"radar", "battery", "interceptor"})) and not civil_craft(item)


def package_part_rules(tok: Token, cx: Context) -> list[Fact]:
    """From "The package includes three NASAMS fire units, 123 AMRAAM missiles and radars",
    "The larger part of the package is three missile systems ..., at an estimated cost of
    $1.16 billion", "A second sale covers radar systems worth $828 million": an
    ArmsTransfer with the items listed (``item``, a list when several), ``quantity`` when
    one item alone is counted, and the value; supplier and recipient are left to the arms
    sale told before (open role ``package``). [] when the subject is no sale, no listed
    item is a weapon, or the verb is negated ("does not include")."""
    if tok.lemma_ not in HOLD_VERBS or tok.pos_ not in ("VERB", "AUX") or \
            any(c.dep_ == "neg" for c in tok.children):
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    sale = _package(subj[0]) if subj else None
    if sale is None:
        return []
    if tok.lemma_ == "consist":
        heads = preps(tok, {"of"})
    elif tok.lemma_ == "be":
        # "the larger part of the package is ...": only a share of the sale is listed so ("the
        # sale is a blow to ..." says something else of it)
        heads = [c for c in tok.children if c.dep_ == "attr"] if subj[0].i != sale.i else []
    else:
        heads = [c for c in tok.children if c.dep_ == "dobj"]
    items = _items(heads)
    if not items or not any(_is_weapon(i) for i in items):
        return []
    listed = [_item_words(i) for i in items]
    f = Fact("ArmsTransfer", {}, tokens=[tok.i, subj[0].i, *(i.i for i in items)], open_role="package")
    f.attrs["item"] = listed[0][0] if len(listed) == 1 else [words for words, _ in listed]
    counted = [n for _, n in listed if n is not None]
    if len(listed) == 1 and counted:
        f.attrs["quantity"] = counted[0]
    _sale_terms(f, subj[0])
    # each part is a transfer of its own, told apart from the sale and the other parts
    parts = cx.__dict__.setdefault("_package_parts", [])
    if tok.sent.start not in parts:
        parts.append(tok.sent.start)
    f.part = 2 + parts.index(tok.sent.start)
    return [f]
