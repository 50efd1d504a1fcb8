"""The details of an attack that the sentences after it give, each a claim on the attack
told before (corpus/CLAIMS.md, "Attacks: casualties, weapon, launch site, damage; flag
states, rescues, distances"; CAMEO 19 'fight', PLOVER ASSAULT):

- its further wounded or dead, counted in a sentence of their own with no cause named
  ("At least five other people were injured, two of them critically"): ``wounded`` or
  ``killed``, a bound kept in words ('at least 4'), and ``criticallyWounded``;
- who its dead were by nationality ("the dead were one Bolivian and two Chilean
  sailors"): ``killedPeople`` as an unnamed group with ``among`` its parts, each
  ``of`` the state its demonym names;
- where it happened given as an offset from a place ("about 40 nautical miles west of the
  port of Callao"): ``distance``, ``bearing`` and ``distanceFrom`` on the event its
  sentence tells (:func:`distance_places`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _capital_city
from kg.extract.facts.crowds import _count
from kg.extract.quantities import count_of
from kg.ontology import vocabulary

#: Verbs of harm in the passive whose subject counts the harmed -> the attack's key.
HARMED = {"injure": "wounded", "wound": "wounded", "hurt": "wounded", "kill": "killed"}
#: Nouns of people that such a subject counts ("four other people", "two crew members").
PEOPLE = {"people", "person", "other", "crew", "member", "sailor", "seafarer", "civilian", "passenger", "soldier",
          "guard", "worker", "fisherman", "child", "woman", "man", "officer", "tourist"}
#: Adverbs by which "N of them" counts the critically wounded.
CRITICAL = {"critically", "seriously", "severely"}
#: Nouns of those an attack harmed, whose predicate lists them ("the dead were ...").
VICTIM_NOUNS = {"dead": "killedPeople", "victim": "killedPeople", "wounded": "woundedPeople",
                "injured": "woundedPeople"}


def harm_told_after_rules(tok: Token, cx: Context) -> list[Fact]:
    """"At least five other people were injured, two of them critically": a main clause
    whose passive verb of harm (:data:`HARMED`) counts people (:data:`PEOPLE`, or a bare
    number) and names no cause, agent or place ('in', 'by', 'during', 'at'): a claim on the
    ``Attack`` told before (``refers``), with ``wounded`` or ``killed`` as the subject
    counts it (a plain number, or a bound in words: 'at least 4') and, for the wounded,
    ``criticallyWounded`` from "N of them critically". Nothing where no attack was told
    before (the engine drops it)."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" or tok.lemma_ not in HARMED or tok.dep_ != "ROOT":
        return []
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("in", "by", "during", "at", "when", "after")
           or c.dep_ == "advcl" for c in tok.children):
        return []  # "injured in clashes", "killed by police", "when a bus crashed": its cause told here
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not (subj.pos_ == "NUM" or subj.lemma_.lower() in PEOPLE) or cx.entities(subj):
        return []
    count = _count(subj)
    if count is None:
        return []
    key = HARMED[tok.lemma_]
    attrs: dict[str, object] = {key: count}
    tokens = [tok.i, *(t.i for t in subj.subtree), *(c.i for c in tok.children if c.dep_ == "auxpass")]
    # ", three of them critically" right after the verb: the worst hurt among the wounded
    rest = cx.doc[tok.i + 1: min(tok.i + 7, tok.sent.end)]
    worst = [t.i for t in rest]
    if key == "wounded" and len(rest) >= 5 and rest[0].lower_ == "," and [t.lower_ for t in rest[2:4]] == ["of", "them"] \
            and rest[4].lower_ in CRITICAL and count_of(rest[1]) is not None:
        attrs["criticallyWounded"] = count_of(rest[1])
        tokens += worst[:5]
    return [Fact("Attack", {}, attrs, tokens=tokens, split=False, clause=False, refers=("fact", ("Attack",)))]


def _plural(words: str) -> str:
    return words if words.endswith("s") else words + "s"


def victims_rules(tok: Token, cx: Context) -> list[Fact]:
    """``tok``, the subject noun of 'be' (:data:`VICTIM_NOUNS`). "The dead were one Bolivian
    and two Chilean sailors", "the victims were two Chilean crew members and a Bolivian":
    the harmed of the ``Attack`` told before (``refers``) by nationality, as
    ``killedPeople`` (or ``woundedPeople``) ``{actor: '3 unnamed sailors', among: [{actor:
    '1 unnamed sailor', of: bolivia}, …]}`` (corpus/CLAIMS.md: 'among' gives the parts of
    an unnamed group). Each part is counted (a number, or one for 'a'/'an') and names its
    state by a demonym the registry knows; the group's noun is the one a part gives
    ("sailors"), else 'persons'. Nothing when a part has no count or no state the
    registry holds, or the list has one part."""
    subj, tok = tok, tok.head
    if subj.dep_ != "nsubj" or subj.lemma_.lower() not in VICTIM_NOUNS or tok.lemma_ != "be":
        return []
    attr = next((c for c in tok.children if c.dep_ == "attr"), None)
    if attr is None:
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return []
    # the parser hangs the parts of such a list in many ways ("one Bolivian and two Chilean
    # sailors"): the parts are read from the predicate's words, each a count, a demonym, a noun
    words = [t for t in tok.sent if t.i > tok.i and not (t.is_punct and t.i == tok.sent.end - 1)]
    if not words or words[0].i != attr.left_edge.i and words[0] not in attr.subtree:
        return []
    pieces, cur = [], []
    for t in words:
        if t.lower_ in ("and", ",") or t.dep_ == "cc":
            pieces.append(cur)
            cur = []
        elif t.is_punct or t.dep_ in ("prep", "relcl", "acl") and cur:
            break
        else:
            cur.append(t)
    pieces.append(cur)
    parts, noun = [], None
    for piece in (p for p in pieces if p):
        n = 1 if piece[0].lower_ in ("a", "an") else count_of(piece[0])
        demonym = piece[1] if len(piece) > 1 else None
        mention = cx.at.get(demonym.i) if demonym is not None else None
        states = [e for e in (mention.entities if mention is not None and mention.form == "demonym" else [])
                  if e.type == "State" and not e.proposed]
        if n is None or len({e.id for e in states}) != 1:
            return []
        if len(piece) > 2:
            noun = noun or " ".join([*(t.lower_ for t in piece[2:-1]), piece[-1].lemma_.lower()])
        parts.append((n, states[0]))
        tokens_of = piece
    if len(parts) < 2:
        return []
    noun = noun or "person"
    among = [{"actor": f"{n} unnamed {noun if n == 1 else _plural(noun)}", "of": st.id} for n, st in parts]
    total = sum(n for n, _ in parts)
    value = {"actor": f"{total} unnamed {_plural(noun) if total != 1 else noun}", "among": among}
    tokens = [tok.i, *(t.i for t in subj.subtree), *range(words[0].i, tokens_of[-1].i + 1)]
    return [Fact("Attack", {}, {VICTIM_NOUNS[subj.lemma_.lower()]: value}, tokens=tokens, split=False, clause=False,
                 refers=("fact", ("Attack",)))]


