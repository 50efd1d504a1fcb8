"""A state's figures told by what it reports or holds, each an ``Indicator`` (a state's
figure, schema:Observation; corpus/CLAIMS.md, "A state's figure"):

- cases and deaths a state or region reports, records or confirms ("Congo has reported
  more than 14,000 cases and 524 deaths", "Peru recorded 2,863 confirmed cases of mpox"):
  ``indicator`` the noun's words ("reported cases", "confirmed cases of mpox"), ``amount``
  the count with its noun ("more than 14000 cases"); a state is the ``observationAbout``,
  a region the ``place`` (as corpus/CLAIMS.md writes "a figure for a region, not a state"),
  the body whose data the sentence cites its ``dataSource`` ("WHO data show");
- a stock of a strategic material or of weapons a state holds ("Iran holds 440.9
  kilograms of uranium enriched to 60 percent", "Chile has about 50 nuclear warheads"):
  ``indicator`` the material's words, ``amount`` the quantity.

The nouns are those of epidemiological reporting (WHO situation reports: cases, deaths,
infections) and of nuclear and arms inventories (IAEA reports: enriched uranium,
plutonium; warheads), not of one article.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.quantities import QuantityError, parse_amount
from kg.extract.facts.casualties import ATTACK_NOUNS
from kg.extract.facts.common import Context, Fact, _text, subjects
from kg.extract.facts.military import CONFLICT_NOUNS

#: Verbs by which a state or a region gives its count of cases: "has reported 500 cases".
REPORT_VERBS = {"report": "reported", "record": "recorded", "confirm": "confirmed", "register": "registered",
                "log": "logged"}
#: Nouns of an epidemic's count.
CASE_NOUNS = {"case", "death", "infection", "fatality"}
#: Of those, the nouns of the dead: a war, a disaster or an attack counts its dead too, so
#: they are an epidemic's figure only beside its cases ("14,000 cases and 524 deaths") or
#: with the disease they are from ("50 deaths from cholera").
DEATH_NOUNS = {"death", "fatality"}
#: Verbs by which a state holds a stock.
HOLD_VERBS = {"hold", "have", "possess", "stockpile", "own"}
#: Materials and weapons whose stock a state's inventory counts.
STOCK_NOUNS = {"uranium", "plutonium", "warhead"}
#: Words before a count that bound or round it ("more than 14,000", "about 50").
BOUND_WORDS = {"more", "less", "fewer", "than", "about", "around", "nearly", "almost", "some", "roughly",
               "approximately", "over", "under", "at", "least", "most", "up", "to"}
#: Who a figure may be about, and where it may be.
ABOUT = ("State",)
PLACES = ("Region", "City", "Place")


def _count_words(unit: Token) -> tuple[str, list[int]] | None:
    """The count of ``unit`` with its bound and its noun ("more than 14000 cases", "440.9
    kilograms", "about 50 warheads") and the tokens it spans, or None when the noun has no
    number or the claims reader's parser refuses the words."""
    nums = [c for c in unit.children if c.dep_ == "nummod" and c.like_num]
    if not nums:
        return None
    num = nums[0]
    start = num.left_edge.i
    # "more than 14,000 cases": the parser hangs 'more' on the noun, 'than' on the number
    while start > unit.left_edge.i and unit.doc[start - 1].lower_ in BOUND_WORDS:
        start -= 1
    if any(w.i > num.i and w.i < unit.i and not (w.like_num or w.dep_ in ("amod", "compound")) for w in unit.doc[num.i:unit.i]):
        return None
    words = " ".join(w.text for w in unit.doc[start:num.i + 1] if w.dep_ != "punct") + " " + unit.text
    words = re.sub(r"(?<=\d),(?=\d{3})", "", words)
    try:
        parse_amount(words, money=False)
    except (QuantityError, TypeError):
        return None
    return words, list(range(start, unit.i + 1))


#: Nouns of the data a figure comes from ("WHO data show", "according to official figures").
DATA_WORDS = {"data", "figure", "figures", "statistic", "statistics", "tally", "count", "records"}
#: Verbs by which data give a figure ("WHO data show").
SHOW_VERBS = {"show", "indicate", "suggest", "say", "reveal"}
#: Who may be a figure's source.
SOURCES = ("Organisation", "InternationalOrganisation", "Government", "ResearchInstitute", "NewsOrganisation")


def _data_source(verb: Token, cx: Context) -> tuple[list, list[int]]:
    """The body whose data the sentence of ``verb`` says the figure comes from: "..., WHO
    data show", "according to Africa CDC figures", "data from the health ministry show"
    (corpus/CLAIMS.md: ``dataSource``), with the tokens that say so; ([], []) when the
    sentence names none."""
    for t in verb.sent:
        if t.lower_ not in DATA_WORDS:  # the tagger may read "data", "figures" as verbs: the word form
            continue
        shown = t.dep_ == "nsubj" and t.head.lemma_ in SHOW_VERBS
        cited = t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according"
        if not (shown or cited):
            continue
        named = [c for c in t.children if c.dep_ in ("compound", "poss", "nmod")] + \
            [o for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for o in c.children if o.dep_ == "pobj"]
        if shown:  # "WHO data show": the parser may make the name a second subject of 'show'
            named += [c for c in t.head.children if c.dep_ == "nsubj" and c.i == t.i - 1]
        found = [e for n in named for e in cx.entities(n, conj=False) if e.type in SOURCES]
        if found:
            return found[:1], [t.i, t.head.i, *(n.i for n in named)]
    return [], []


def _figure(verb: Token, unit: Token, indicator: str, cx: Context) -> Fact | None:
    """An Indicator of what the subject of ``verb`` counts in ``unit``, named ``indicator``
    ("reported cases", "enriched uranium"); None when the subject names no state or region, or ``unit`` no count."""
    who = [e for s in subjects(verb) if s.dep_ != "nsubjpass" for e in cx.entities(s, conj=False)]
    about = [e for e in who if e.type in ABOUT]
    place = [e for e in who if e.type in PLACES]
    count = _count_words(unit)
    if count is None or len(about + place) != 1:
        return None
    roles = {"observationAbout": about} if about else {"place": place}
    source, said = _data_source(verb, cx)
    if source:
        roles["dataSource"] = source
    return Fact("Indicator", roles, {"indicator": indicator, "amount": count[0]},
                tokens=[verb.i, *count[1], *(t.i for s in subjects(verb) for t in s.subtree), *said], trigger=verb)


def _of_disease(unit: Token) -> bool:
    """Whether a noun of the dead names what they died of with 'from' or 'of' ("524 deaths
    from cholera"), and that is not an attack or a fight ("deaths from the strike")."""
    causes = [o for c in unit.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
              for o in c.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() not in ATTACK_NOUNS | CONFLICT_NOUNS and o.pos_ in ("NOUN", "PROPN")
               for o in causes)


def reported_count_rules(tok: Token, cx: Context) -> list[Fact]:
    """Indicators of the cases and deaths a state or region reports (see the module's
    description): one for the object of a verb of :data:`REPORT_VERBS` and one for each
    noun listed with it ("14,000 cases and 524 deaths"). Deaths count only beside cases or
    with a disease (:data:`DEATH_NOUNS`). Returns the facts, [] for counts of other things
    ("reported 3 incidents"), for the dead of an attack ("confirmed 3 deaths in the strike")
    or a subject that is a body, not a state."""
    if tok.pos_ != "VERB" or tok.lemma_ not in REPORT_VERBS or any(c.dep_ == "auxpass" for c in tok.children):
        return []
    out = []
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        listed = {u.lemma_.lower() for u in (obj, *obj.conjuncts)}
        for unit in (obj, *obj.conjuncts):
            if unit.lemma_.lower() not in CASE_NOUNS:
                continue
            if unit.lemma_.lower() in DEATH_NOUNS and not listed & (CASE_NOUNS - DEATH_NOUNS) and \
                    not _of_disease(unit):
                continue  # "confirmed 3 deaths in the strike": an attack's dead, not an epidemic's figure
            mods = [c for c in unit.children if c.dep_ in ("amod", "compound") and not c.like_num
                    and c.lower_ not in BOUND_WORDS]
            disease = [t for c in unit.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
            # "confirmed cases of mpox"; a bare noun is named by the verb: "reported cases"
            words = " ".join(t.text for t in mods + [unit] + disease)
            f = _figure(tok, unit, words if mods else f"{REPORT_VERBS[tok.lemma_]} {words}", cx)
            if f is not None:
                out.append(f)
    return out


def stock_rules(tok: Token, cx: Context) -> list[Fact]:
    """An Indicator of a stock a state holds (see the module's description): the object of
    a verb of :data:`HOLD_VERBS` is a quantity of a material of :data:`STOCK_NOUNS`
    ("440.9 kilograms of uranium") or a count of one ("50 nuclear warheads"). Returns []
    or one fact."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in HOLD_VERBS:
        return []
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in STOCK_NOUNS:  # "50 nuclear warheads"
            words = [c for c in obj.children if c.dep_ in ("amod", "compound") and not c.like_num] + [obj]
            f = _figure(tok, obj, _text(cx.doc, words), cx)
            return [f] if f is not None else []
        stuff = [o for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in STOCK_NOUNS]
        if stuff:  # "440.9 kilograms of uranium enriched to 60 percent": the material's words
            material = stuff[0]
            words = [c for c in material.children if c.dep_ in ("amod", "compound")] + [material]
            enriched = [c for c in tok.children if c.dep_ in ("ccomp", "acl", "advcl") and c.lower_ == "enriched"] + \
                [c for c in material.children if c.dep_ == "acl" and c.lower_ == "enriched"]
            name = _text(cx.doc, words)
            f = _figure(tok, obj, f"enriched {name}" if enriched else name, cx)
            return [f] if f is not None else []
    return []


#: Nouns of crimes a state's police or statistics count ("recorded 575 homicides").
CRIME_NOUNS = {"homicide", "murder", "killing", "kidnapping", "abduction", "femicide", "robbery", "extortion",
               "carjacking", "burglary"}
#: Nouns of those who record crimes for a state without being named ("Police recorded ...").
RECORDER_NOUNS = {"police", "authority", "authorities", "prosecutor", "ministry", "statistics", "data"}
#: Months by name, for a span of months ("the July-September quarter").
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
#: The months of each quarter of a year ("the third quarter").
QUARTERS = {"first": (1, 3), "second": (4, 6), "third": (7, 9), "fourth": (10, 12)}


def _span_of_months(words: str, published) -> str | None:
    """The months a phrase spans, as a period ``YYYY-MM/YYYY-MM``: "the July-September
    quarter", "July to September 2031", "the third quarter of 2031". Without a year, the
    last such span that began on or before the publication date. None for any other words."""
    text = words.lower()
    year = re.search(r"\b(19|20)\d{2}\b", text)
    m = re.search(r"\b(" + "|".join(MONTHS) + r")\s*(?:-|–|to|through)\s*(" + "|".join(MONTHS) + r")\b", text)
    if m:
        first, last = MONTHS.index(m.group(1)) + 1, MONTHS.index(m.group(2)) + 1
    else:
        q = re.search(r"\b(first|second|third|fourth)\s+quarter\b", text)
        if not q:
            return None
        first, last = QUARTERS[q.group(1)]
    if year:
        y = int(year.group(0))
    elif published is not None:
        y = published.year if first <= published.month else published.year - 1
    else:
        return None
    end_y = y if last >= first else y + 1
    return f"{y:04d}-{first:02d}/{end_y:04d}-{last:02d}"


def _dominant_state(cx: Context):
    """The state the article names far more than any other (at least three times and twice
    as often as the next), the one its unnamed police and statistics are of; else None."""
    counts: dict[str, list] = {}
    for m in cx.mentions:
        st = cx.resolver.state_of(m.entity)
        if st is not None:
            counts.setdefault(st.id, [st, 0])[1] += 1
    ranked = sorted(counts.values(), key=lambda p: -p[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def crime_count_rules(tok: Token, cx: Context) -> list[Fact]:
    """An Indicator of the crimes a state's police or statistics record ("Police recorded
    575 homicides in the July-September quarter", "Chile registered 1,200 kidnappings in
    2030"): ``indicator`` the crime with the verb's participle and the unnamed recorder
    ("homicides recorded by police"), ``amount`` the count with its noun, ``period`` the
    span the 'in' / 'during' phrase names (a span of months, a quarter, a year).
    ``observationAbout`` the state the subject names, else the one the sentence names,
    else the one the article names far more than any other. Returns [] or one fact; []
    for counts of other things ("recorded 3 incidents"), a subject that is a person or
    names no state, or no state to give the figure to."""
    if tok.pos_ != "VERB" or tok.lemma_ not in REPORT_VERBS or tok.lemma_ == "report" or \
            any(c.dep_ == "auxpass" for c in tok.children):
        return []
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in CRIME_NOUNS]
    if not objs:
        return []
    unit = objs[0]
    count = _count_words(unit)
    subj = [s for s in subjects(tok) if s.dep_ == "nsubj"]
    if count is None or len(subj) != 1:
        return []
    named = cx.entities(subj[0], conj=False)
    if any(e.type == "Person" for e in named):
        return []
    about = [st for e in named for st in [cx.resolver.state_of(e)] if st is not None]
    by = ""
    if not named:
        if subj[0].lemma_.lower() not in RECORDER_NOUNS:
            return []
        by = f" by {subj[0].lower_}"
        about = [e for m in cx.mentions_in(tok.sent.start, tok.sent.end) for e in [cx.resolver.state_of(m.entity)]
                 if e is not None]
        about = list({e.id: e for e in about}.values())
        if len(about) != 1:
            dominant = _dominant_state(cx)
            about = [dominant] if dominant is not None and not about else []
    if len(about) != 1:
        return []
    f = Fact("Indicator", {"observationAbout": about[:1]},
             {"indicator": f"{unit.lower_ if unit.tag_ == 'NNS' else unit.lemma_} {REPORT_VERBS[tok.lemma_]}{by}",
              "amount": count[0]},
             tokens=[tok.i, *count[1], *(t.i for t in subj[0].subtree)], trigger=tok)
    for p in (c for h in (tok, unit) for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "over")):
        words = list(p.subtree)
        period = _span_of_months(" ".join(t.text for t in words), cx.published)
        if period is None:
            year = [t for t in words if re.fullmatch(r"(19|20)\d{2}", t.text) and t.ent_type_ == "DATE"]
            period = year[0].text if len(year) == 1 and len(words) <= 3 else None
        if period is not None:
            f.attrs["period"] = period
            f.tokens += [t.i for t in words]
            break
    f.undated = True  # the figure's period, not a day
    return [f]