#: "about 40 nautical miles west of the port of Callao", "some 30 km north of the city of X":
#: a bound, a number, a unit of length, a bearing, then 'of' or 'from'.
_OFFSET = re.compile(
    r"\b((?:(?:about|some|around|roughly|nearly|almost|approximately|more than|less than|at least)\s+)?"
    r"\d[\d,.]*\s+(?:nautical\s+miles?|miles?|kilometres?|kilometers?|km|metres?|meters?))\s+"
    r"((?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?|(?:north|south)-?(?:east|west)|"
    r"(?:north|south|east|west)ward)?\s*(?:of|from)\s+(?:the\s+(?:port|city|town|village|island|coast)\s+of\s+)?",
    re.IGNORECASE)


#: Places an offset right after whose name locates that place, not the event ("at the
#: Filoli estate in Woodside, about 40 km from San Francisco"); after a sea, a gulf or a
#: region ("in the Pacific, about 40 nautical miles west of Callao") it is where
#: the event was.
SETTLED = ("City", "Site")


def distance_places(facts: list[Fact], cx: Context) -> None:
    """An event whose sentence gives its place as an offset from another ("struck the ship
    in the Pacific, about 40 nautical miles west of the port of Callao") takes
    ``distance`` (the words of the length, bound and unit: 'about 40 nautical miles'),
    ``bearing`` (the direction from that place: 'west', when given) and ``distanceFrom``
    (the place or state named after 'of' or 'from'), and the quote takes the offset's
    words (corpus/CLAIMS.md; UN/CEFACT units NMI, KMT). The event is the last fact of a
    kind of Event (not a statement) whose trigger comes before the offset in its
    sentence. Left alone: an offset right after the name of a town or site
    (:data:`SETTLED`), which locates that place; a place the registry lacks (one the
    article alone names would need proposing); a fact with a distance already.
    ``facts``: the rules' drafted facts, changed in place; ``cx``: the rules' context."""
    vocab = vocabulary()
    doc = cx.doc
    for sent in doc.sents:
        for m in _OFFSET.finditer(sent.text):
            start = sent.start_char + m.end()
            name = []  # the proper name right after the offset's words
            for t in (t for t in sent if t.idx >= start):
                if t.pos_ != "PROPN" or name and t.i != name[-1].i + 1:
                    break
                name.append(t)
            # a capital's name is its city where the registry has it ("40 km from Lima"), not its state
            places = [e for t in name for e in (_capital_city(t, cx) or cx.entities(t)) if not e.proposed
                      and (e.type == "State" or vocab.is_a(e.type, "Place"))]
            if not places or name[0].idx != start:
                continue
            where = name[-1]
            offset = sent.start_char + m.start()
            # the word the offset follows, a date between them passed over ("in Callao on Monday, about ...")
            before = [t for t in sent if t.idx + len(t) <= offset and not t.is_punct and t.ent_type_ not in ("DATE", "TIME")
                      and not (t.pos_ == "ADP" and any(c.ent_type_ in ("DATE", "TIME") for c in t.children))]
            named = cx.at.get(before[-1].i) if before else None
            if named is not None and any(e.type in SETTLED for e in named.entities):
                continue  # "in Woodside, about 40 km from San Francisco": where the town lies, not the event
            told = [f for f in facts if f.trigger is not None and f.trigger.sent.start == sent.start
                    and f.trigger.idx < offset and vocab.is_a(f.type, "Event")
                    and not vocab.is_a(f.type, "Statement") and "distance" not in f.attrs]
            if not told:
                continue
            last = max(f.trigger.i for f in told)
            span = doc.char_span(offset, where.idx + len(where), alignment_mode="expand")
            for f in (f for f in told if f.trigger.i == last):
                f.attrs["distance"] = re.sub(r"\s+", " ", m.group(1))
                if m.group(2):
                    f.attrs["bearing"] = m.group(2).lower()
                f.attrs["distanceFrom"] = places[0].id  # a registry entity; no participant of the fact's id
                f.tokens += [t.i for t in span] if span is not None else []
