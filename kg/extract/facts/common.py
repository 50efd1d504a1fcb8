"""What the rules of facts share: :class:`Fact` (a drafted fact: kind, roles, attributes,
tokens), :class:`Context` (a document's parse, mentions and resolver), the readers of a
trigger's roles (subjects, doers, objects, prepositions, possessors, modifiers), the
helpers that turn tokens into entities, and the lexicons that rules of several kinds read."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extract import dates
from kg.entities import normalise
from kg.extract.mentions import FORMAL_STATE_NOUNS, POSTNOMINALS, TITLES, Known, Mention, most_named, third_parties
from kg.extract.gazetteer import world
from kg.extract.quantities import count_of
from kg.extract.speech import MEDIUM_NOUNS  # a date on the words describing one is the saying's
from kg.extract.speech import REQUEST_VERBS, SCHEDULED_WORDS
from kg.extract.lexicon import STATEMENT_VERBS
from kg.extract.text import dateline_place


# --- lexicons (lemmas) -------------------------------------------------------------

AGREEMENT_NOUNS = {"agreement", "treaty", "accord", "deal", "pact", "memorandum", "convention", "protocol",
                   "declaration", "partnership", "contract", "charter"}
SANCTION_NOUNS = {"sanction", "embargo", "ban", "restriction", "tariff", "freeze", "penalty", "measure", "package"}
WEAPONS = {"jet", "aircraft", "fighter", "f-16", "f-16s", "missile", "rocket", "tank", "drone", "weapon", "arm",
           "munition", "ammunition", "shell", "artillery", "howitzer", "helicopter", "warship", "frigate",
           "submarine", "bomb", "rifle", "gun", "launcher", "system", "vehicle", "boat", "interceptor",
           "plane", "bomber", "ship", "armour", "armor", "mortar", "grenade", "warplane", "equipment"}
#: Modifiers that make a craft of :data:`WEAPONS` a civil one, which is no weapon (SIPRI's
#: arms transfers database counts major conventional weapons only, not airliners or
#: merchant ships): "wide-body aircraft" ('wide', '-', 'body'), "passenger jets",
#: "commercial planes", "cargo ships", "fishing boats".
CIVIL_CRAFT_WORDS = {"passenger", "commercial", "civil", "civilian", "cargo", "body", "wide-body", "widebody",
                     "narrow-body", "narrowbody", "jetliner", "airliner", "freight", "freighter", "business",
                     "private", "cruise", "container", "fishing", "merchant", "ferry", "airline", "medevac"}


def civil_craft(item: Token) -> bool:
    """Whether the item phrase headed by ``item`` (a token of :data:`WEAPONS`) is a civil
    craft by a modifier before the head (:data:`CIVIL_CRAFT_WORDS`): "20 A330neo
    wide-body aircraft", "passenger jets". Words after the head (a 'for' phrase) are not
    read."""
    return any(t.lower_ in CIVIL_CRAFT_WORDS for t in item.subtree if t.i < item.i)


COMMODITIES = {"oil", "gas", "lng", "LNG", "coal", "grain", "wheat", "fuel", "electricity", "crude", "diesel", "fertiliser",
               "fertilizer", "uranium", "food", "medicine", "vaccine", "aid", "petroleum", "power", "energy", "chip",
               "semiconductor", "corn", "rice", "steel", "iron", "copper", "gold", "timber",
               # refined fuels and other staples of trade news
               "gasoline", "petrol", "kerosene", "naphtha", "aluminium", "aluminum", "nickel",
               "potash", "sugar", "soybean", "soy", "barley", "cotton"}
#: Units that measure a commodity ("tonnes of LNG", "barrels of oil").
MEASURES = {"tonne", "ton", "barrel", "cubic", "metre", "meter", "litre", "liter", "shipment", "cargo", "consignment",
            "megawatt", "gigawatt", "bcm", "unit"}
SUPPLY_VERBS = {"deliver", "supply", "send", "provide", "transfer", "ship", "export", "sell", "give", "hand",
                "pledge", "promise", "donate"}
PROMISE_VERBS = {"pledge", "promise"}
LEGAL_VERBS = {"sentence": "sentence", "convict": "conviction", "charge": "charge", "indict": "indictment",
               "acquit": "acquittal", "jail": "sentence", "imprison": "sentence",
               "prosecute": "prosecution", "sue": "lawsuit", "extradite": "extradition"}
LEGAL_NOUNS = {"warrant": "arrest warrant", "verdict": "verdict", "ruling": "ruling", "indictment": "indictment",
               "conviction": "conviction", "sentence": "sentence", "lawsuit": "lawsuit", "case": "case"}
MEET_NOUNS = {"talk", "meeting", "summit", "negotiation", "discussion", "consultation"}
VISIT_NOUNS = {"visit", "trip", "tour"}
MEMBERSHIP_VERBS = {"join", "accede"}
STAKE_NOUNS = {"stake", "share", "holding", "interest"}
ACQUIRE_VERBS = {"acquire", "buy", "purchase", "take", "hold", "own"}

# --- positions ---------------------------------------------------------------------

FORMER = {"former", "ex", "ex-", "then"}
ELECT = {"elect", "president-elect", "incoming"}


#: Prepositions that place an act after or before another dated one ("since the 2029 coup"):
#: the other's date is read by the rules of sequence, not skipped as a noun's own year.
SEQUENCE_PREPS = {"since", "after", "before", "until", "following"}


@dataclass
class Fact:
    """A drafted fact as one claim: its class, roles (key -> entities, or 'unnamed …'
    strings), attributes (key -> value), the tokens (indices) the quote must cover, the
    trigger, and its date when the text gives one."""

    type: str
    roles: dict[str, list] = field(default_factory=dict)
    attrs: dict[str, object] = field(default_factory=dict)
    tokens: list[int] = field(default_factory=list)
    trigger: Token | None = None
    statement: bool = False  # the trigger is a verb of saying: its subject speaks
    said: bool = False  # the trigger is the speech act itself ("said", "hailed"): its speaker said it
    split: bool = True  # one fact per entity of the roles of SPLIT ("sanctions against X and Y")
    clause: bool = True  # quote the trigger's clause (else just the tokens)
    #: a role the sentence leaves out that the article's other facts of the kind fill, if they agree
    open_role: str | None = None
    plural: bool = False  # a title several names share ("Presidents Xi Jinping and Vladimir Putin")
    #: roles held by an unnamed actor acting for a named one: key -> ("unnamed senior diplomat", India);
    #: the party None for unnamed actors of no named party ("unnamed protesters")
    qualified: dict[str, tuple] = field(default_factory=dict)
    #: whom the speakers said it to (the claims format's ``said_to``): "a protest from Egypt
    #: to the Security Council"
    said_to: list = field(default_factory=list)
    #: keys of ``qualified`` whose party is the body or state the unnamed actors belong to
    #: (written ``of``: "observers from the CIS"), not the side they act for (``for``)
    members_of: set[str] = field(default_factory=set)
    #: the date its clause gives is the day the words were said (written ``said_on``), as for
    #: a judgement of another fact ("the vote was flawed, observers said on Monday")
    said_dated: bool = False
    negative: bool = False  # the text says the fact did not happen ("did not travel"): polarity negative
    undated: bool = False  # a state of affairs its clause's date does not date ("X's party won on Monday")
    #: role key -> the words of the earlier sentence a role was filled from, for the reviewer
    #: ("The agreement was signed on Tuesday": its parties are the subject of a sentence before)
    from_context: dict[str, str] = field(default_factory=dict)
    #: role key -> how a role was read from words that do not name it, for the reviewer
    #: ("'his country': the state of Tor Ashby, who reports it")
    read_as: dict[str, str] = field(default_factory=dict)
    #: the place of the thing this fact is about among several one clause joins ("signed a
    #: joint statement and memorandums of understanding": 2 for the memorandums), 1 alone
    part: int = 1
    #: who voices a fact whose class has no speaker role (a label: "Chile called Peru a partner")
    voiced_by: list = field(default_factory=list)
    #: a role that points back to a fact told before ("called the talks productive": the talks),
    #: with the kinds of fact its words may name (empty: any) and, third, the noun that must name
    #: the fact when no kind is given ("the invitation"); the engine gives it the fact's id
    refers: tuple[str, tuple[str, ...]] | tuple[str, tuple[str, ...], str] | None = None
    #: with ``refers``: a fact of its own when none of those kinds was told before ("The
    #: resolution was adopted by 15 votes to 0" joins the resolution told before, else is one)
    refers_or_own: bool = False
    #: the noun (lemma) by which a statement's words name the fact it is about, and the kinds
    #: of fact it may name ("welcomed the pledge": 'pledge', Support): the engine sets ``about``
    #: to such a fact told up to its quote's end, and keeps the statement without ``about``
    #: when there is none (unlike ``refers``); a third item True: none but a fact whose words hold the noun
    about_kinds: tuple[str, tuple[str, ...]] | tuple[str, tuple[str, ...], bool] | None = None
    #: the words tell an event still to come whatever the speech around them ("agreed to meet
    #: again", "faces a runoff"): drafted as planned where it would be asserted or reported
    planned: bool = False
    #: the modal around the trigger is the fact itself, not a modality of it ("will not be
    #: permitted to travel to India": the entry ban drafted, not an inability to travel)
    modal_is_fact: bool = False
    #: the modality the fact's own words give it, whatever the clause around them tells:
    #: 'obliged' for a duty with no modal verb ("has 90 days to comply", "gave Y 48 hours to
    #: leave"), 'asserted' for what already holds in a clause still to come ("the prize, worth
    #: X, will be presented"); applied where the fact would be asserted, reported or planned
    own_modality: str | None = None

    def take_date(self, found: tuple, key: str = "date") -> bool:
        """Date the fact by ``found``, a (date, token indices) pair as
        :meth:`Context.date_of` gives it: the date under ``key`` ('date', 'startDate',
        'endDate') and its words added to the quote. Returns whether there was a date."""
        date, toks = found
        if date:
            self.attrs[key] = date
            self.tokens += toks
        return bool(date)


#: Nouns of a time a clause may hang on, unmarked ("the year Lisbon held the presidency",
#: "the day X held talks"): what the clause tells happened then.
TIME_NOUNS = {"year", "day", "month", "week"}
#: Nouns of the news an article reports, made on its day ("the announcement was made ...").
NEWS_NOUNS = {"announcement", "statement", "decision", "declaration"}


def _time_named(noun: Token) -> bool:
    """Whether ``noun`` is a time noun of :data:`TIME_NOUNS` under 'the', a clause's time:
    in apposition to a date ("in 2027, the year ...": a npadvmod or appos of the verb) or
    the object of 'on' / 'in' ("on the day ...")."""
    if noun.lemma_ not in TIME_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    if any(c.dep_ in ("amod", "nummod", "compound") for c in noun.children):
        return False  # "the same day", "the following year", "the first day": read otherwise
    return noun.dep_ in ("npadvmod", "appos") or (noun.dep_ == "pobj" and noun.head.lower_ in ("on", "in"))


#: Nouns of a state's executive a leader's name may stand before ("Maduro's government", "the
#: Trump administration"): the state the leader acts for.
LED_BODY_NOUNS = {"government", "administration", "regime", "cabinet"}
#: Those who speak or act for a state in its name: "Israel's representatives", "Ukraine's
#: delegation" act for the state that owns them (a possessive; a demonym, "Russian
#: negotiators", leaves them unnamed people of that state).
DELEGATES = {"representative", "delegation", "delegate", "negotiator", "lawyer", "envoy"}


#: Words that make a sum a rate, never a date ("£101m a year", "4 million tonnes annually").
RATE_WORDS = {"a year", "per year", "each year", "every year", "a month", "per month", "each month", "every month",
              "annually", "yearly", "monthly", "a day", "per day", "each day", "a week", "per week"}


def headline_end(text: str) -> int:
    """The end (a code point offset) of ``text``'s headline: its first non-blank line when
    that line ends in no full stop, question or exclamation mark and a blank line or
    another paragraph follows ("Japan and Philippines sign defence pact"); 0 when the
    text opens with a sentence of its own."""
    m = re.match(r"\s*([^\n]+)\n", text)
    if not m or m.group(1).rstrip().endswith((".", "!", "?", ":", ",")):
        return 0
    return m.end(1)


#: An ordinal alone ("13th", "18th"): a day of the month to the tagger, a rank before a noun.
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$", re.I)


def _rank_ordinal(ent) -> bool:
    """Whether a DATE entity is an ordinal alone that ranks the noun it modifies ("its 13th
    package of sanctions", "the 18th sanctions package"), not a day of a month ("on the
    13th", "the 13th of May"): the tagger reads both as dates."""
    if len(ent) != 1 or not _ORDINAL.match(ent.text):
        return False
    tok = ent[0]
    return tok.dep_ in ("amod", "nummod", "compound") and tok.head.pos_ in ("NOUN", "PROPN") and \
        tok.head.i > tok.i and not tok.head.ent_type_ == "DATE"



def _ranked(gov: Token) -> bool:
    """Whether ``gov`` is a copula whose complement is a bare superlative ("was the worst",
    "is the deadliest"): a time phrase on it ("this year") is the span the ranking runs
    over, not the date of its subject. A superlative with a noun of its own ("was Peru's
    second-largest trading partner last year") states a ranking as a fact and keeps its
    date. (Penn Treebank tags JJS / RBS.)"""
    return any(c.dep_ in ("attr", "acomp") and c.tag_ in ("JJS", "RBS") for c in gov.children)


class Context:
    """What the rules read of one document: the doc, its mentions by token, the
    resolver (for demonyms, capitals), and the publication date."""

    def __init__(self, doc: Doc, mentions: list[Mention], resolver, published, has_parser: bool):
        self.doc = doc
        self.mentions = mentions
        self.at = {i: m for m in mentions for i in range(m.start, m.end)}
        self.resolver = resolver
        self.published = published
        self.has_parser = has_parser
        self.text = doc.text  # spaCy rebuilds doc.text and doc.ents on every access: read them once
        #: where the headline ends (code points): the text's first line when it ends in no stop, else 0
        self.headline_end = headline_end(self.text)
        # a number naming an item ("Resolution 2790", "Decree 14/2024") is no date for any rule
        self.dates = [e for e in doc.ents if e.label_ == "DATE" and not _rank_ordinal(e)
                      and not dates.number_in_name(e, published)]
        # token starts of the dates and mentions, in order, for the windows of dates_in and
        # mentions_in: a rule that filtered the whole list for each trigger would cost the
        # square of the article's length
        self._date_starts = [e.start for e in self.dates]
        self._date_ends = [e.end for e in self.dates]  # entities never overlap: in order too
        self._by_start = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        self._mention_starts = [mentions[k].start for k in self._by_start]
        #: results that rules compute once per document (a key of the rule's own -> value)
        self.memo: dict[str, object] = {}
        #: the state a wire dateline's capital names ("KYIV, Jan 1 — "), if any
        self.dateline_state = dateline_state(self.text, resolver)
        #: the organisation the article is about: named most often, at least twice, and alone at the top
        org = most_named(mentions, lambda m: m.entity.type == "InternationalOrganisation", 1)
        self.main_org = org[0] if org and sum(m.entity.id == org[0].id for m in mentions) >= 2 else None
        #: the two states the article is about, when two stand out ("bilateral trade")
        between = third_parties(doc, mentions) if has_parser else set()  # a mediator is neither side
        pair = most_named(mentions, lambda m: m.entity.type == "State" and m.entity.id not in between, 2)
        self.pair = tuple(pair) if pair else None
        #: the two people the article is about, when two stand out ("the two leaders held talks")
        leaders = most_named(mentions, lambda m: m.entity.type == "Person", 2)
        self.leaders = tuple(leaders) if leaders else None
        self.person_body: dict[str, Known] = {}  # person id -> the company they head
        #: person id -> ids of the bodies the article says they hold a post in ("the court's
        #: president, Joan Donoghue"): their own body, never what their words are about
        self.own_bodies: dict[str, set[str]] = {}
        #: the states of the referendums drafted so far, in text order ("the yes vote at 50.41 per cent")
        self.referendums: list[Known] = []
        #: kind and participants -> (sentence start, values, aspect) of the sentences drafting them (see aspect)
        self.aspects: dict[tuple, list[tuple[int, dict, str | None]]] = {}
        #: the kinds and participants whose headline fact a body sentence has taken up (see aspect)
        self.headline_told: set[tuple] = set()
        #: person id -> the state they act for: from the registry's 'of', then from the
        #: positions the article gives them (filled by find_facts)
        self.person_state: dict[str, Known] = {}
        #: person id -> the state of an office the article says they hold or held (a former one too)
        self.office_state: dict[str, Known] = {}
        for m in mentions:
            if m.entity.type == "Person" and m.entity.state:
                st = resolver.state_of(m.entity)
                if st is not None:
                    self.person_state.setdefault(m.entity.id, st)

    def dates_in(self, start: int, end: int) -> list:
        """The DATE entities of :attr:`dates` that hold a token of ``start``..``end - 1``
        (a sentence's bounds, as ``sent.start``, ``sent.end``), in text order: a window
        the caller filters further, as it would filter the whole list."""
        return self.dates[bisect_right(self._date_ends, start): bisect_left(self._date_starts, end)]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that start at tokens ``start``..``end - 1``, in the order of
        :attr:`mentions`: the same as filtering the list, found by bisection."""
        found = self._by_start[bisect_left(self._mention_starts, start): bisect_left(self._mention_starts, end)]
        return [self.mentions[k] for k in sorted(found)]

    # -- entities of a token ----------------------------------------------------------

    def entities(self, tok: Token | None, conj: bool = True) -> list[Known]:
        """The entities ``tok`` (a head word) names: its mention, a state named in a
        'Dutch government' / 'Russia's government' phrase, and its conjuncts."""
        if tok is None:
            return []
        out = []
        listed = [tok, *tok.conjuncts] if conj else [tok]
        if conj and tok.dep_ == "conj" and _singular_relative(tok):
            # "Statkevich and the journalist Losik, who was arrested": the clause is the last name's alone
            listed = [tok, *(c for c in tok.conjuncts if c.i > tok.i)]
        if conj:  # "Kenyan President A and Somali President B": the parser may hang A on B's name
            listed = [*_joined_before(tok, self.at), *listed]
        if conj and self._person(tok):
            # "A, senior official for X, and B, the ambassador, took part": the parser may hang the second
            # name on the first's apposition (a title, a common noun); a person named there is one more
            listed += [x for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i not in self.at
                       for x in c.conjuncts if x.i > c.i and x.pos_ == "PROPN" and self._person(x)]
        if conj and self._state(tok):  # "Mali, Burkina Faso and Niger": the parser may hang the list on an apposition
            listed += [x for c in tok.children if c.dep_ == "appos" and self._state(c) for x in (c, *c.conjuncts)]
        for t in listed:
            m = self.at.get(t.i)
            if m is not None:
                if m.form == "demonym" and t.dep_ in ("amod", "compound") and t.head.i not in self.at:
                    continue  # 'Russian companies': the adjective is not the actor
                out.extend(m.entities)
                continue
            if t.lower_ in ("its", "their") and t.dep_ == "poss" and self.has_parser:
                out += self._its(t)
                continue
            if t.text in POSTNOMINALS and (m := self.at.get(t.i - 1)) is not None and m.end == t.i and \
                    m.entity.type == "Person":
                out.append(m.entity)  # "Tulip Siddiq MP has resigned": the parser makes the letters the head
                continue
            # "Myanmar's military leader, General Min Aung Hlaing"; "X and the Emir of Qatar, Sheikh Tamim",
            # where the parser hangs the second's apposition on the first
            near = [*t.children, *(c for c in tok.children if c.i > t.i)] if t.i != tok.i else list(t.children)
            # "its neighbour Stockholm": a common noun whose apposition names a state (by name or capital)
            kinds = ("Person",) if t.i == tok.i else ("Person", "State")
            # "the rights group Foro Penal": a name right after its common noun (close apposition,
            # no comma) is what the noun names, whatever its kind
            appos = [c for c in near if c.dep_ == "appos" and c.i in self.at and (
                self.at[c.i].entity.type in kinds or (t.i == tok.i and t.pos_ == "NOUN" and self.at[c.i].start == t.i + 1
                                                      and self.at[c.i].form == "name"))]
            if not appos and t.pos_ == "NOUN" and (t.lemma_ in DELEGATES or t.lower_ in TITLES):
                appos = _title_holder(t, self.at)
            if appos:  # "Myanmar's military leader, General Min Aung Hlaing"
                out.extend(self.at[appos[0].i].entities)  # "the brothers Ali and Reza Karimi": both
                if t.tag_ in ("NNS", "NNPS"):  # "two ministers, Lin Hale and Tor Ashby": each one listed
                    out += self._listed(appos[0])
                continue
            if t.lemma_ in ("government", "authority", "administration", "state", "cabinet", "regime", "leadership",
                            "ministry"):  # "Ecuador's foreign ministry": a state's ministry acts for it
                for c in t.children:
                    cm = self.at.get(c.i)
                    if cm is not None and c.dep_ in ("amod", "poss", "compound", "nmod") and cm.entity.type == "State":
                        out.append(cm.entity)
                        break
                    if cm is not None and c.dep_ in ("poss", "compound") and cm.entity.type == "Person" and \
                            cm.form in ("name", "surname") and t.lemma_ in LED_BODY_NOUNS and \
                            cm.entity.id in self.person_state:
                        # "Maduro's government", "the Trump administration": the state its leader heads, by
                        # name ("his government" is read by the rules that say how they read it)
                        out.append(self.person_state[cm.entity.id])
                        break
                else:
                    for p in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
                        out += [self.at[o.i].entity for o in p.children if o.i in self.at and self.at[o.i].entity.type == "State"]
                    if t.lemma_ in ("authority", "government", "administration", "regime", "leadership"):
                        # "the authorities in Kabul": those of the capital's state (its government, where the
                        # registry gives one); a city no capital ("the authorities in Kandahar") is a local one
                        out += [self.at[o.i].entity for p in t.children if p.dep_ == "prep" and p.lower_ == "in"
                                for o in p.children if o.i in self.at and self.at[o.i].form == "capital"
                                and self.at[o.i].entity.type in ("State", "Government", "MilitaryGovernment")][:1]
            elif t.lower_ in FORMAL_STATE_NOUNS and t.pos_ == "PROPN":
                # "the Federal Republic of Somalia": a state's formal name, where the registry lacks it whole
                out += [self.at[o.i].entity for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.i in self.at and self.at[o.i].entity.type == "State"][:1]
            elif self.has_parser and _pair_phrase(t) is not None:  # "the two leaders", "the pair", "both countries"
                out += list((self.leaders if _pair_phrase(t) == "Person" else self.pair) or ())
            elif t.lemma_ in DELEGATES:  # "Israel's representatives told the judges": the state speaks through them
                out += [self.at[c.i].entity for c in t.children
                        if c.dep_ == "poss" and c.i in self.at and self.at[c.i].entity.type == "State"][:1]
        return _uniq(out)

    def _listed(self, appos: Token) -> list[Known]:
        """The people a plural noun's apposition lists ("two ministers, Energy Minister Lin
        Hale and Finance Minister Tor Ashby"): the people named in it and its conjuncts,
        also where the parser joins the list into one name, but not one a preposition
        names inside it ("Tor Ashby of Lin Hale's party")."""
        out = []
        for head in (appos, *appos.conjuncts):
            for x in head.subtree:
                m = self.at.get(x.i)
                if m is None or m.entity.type != "Person":
                    continue
                a, under = x, False
                while a.i != head.i:
                    under, a = under or a.dep_ == "prep", a.head
                if not under:
                    out.extend(m.entities)
        return out

    def _state(self, tok: Token) -> bool:
        """Whether ``tok`` is in a mention of a state by its name."""
        m = self.at.get(tok.i)
        return m is not None and m.form == "name" and m.entity.type == "State"

    def _person(self, tok: Token) -> bool:
        """Whether ``tok`` is in a mention of a person by name."""
        m = self.at.get(tok.i)
        return m is not None and m.form == "name" and m.entity.type == "Person"

    def _its(self, tok: Token) -> list[Known]:
        """'its' / 'their' as the subject of the clause it stands in ("Russia will find
        business amid sanctions over its invasion"), when that subject names states or
        bodies, not people; or the body whose noun phrase it stands in ("Russia's support,
        including its military actions", "Russia due to its annexation of Crimea"). A name
        standing between as a modifier ("amid Western sanctions over its invasion") is no
        other candidate."""
        node = tok.head
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            if node.head.lower_ == "including" and node.head.i > 1:  # "X's support, including its ...": X
                before = self.doc[node.head.i - 1]
                node = self.doc[node.head.i - 2] if before.is_punct else before
                if node.pos_ not in ("NOUN", "PROPN"):
                    break
            if node.lower_ in ("due", "owing") and node.i > 0 and node.i - 1 in self.at and \
                    self.at[node.i - 1].entity.type not in ("Person", "City") and tok.lower_ == "its":
                return [self.at[node.i - 1].entity]  # "Myanmar post-coup and Russia due to its annexation of Crimea"
            if node.i != tok.head.i and node.pos_ in ("NOUN", "PROPN"):
                owner = [node] if node.i in self.at else [c for c in node.children if c.dep_ == "poss" and c.i in self.at]
                ents = [self.at[o.i].entity for o in owner]
                if ents and all(e.type not in ("Person", "City") for e in ents) and (tok.lower_ == "their") == (len(ents) > 1):
                    return ents
            node = node.head
        for _ in range(3):
            subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                ents = self.entities(subj[0])
                ids = {e.id for e in ents}
                between = {m.entity.id for m in self.mentions if subj[0].i < m.start < tok.i and not (
                    m.form == "demonym" and self.doc[m.start].dep_ in ("amod", "compound"))} - ids
                if ents and not between and all(e.type != "Person" for e in ents) and \
                        (tok.lower_ == "their") == (len(ents) > 1):
                    return ents  # no other actor named in between that 'its' could mean
                return []
            if node.head.i == node.i:
                break
            node = node.head
        return []

    def nationals(self, person: Known) -> set[str]:
        """The ids of the states whose demonym the text writes on a person's name or on a
        noun beside it ("Italian journalist Cecilia Sala", "Cecilia Sala, an Italian
        journalist"): the person's nationality as the article gives it (Wikidata P27), by
        which a journey to that state is a return home, no visit. An empty set where none."""
        out = set()
        for i, m in self.at.items():
            if i != m.start or m.form != "demonym" or m.entity.type != "State":
                continue
            noun = self.doc[i].head
            if self.doc[i].dep_ not in ("amod", "compound") or noun.i == i:
                continue
            near = [noun] + ([noun.head] if noun.dep_ in ("compound", "appos") else [])
            if any(t.i in self.at and self.at[t.i].entity.id == person.id for t in near):
                out.add(m.entity.id)
        return out

    def _day_told_before(self, start: int) -> str | None:
        """The last day (YYYY-MM-DD) a date of the text before token ``start`` names, which
        "the same day" and "that day" refer back to; None when the text names none before."""
        for ent in reversed(self.dates[:bisect_left(self._date_starts, start)]):
            if SAME_DAY.fullmatch(ent.text.lower()):
                continue
            value = dates.resolve(ent.text, self.published)
            if value and len(value) == 10:
                return value
        return None

    def _said_on(self, tok: Token) -> dt.date | None:
        """The day the words of ``tok``'s clause were said, when the clause is reported
        speech (:func:`kg.extract.dates.speech_verb`) and the verb of saying has a day of
        its own on or before publication ("on March 13 ... announced that ..."); else None."""
        verb = dates.speech_verb(tok) if self.has_parser else None
        said = self.date_of(verb)[0] if verb is not None else None
        if not said or len(said) != 10 or (self.published and said > self.published.isoformat()):
            return None
        return dt.date.fromisoformat(said)

    def date_of(self, tok: Token) -> tuple[str | None, list[int]]:
        """The date attached to the clause of ``tok``: a DATE entity among the tokens its
        parse governs (not inside a nested clause), resolved against the publication
        date; with the tokens it spans."""
        future = dates.looks_forward(tok)  # "would meet again on April 19": the next April 19
        nearest = not future and dates.past_plan(tok)  # "had been due to attend on May 3": the May 3 nearest
        sent = tok.sent
        for ent in self.dates:
            if not (sent.start <= ent.start < sent.end):
                continue
            cut = next((t.i for t in ent if t.text == "," and t.i > ent.start), None)
            if cut is not None and dates.resolve(ent.text, self.published, future, nearest) is None:
                # "on Sunday, South Korea's military said": the tagger runs a day on over the comma into
                # the speaker's name; the words before the comma are the date
                ent = self.doc[ent.start: cut]
            head = ent.root
            offset = _interval_before(ent, tok) if self.has_parser else None
            if offset is not None:
                # "appealed on Tuesday, a day after a court barred her": the barring's day is Tuesday's eve
                # (the main clause may be words said on a dated day: "said on Monday that ..., a day after")
                main, main_toks, node = None, [], tok.head
                for _ in range(3):
                    main, main_toks = self.date_of(node)
                    if main or node.dep_ not in ("ccomp", "conj") or node.head.pos_ not in ("VERB", "AUX"):
                        break
                    node = node.head
                if main and len(main) == 10:
                    day = dt.date.fromisoformat(main) - dt.timedelta(days=offset)
                    return day.isoformat(), sorted({*range(ent.start, ent.end), *main_toks})
                # an undated main clause: the interval is read as before the day of the news
            if head.dep_ == "npadvmod" and (head.head.lower_ in SPAN_WORDS or (
                    offset is None and ent.end < len(self.doc) and self.doc[ent.end].lower_ in SPAN_WORDS)):
                continue  # "a year after the snap election": how far apart two events are, no date
            if head.dep_ == "npadvmod" and _ranked(head.head):
                # "[the bombing] was the worst this year": the span the ranking runs over, no date of the
                # thing ranked (a ranking that is a fact, "Peru's second-largest partner last year", keeps it)
                continue
            if ent.text.lower() in RATE_WORDS and (ent.end >= len(self.doc) or self.doc[ent.end].lower_ not in
                                                   ("after", "before", "ago", "later", "earlier", "since")):
                continue  # "£101m a year": how often a sum is paid, no date ("a day after" is one)
            # a noun's date hangs on its verb: "Trade ... rose 12% last year"
            anchors = {tok.i} | ({tok.head.i} if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in
                                 ("nsubj", "nsubjpass", "dobj", "attr") else set())
            if self.has_parser and dates.year_in_name(ent):
                continue  # "passed the Finance Bill 2024 on Tuesday", "the 2024 Act": the year names the law, not the act
            if self.has_parser and ent.text.isdigit() and len(ent.text) == 4 and \
                    head.dep_ in ("nummod", "compound", "amod", "nmod") and head.head.pos_ in ("NOUN", "PROPN") \
                    and head.head.i not in anchors and not (head.head.dep_ in ("dobj", "nsubj", "nsubjpass")
                                                            and head.head.head.i in anchors) \
                    and not (head.head.dep_ == "pobj" and head.head.head.lower_ in SEQUENCE_PREPS):
                # "under the 2016 Global Magnitsky Act", "his defeat in the 2022 election": the year names the
                # noun of a phrase, not the act ("signed a 2022 framework deal": the thing signed, its year;
                # "since the 2029 coup": an event the act is placed after, read by the callers)
                continue
            if self.has_parser:
                node, ok = head, False
                steps, budget = 0, 4
                while steps < budget:
                    steps += 1
                    if node.i in anchors:
                        # "said on Friday it would revoke the visa": the weekday is the saying's; the act to
                        # come is undated unless its own words date it
                        ok = not (future and dates.said_before_clause(ent, node))
                        break
                    if node.dep_ == "ccomp" and node.head.i in anchors and dates.said_before_clause(ent, node):
                        ok = True  # the same date read for the verb of saying: the day the words were said
                        break
                    if node.dep_ == "relcl" and node.head.i == tok.i and tok.pos_ == "NOUN" and \
                            node.lemma_ not in SEQUENCE_VERBS:
                        pass  # "a summit with Putin that focused on space in September last year": the summit's date
                    elif node.dep_ == "acl" and node.head.lemma_ in MEDIUM_NOUNS and node.head.dep_ == "pobj":
                        budget = steps + 3  # "said in a video statement posted on Sunday": the statement's day is the saying's
                    elif node.dep_ in ("ccomp", "relcl", "acl", "advcl", "parataxis") or node.head.i == node.i:
                        break
                    elif node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and node.head.i in anchors and \
                            any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                        break  # "X said ..., and the Financial Times reported in May": another clause's date
                    elif node.dep_ == "conj" and node.pos_ == "VERB" and node.lemma_ in FIXING_VERBS and \
                            node.head.i in anchors and _day_fixed_by(head, node):
                        break  # "dissolved the House and fixed 5 March for the vote": the day fixed, not the dissolution's
                    elif node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN"):
                        budget += 1  # "signed a trade agreement and a defence pact on Thursday": the list is one object
                    node = node.head
                if not ok and tok.dep_ == "relcl" and ent.start <= tok.head.i < ent.end and \
                        any(c.lower_ == "when" for c in tok.children):
                    ok = True  # "set out the plan in July, when he said ...": the clause of 'when' is July's
                closing = dates.relative_before_verb(ent)
                if closing is None:
                    # "turned to Russia and, in July 2024, signed a treaty": the date of the conjunct it opens
                    closing = dates.next_conjunct(ent)
                if closing is not None:
                    # "The soldiers who seized power in July detained X": the parser hangs 'in July' on the
                    # main verb; between a subject's relative clause and its verb, it is the clause's
                    ok = closing.i == tok.i
                if not ok:
                    continue
            set_for = dates.set_for(ent)  # "called a meeting for Thursday": a day still to come
            value = dates.resolve(ent.text, self.published, future or set_for, nearest and not set_for)
            if value and (future or set_for):
                # "announced on March 13 that he would set the election for May 18": the day to come
                # nearest after the saying, not after the publication (which may report the result)
                said = self._said_on(tok)
                value = (dates.resolve(ent.text, said, True) or value) if said and not dates.has_year(ent.text) \
                    else value
            length = _length_after(ent)
            if value is None and length is not None:
                # "sentenced on 19 July to 16 years": the tagger spans the day and the sentence's length
                value = dates.resolve(self.doc[ent.start: length].text, self.published, future, nearest)
                if value:
                    return value, list(range(ent.start, length))
            if value is None and ent.text.lower() == "today" and self.published and \
                    (tok.tag_ in ("VBD", "VBN") or tok.head.tag_ in ("VBD", "VBN")):
                value = self.published.isoformat()  # "The Council today adopted": the day of the release
            if value is None and SAME_DAY.fullmatch(ent.text.lower()):
                value = self._day_told_before(ent.start)  # "X resigned on 29 November. Y was appointed on the same day."
            if value:
                return value, list(range(ent.start, ent.end))
        if self.has_parser and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ in ("VERB", "AUX") and \
                not any(c.dep_ in ("mark", "aux") for c in tok.children):
            # "the Treasury on Friday took sweeping action, designating two producers": a participle
            # of circumstance tells an act of its main clause, at that clause's time
            return self.date_of(tok.head)
        if self.has_parser and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ in ("at", "during") and any(o.lower_ == "which" for o in c.children)
                for c in tok.children):
            # "travelled to Moscow in March for talks at which the two leaders signed documents": what
            # happened at an occasion happened when the occasion did
            verb = next((a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None:
                return self.date_of(verb)
        if self.has_parser and tok.dep_ == "relcl" and _time_named(tok.head):
            return self._time_of(tok.head)
        return None, []

    def _time_of(self, noun: Token) -> tuple[str | None, list[int]]:
        """The date of a time noun a clause hangs on ("the year Lisbon held the presidency",
        "on the day X held talks"): the date of the verb the noun belongs to ("began in
        2027, the year ...": 2027); for the day an announcement was made with no date of
        its own ("The announcement was made on the day X held talks"), the publication
        date, the day the article reports its news."""
        verb = noun.head if noun.dep_ != "pobj" else noun.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None, []
        found = self.date_of(verb)
        if found[0] or noun.lemma_ != "day" or self.published is None:
            return found
        told = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in NEWS_NOUNS]
        if told and verb.lemma_ in ("make", "come", "be", "issue", "publish", "release"):
            return self.published.isoformat(), [verb.i, noun.i, *(t.i for t in told[0].subtree)]
        return None, []


#: How many days a day or week of an interval ("a day after", "two weeks before") counts.
_INTERVAL_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
_INTERVAL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                     "eight": 8, "nine": 9, "ten": 10}


def _interval_before(ent, tok: Token) -> int | None:
    """How many days before the time of the main clause the subordinate clause of ``tok``
    (a verb) happened, when a DATE entity ``ent`` of an interval of days or weeks opens it
    with 'after' or 'before' ("appealed on Tuesday, a day after a court barred her": 1;
    "two weeks before the vote was held": -14): the span between two events, dated by the
    main clause's day (the caller's to find). None for any other date, or when the
    interval hangs on no clause of ``tok`` that modifies a verb."""
    words = ent.text.lower().split()
    doc = ent.doc
    if len(words) != 2 or words[1] not in _INTERVAL_UNITS or ent.end >= len(doc) or \
            doc[ent.end].lower_ not in ("after", "before"):
        return None
    count = _INTERVAL_NUMBERS.get(words[0]) or (int(words[0]) if words[0].isdigit() else None)
    root = ent.root
    verb = root.head.head if root.head.i == ent.end else root.head  # "a week" hangs on 'after' or its verb
    if not count or root.dep_ != "npadvmod" or verb.i != tok.i or tok.dep_ != "advcl" or \
            tok.head.pos_ not in ("VERB", "AUX"):
        return None
    days = count * _INTERVAL_UNITS[words[1]]
    return days if doc[ent.end].lower_ == "after" else -days


#: Words that date an event by the day told before ("was appointed on the same day", "that day").
SAME_DAY = re.compile(r"(?:on )?(?:the same day|that same day|that day|the same date)")
#: Words a span of time measures the distance of two events by: "a year after the snap
#: election", "two days before the vote", "a week later".
SPAN_WORDS = {"after", "before", "later", "earlier", "since"}
#: Verbs of a clause that sets its noun beside another event ("the snap election that
#: followed his dissolution of the Assembly on June 9"): the clause's date is the other
#: event's, not the noun's.
SEQUENCE_VERBS = {"follow", "precede", "succeed", "replace", "trigger", "prompt", "spark", "cause"}
#: Verbs that fix the day of something to come ("dissolved the House and fixed 5 March as
#: the date of the election", "... and set elections for 4 May"): a date in their clause is
#: the day fixed, not the time of a verb they are joined to.
FIXING_VERBS = {"fix", "set", "schedule", "slate"}


def _day_fixed_by(day: Token, verb: Token) -> bool:
    """Whether the date whose head is ``day`` is what ``verb`` (of :data:`FIXING_VERBS`)
    fixes: its object ("fixed 5 March as the date"), or its 'for' ("set elections for 4
    May"), not the time of the fixing ("set the rules on Monday")."""
    if day.head.i == verb.i and day.dep_ in ("dobj", "npadvmod"):
        return True
    return day.dep_ == "pobj" and day.head.lower_ == "for" and day.head.head.i == verb.i


RELATIVE = {"who", "which", "that", "whom"}
#: Papers that speak for whoever issues them: "filed an application accusing X", "issued a statement condemning Y".
DOCUMENT_NOUNS = {"application", "statement", "complaint", "petition", "letter", "lawsuit", "suit", "motion",
                  "act", "decree", "directive", "regulation", "ordinance",  # "adopted the legal acts lifting its sanctions"
                  "resolution", "communique", "communiqué", "declaration", "note", "report", "submission"}
GRATITUDE = {"gratitude", "thanks", "appreciation", "admiration", "support"}


#: Verbs of contact or movement whose infinitive says what for ("telephoned Erdogan to thank
#: him", "met the envoy to discuss"): the subject of the verb does it, not its object
#: (subject control; object control is for verbs of asking and causing: "invited
#: Argentina to join").
PURPOSE_VERBS = {"telephone", "phone", "ring", "meet", "visit", "host", "receive", "contact", "summon", "use",
                 "hold"}


#: Nouns of a chance taken, whose infinitive is done by whoever takes it ("seized the
#: opportunity to defend", "used the occasion to praise").
CHANCE_NOUNS = {"opportunity", "chance", "occasion"}


def _title_holder(noun: Token, at: dict) -> list[Token]:
    """The person named after a title noun and its phrase, between commas ("Russia's envoy
    to the agency in Vienna, Mikhail Ulyanov, criticised"), where the parser hangs the name
    on the last noun of the phrase ('Vienna') rather than on the title: [the name's head]
    when that noun lies in the title's phrase and names no person, else []."""
    for c in noun.subtree:
        if c.dep_ != "appos" or c.i not in at or at[c.i].entity.type != "Person" or c.head.i == noun.i:
            continue
        host = c.head
        if host.dep_ == "pobj" and (host.i not in at or at[host.i].entity.type != "Person") and \
                noun.doc[at[c.i].start - 1].text == ",":
            return [c]
    return []


def _singular_relative(noun: Token) -> bool:
    """Whether ``noun`` carries a relative clause whose relative pronoun is its subject and
    whose verb is singular ("Losik, who was arrested", "Peru, which has signed"): the
    clause tells of that noun alone, not of the names joined before it ("Chile and Peru,
    which were ...", a plural verb, tells of all)."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE
                                             for c in clause.children):
            continue
        verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
        finite = [v for v in verbs if v.tag_ in ("VBZ", "VBP", "VBD", "MD")]
        if finite and finite[0].tag_ == "VBZ" or finite and finite[0].lower_ in ("was", "has", "is"):
            return True
    return False


def _own_clause_before(subj: Token, verb: Token) -> bool:
    """Whether ``subj``, one of several subjects the parser hangs on ``verb``, is the subject
    of a clause of its own that ends with ", and" before the next subject: a verb in its
    words with an object and a predicate or clause of its own ("Youth groups that organised
    the protests *called the emergency an attempt* ..., and the ombudsman warned": a
    participle has no such object), read by the parser as a clause on a noun."""
    if subj.i > verb.i:
        return False
    words = list(subj.subtree)
    inner = [t for t in words if t.dep_ == "acl" and t.pos_ == "VERB"
             and any(c.dep_ == "dobj" for c in t.children)
             and any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in t.children)]
    if not inner:
        return False
    end = max(t.i for t in words if t.dep_ not in ("punct", "cc"))
    doc = subj.doc
    return end + 2 < len(doc) and doc[end + 1].text == "," and doc[end + 2].lower_ == "and"


def subjects(verb: Token) -> list[Token]:
    """The tokens that are the subject of ``verb``: its nsubj, the agent of a passive, the
    noun a relative clause hangs on ("Min Aung Hlaing, who took power"), the controller
    of an infinitive ("invited Argentina to join")."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj",)]
    if len(subj) > 1:
        # "Youth groups that organised the protests called the emergency an attempt to silence dissent,
        # and Peru's ombudsman warned that ...": two clauses the parser read as one with two subjects
        subj = [s for s in subj if not _own_clause_before(s, verb)]
    if subj and _subject_before_verb(verb) is not None:
        return []  # "Tor Ashby, praised for his courage, met ...": Ashby is praised, by no one named
    if subj and _participle_read_as_verb(verb) is not None:
        subj = []  # "The jets delivered to Peru by Chile are old": the jets are delivered, Chile delivers
    if subj and subj[0].lower_ in RELATIVE and verb.dep_ == "relcl":
        return [verb.head]
    if subj and subj[0].i < verb.i and any(c.text == ":" for c in subj[0].children):
        # a lead-in label ("Side deals: Armenia and Azerbaijan each signed ..."): the parser makes the
        # label the subject and the names its apposition; the names are who acts
        named = [c for c in subj[0].children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if named:
            return named[:1]
    if subj and subj[0].pos_ == "NOUN" and subj[0].tag_ == "NNS" and subj[0].i < verb.i:
        # "The two foreign ministers, Ana Kell of Tarsia and Mira Holt of Brelia, signed the accord":
        # a plural description with the names in apposition; the names are who acts
        named = [c for c in subj[0].children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if named:
            return named[:1]
    if not subj:
        for c in verb.children:
            if c.dep_ == "agent":
                subj += [o for o in c.children if o.dep_ == "pobj"]
    if not subj and _passive_conjunct(verb) is not None:
        return []  # "Chile attacked Peru and was condemned": Chile is condemned, by no one named
    if not subj and verb.dep_ == "acl" and verb.head.lemma_ in FAILURE_NOUNS:
        # "Mongolia's failure to arrest Putin", "the refusal of Mongolia to extradite him": who failed
        noun = verb.head
        return [c for c in noun.children if c.dep_ == "poss"] or [
            o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if not subj and verb.dep_ in ("xcomp", "pcomp") and verb.head.i != verb.i:
        # object control: "invited Argentina to join", "accused North Korea of supplying"
        head = verb.head.head if verb.dep_ == "pcomp" else verb.head
        if head.pos_ == "PROPN":  # "gratitude to Min Aung Hlaing for gifting": 'for' hangs on the name
            return [head]
        # (the object stands before the infinitive: a noun the parser hangs on the verb after it is an
        # apposition of the infinitive's own object, "decided to nationalise X (X), the mining company")
        controller = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
        if not controller and verb.dep_ == "xcomp":
            # the subject of a passive controls its infinitive: in "Tor Ashby was invited by Chile to visit
            # Peru" Ashby visits, not the agent who invites; "Chile is expected to sign": Chile signs
            controller = _antecedents([c for c in head.children if c.dep_ == "nsubjpass"])
        if controller and head.lemma_ in PURPOSE_VERBS and any(c.dep_ == "nsubj" for c in head.children):
            # a purpose, not object control: in "telephoned Erdogan to thank him" the caller thanks
            return subjects(head)
        if not controller and head.lemma_ == "call":  # "called on Peru to release": who is called on
            controller = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "on"
                          for o in p.children if o.dep_ == "pobj"]
        if controller and head.lemma_ == "join" and verb.dep_ == "pcomp" and verb.head.lower_ == "in":
            # "Sudan has joined Egypt in demanding ...": who joins does it as much as the one joined
            # (the subject first, as the sentence tells who acts)
            return [c for c in head.children if c.dep_ == "nsubj"] + controller
        if controller and controller[0].pos_ in ("NOUN", "PROPN", "PRON") and controller[0].lemma_ not in GRATITUDE:
            return controller
        if controller:  # "expressed gratitude to Min Aung Hlaing for gifting": the one thanked
            thanked = [o for p in head.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                       for o in p.children if o.dep_ == "pobj"]
            if thanked:
                return thanked
    if not subj and verb.dep_ == "conj":
        # "Denmark has pledged 19 aircraft, Norway six and Belgium has also promised jets": the
        # parser hangs 'Belgium' on the list before; a name right before the verb's own
        # auxiliary is the subject of its clause, not the subject of the first verb
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        before = verb.doc[aux[0].i - 1] if aux and aux[0].i > 0 else None
        if before is not None and before.pos_ == "PROPN" and before.dep_ in ("conj", "appos") and \
                before.i > verb.head.i and not any(c.dep_ == "cc" and c.i > before.i for c in verb.children):
            return [before]
    if not subj and _speech_after_report(verb):
        # "The ministry denied that X supported terrorism and dismissed the accusations": the
        # parser joins the second verb of saying to the reported clause; it is the speaker's act
        return subjects(verb.head.head)
    if not subj and verb.dep_ == "advcl" and verb.left_edge.lower_ == "for" and \
            any(c.dep_ == "nsubjpass" for c in verb.children):
        return []  # "called for Bazoum to be released": who is to release him is not said, nor is it the caller
    if not subj and verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and verb.head.i != verb.i:
        head = verb.head if verb.dep_ != "pcomp" else verb.head.head
        if verb.dep_ == "conj" and _subject_before_verb(head) is not None:
            return [_subject_before_verb(head)]  # "Tor Ashby, praised for his courage, met ...": Ashby met
        passive = [c for c in head.children if c.dep_ == "nsubjpass"]
        if verb.dep_ == "advcl" and passive:
            return passive  # "the rulers have been shunned by the West, facing sanctions": the rulers face them
        if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.lower_ in SCHEDULED_WORDS and head.head.i != head.i:
            # "Xi was due to meet Kishida": the subject of 'was' (a scheduled act; "ready to", "unable to"
            # tell no act done, and are left alone)
            return subjects(head.head)
        return subjects(head)  # "agreed to supply": the subject of agreed
    if not subj and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj" and \
            verb.head.pos_ == "NOUN" and verb.head.lemma_ in DOCUMENT_NOUNS:
        return subjects(verb.head.head)  # "Pretoria filed an application accusing Israel": who filed it accuses
    if not subj and verb.dep_ in ("relcl", "acl") and verb.tag_ == "VB" and verb.head.dep_ in ("pobj", "dobj") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        noun, above = verb.head, verb.head.head
        if above.lower_ == "of" and above.head.lemma_ in ("one", "among") and above.head.dep_ in ("attr", "pobj"):
            # "Moscow was one of the first countries to voice support": who is one of them
            return subjects(above.head.head if above.head.dep_ == "attr" else above.head.head.head)
        if noun.lemma_ in CHANCE_NOUNS:  # "Myanmar leapt at the opportunity to defend": who takes the chance
            verb_above = above.head if noun.dep_ == "pobj" else above
            if verb_above.pos_ == "VERB":
                return subjects(verb_above)
    if not subj and verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i and not _reduced_passive(verb) and \
            not any(c.dep_ == "nsubjpass" for c in verb.children):
        # "the Netherlands, which delivered ..." (not "Russia, sanctioned over ...", nor "the troops, which
        # were deployed ...": the noun is what the passive's verb is done to)
        return [verb.head]
    return _split_pair(subj)


def _split_pair(subj: list[Token]) -> list[Token]:
    """The subjects ``subj`` with a name the parser hung as a modifier (``nmod``) on the
    name after it when the two are joined by 'and' ("U.S. President Donald Trump and
    Ukrainian President Volodymyr Zelensky met": 'Trump' an nmod of 'Zelensky', with the
    'and' and the second title below it) put back beside it, first: two subjects, not
    one. A modifier with no 'and' under it ("Kremlin spokesman Dmitry Peskov") is left."""
    out: list[Token] = []
    for s in subj:
        if s.pos_ == "PROPN":
            out += [c for c in s.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < s.i
                    and any(k.dep_ == "cc" and k.lower_ == "and" for k in c.children)
                    and any(k.dep_ == "conj" for k in c.children)]
        out.append(s)
    return out


def asked_to_act(verb: Token) -> list[Token] | None:
    """The ones an appeal asks to do what ``verb`` says, when ``verb`` is the infinitive or
    clause a verb of :data:`kg.extract.speech.REQUEST_VERBS` governs: the object of "urged
    the minister to resign" / "urged Japan to follow suit", the 'on' phrase of "called on
    A and B to step down", the subject of "demanded that A resign": the one asked, never
    the one asking (CAMEO 10 "demand", PLOVER REQUEST). None when ``verb`` is no such
    act; [] when who is asked is not said ("urged to resign")."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.i == verb.i or head.lemma_ not in REQUEST_VERBS:
        return None
    if verb.dep_ == "ccomp":
        return [c for c in verb.children if c.dep_ == "nsubj"]
    if head.lemma_ == "call":
        return [o for p in head.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
    return [c for c in head.children if c.dep_ == "dobj"]


def doers(verb: Token) -> list[Token]:
    """The tokens that name who does what ``verb`` says, in the active or the passive voice:
    its subject ("Chile invaded Peru") or the agent of its passive ("Peru was invaded by
    Chile"), not the noun a relative or controlled clause borrows (see :func:`subjects`)."""
    return [s for s in subjects(verb) if s.dep_ == "nsubj" or (s.dep_ == "pobj" and s.head.dep_ == "agent")]


def _speech_after_report(verb: Token) -> bool:
    """Whether ``verb``, a verb of saying or of a statement's kind (reject, dismiss, call ...)
    with no subject of its own, is joined to the clause another verb of saying or denying
    reports ("X denied that Y supported Z and dismissed the accusations"): English joins
    such a verb to the act of saying, not to what is said, so its subject is the speaker."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or not _speech_verb(verb):
        return False  # a participle shares the clause's auxiliaries ("had been kept away and denied copies")
    comp = verb.head
    if any(c.dep_ == "mark" and c.lower_ not in ("that", "whether", "if") for c in comp.children):
        return False  # "announced the figures after polls closed and blamed ...": a clause of time, no report
    if any(c.dep_ in ("aux", "auxpass") for c in comp.children) and verb.tag_ == "VBD":
        return False  # "said they had been kept away and denied copies": the '-ed' form shares 'had been'
    if comp.head.lemma_ in RELAY_VERBS and _speech_verb(comp) and any(c.dep_ == "nsubj" for c in comp.children):
        return False  # "the spokesman said the Secretary-General condemned it and called on X": both acts relayed
    return comp.dep_ == "ccomp" and comp.head.i != comp.i and comp.head.pos_ == "VERB" and _speech_verb(comp.head)


#: Verbs by which one person relays another's words ("the spokesman said the Secretary-General
#: condemned ..."): a second act of saying joined to the one relayed is the relayed speaker's too.
RELAY_VERBS = {"say", "tell", "report", "add", "announce"}


def _speech_verb(tok: Token) -> bool:
    """A verb of saying (:data:`SAY_VERBS`) or of a kind of statement (lexicon.STATEMENT_VERBS)."""
    return tok.lemma_ in SAY_VERBS or tok.lemma_ in STATEMENT_VERBS


def _subject_before_verb(verb: Token) -> Token | None:
    """The subject of ``verb`` when it is cut off from it by a comma right before the verb,
    the verb a past participle with no object of its own and another verb of the clause
    after a second comma ("Tor Ashby, praised for his courage, met Lina Varo"): the parser
    reads the reduced passive relative as the main verb; its subject is its object."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subj) != 1 or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative") for c in verb.children):
        return None
    if not any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i and verb.doc[c.i - 1].text == ","
               for c in verb.children):
        return None
    return subj[0]


def objects(verb: Token) -> list[Token]:
    """The direct objects of ``verb``, or the subject of its passive; a relative pronoun
    in either place stands for the noun its clause describes ("Lina Varo, whom Tor Ashby
    met", "the treaty, which was signed by X": :func:`_antecedents`), and a past
    participle describing a noun takes that noun as its object ("the jets delivered by
    Norway", a reduced passive relative clause)."""
    obj = [c for c in verb.children if c.dep_ in ("dobj",)]
    if not obj:
        obj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not obj and _subject_before_verb(verb) is not None:
        obj = [_subject_before_verb(verb)]
    if not obj and _participle_read_as_verb(verb) is not None:
        obj = [_participle_read_as_verb(verb)]
    if not obj and _passive_conjunct(verb) is not None:
        obj = [_passive_conjunct(verb)]
    if not obj and _reduced_passive(verb):
        obj = [verb.head]
    return _antecedents(obj)


def _length_after(ent) -> int | None:
    """The index of 'to' in a DATE entity that runs on from a date into a length of time
    ("19 July to 16 years", as the tagger spans "sentenced on 19 July to 16 years"): 'to'
    followed by a number and a unit of time, with words before it; None otherwise."""
    for t in ent:
        rest = ent.doc[t.i + 1: ent.end]
        if t.lower_ == "to" and t.i > ent.start and len(rest) >= 2 and rest[0].like_num and \
                rest[-1].lemma_ in TIME_UNITS:
            return t.i
    return None


#: Units a length of time is counted in ("16 years", "six months").
TIME_UNITS = {"year", "month", "week", "day", "hour"}


def _passive_conjunct(verb: Token) -> Token | None:
    """The subject a passive verb shares with the verb it is joined to ("Tor Ashby returned
    to Chile and was arrested", "Tor Ashby was arrested and charged") or that controls its
    infinitive ("Lea Moro is to be released", "the treaty is expected to be signed"): the
    subject of that verb, which is what the passive's verb is done to. ``verb`` must be a
    past participle with no subject of its own, joined by 'and' (passive by its own
    auxiliary 'was' or by the one of the verb before) or the infinitive 'to be' + participle
    of a verb of subject control (no object); None otherwise."""
    if verb.dep_ not in ("conj", "xcomp") or verb.tag_ != "VBN" or \
            any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    head = verb.head
    own = any(c.dep_ == "auxpass" for c in verb.children)
    shared = verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in verb.children) and \
        any(c.dep_ == "auxpass" for c in head.children)
    if not (own or shared) or head.pos_ not in ("VERB", "AUX") or head.i == verb.i:
        return None
    if verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in head.children):
        return None  # "asked Chile to be ...": object control, left to the rules of the verb
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subj[0] if len(subj) == 1 else None


def _participle_read_as_verb(verb: Token) -> Token | None:
    """The noun a past participle describes when the parser read the participle as the
    verb of that noun ("The jets delivered to Peru by Chile are old": 'jets' its nsubj,
    'are old' hung on it): a verb in '-ed' with a 'by' agent (which only a passive takes),
    no auxiliary and no object of its own is a reduced passive relative clause, its
    subject its object (the garden-path sentence of English grammar; Pearl and Bever's
    "The horse raced past the barn fell"). None when ``verb`` is not one."""
    if verb.tag_ not in ("VBD", "VBN") or verb.pos_ != "VERB":
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subj) != 1 or subj[0].pos_ not in ("NOUN", "PROPN") or subj[0].lower_ in RELATIVE:
        return None
    if not any(c.dep_ == "agent" and any(o.dep_ == "pobj" for o in c.children) for c in verb.children):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "attr") for c in verb.children):
        return None
    return subj[0]


def _reduced_passive(verb: Token) -> bool:
    """Whether ``verb`` is a past participle describing the noun it hangs on ("the
    sanctions imposed on Peru", "the jets delivered by Norway"): a passive whose subject
    is that noun."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i != verb.i and verb.head.pos_ in ("NOUN", "PROPN")


def preps(tok: Token, words: set[str]) -> list[Token]:
    """The objects of ``tok``'s prepositions in ``words`` (and a dative's noun for "to")."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in words:
            out += [o for o in c.children if o.dep_ == "pobj"]
        if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN") and "to" in words:
            out.append(c)
        if c.dep_ == "advmod":  # "raised it personally and directly with Modi": the parser joins 'with' to the adverb
            out += [o for p in c.children if p.dep_ == "conj" and p.pos_ == "ADP" and p.lower_ in words
                    for o in p.children if o.dep_ == "pobj"]
    return out


def _poss(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]


def _modifiers(tok: Token, cx: Context, deps: tuple[str, ...]) -> list[Known]:
    """The entities the modifiers of an action noun name (children of ``tok`` with a
    dependency in ``deps``), a demonym counting as its state or group: in "the Russian
    invasion", "Western sanctions" the adjective is the actor (where in "Russian
    companies" it is not, see :meth:`Context.entities`)."""
    out: list[Known] = []
    for c in tok.children:
        if c.dep_ not in deps:
            continue
        m = cx.at.get(c.i)
        out += list(m.entities) if m is not None and m.form == "demonym" else cx.entities(c, conj=False)
    return _uniq(out)


def _named_in(tok: Token, cx: Context) -> list[Known]:
    """The entities a noun phrase headed by ``tok`` names: its own mention, else the
    groups and people its noun modifiers name ("opposition figures": the opposition),
    with those it lists ("figures, including Aung San Suu Kyi")."""
    out = cx.entities(tok)
    if not out:
        out = [cx.at[c.i].entity for c in tok.children if c.dep_ in ("compound", "amod") and c.i in cx.at
               and cx.at[c.i].form == "name" and cx.at[c.i].entity.type in ("Group", "Person", "OppositionGovernment")]
    out += [e for p in tok.children if p.dep_ == "prep" and p.lower_ in ("including", "notably")
            for o in p.children if o.dep_ == "pobj" for e in cx.entities(o)]
    return _uniq(out)


def _text(doc: Doc, toks) -> str:
    toks = sorted(toks, key=lambda t: t.i)
    return doc[toks[0].i: toks[-1].i + 1].text if toks else ""


def label_text(doc: Doc, toks) -> str:
    """The words of a label a speaker gives, ``toks`` (tokens, any order), as one phrase:
    the text from the first to the last, without the quotation marks the speaker's words
    stand in ('a "win for Europe" and "a true historical milestone"' is 'win for Europe
    and a true historical milestone'); "" for no tokens."""
    toks = sorted(toks, key=lambda t: t.i)
    if not toks:
        return ""
    marks = set(_QUOTES) | {"‘", "’", "'", "`", "``", "''"}
    first, last = toks[0].i, toks[-1].i
    opened = first > 0 and doc[first - 1].text in marks or first > 1 and doc[first - 1].lower_ in ("a", "an", "the") \
        and doc[first - 2].text in marks
    if opened and not any(t.text in marks for t in doc[first:last + 1]):
        # 'called "a dictator without elections"': the speaker's quoted words run to their closing mark
        close = next((t.i for t in doc[last + 1: doc[last].sent.end] if t.text in marks), None)
        if close is not None and close - last <= 8:
            last = close - 1
    span = doc[first: last + 1]
    words = "".join(t.whitespace_ if t.text in marks else t.text_with_ws for t in span)
    return " ".join(words.split())


def _np(tok: Token) -> list[Token]:
    """The noun phrase of ``tok`` without relative clauses and apposition."""
    return [t for t in tok.subtree if not any(a.dep_ in ("relcl", "appos", "acl", "punct") and a.head.i >= tok.i
                                                 for a in [t, *t.ancestors] if a.i != tok.i and a in tok.subtree)]


def _dated_preps(tok: Token) -> list[Token]:
    """``tok``'s prepositions, and those the parser hangs on the date or time one of them
    names ("convicted on Monday *of* espionage": 'of' on 'Monday'), in text order."""
    preps_ = [c for c in tok.children if c.dep_ == "prep"]
    for p in list(preps_):
        for o in p.children:
            if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME"):
                preps_ += [c for c in o.children if c.dep_ == "prep"]
    return sorted(preps_, key=lambda t: t.i)


def _prep_words(tok: Token, words: tuple[str, ...], limit: int, skip: frozenset[str] = frozenset()) -> str | None:
    """The words after the first of ``tok``'s prepositions in ``words`` ('accused ...
    of *spying*'), also one hung on a date between ("charged on Tuesday with fraud",
    :func:`_dated_preps`), when there are at most ``limit`` of them, up to a date they end
    with ("on fishing on Monday": 'fishing') or before a relative clause after a comma
    ("on 14 charges, all of which she denies": '14 charges'); a preposition whose object is in ``skip`` is
    passed over. Returns the words as the text writes them, or None."""
    for c in _dated_preps(tok):
        if c.lower_ in words and \
                not any(o.dep_ == "pobj" and o.lemma_.lower() in skip for o in c.children):
            after = list(c.subtree)[1:]
            dated = next((t.i for t in after[1:] if t.dep_ == "prep" and any(
                o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in t.children)), None)
            if dated is not None:  # "an agreement on fishing on Monday": the date is the deed's, not the words'
                after = [t for t in after if t.i < dated]
            # "on 14 charges, all of which she denies": a relative clause after a comma remarks
            # on the words, it is none of them
            aside = next((t.left_edge.i for t in after if t.dep_ == "relcl" and t.left_edge.i > after[0].i
                          and t.doc[t.left_edge.i - 1].text == ","), None)
            if aside is not None:
                after = [t for t in after if t.i < aside - 1]
            if 0 < len(after) <= limit:
                return tok.doc[after[0].i: after[-1].i + 1].text
    return None
SUPPORT_KINDS = ("military", "diplomatic", "economic", "political", "humanitarian")
#: Where people are held: "held at Adiala Jail", "held in custody".
PRISON_NOUNS = {"jail", "prison", "custody", "detention", "camp", "cell", "gaol", "penitentiary", "colony"}


def _or_appos(tok: Token, cx: Context) -> list[Known]:
    """The entities ``tok`` names, else those its apposition names: "for Myanmar's
    military, particularly its air force", "to a brutal dictatorship, the junta"."""
    return cx.entities(tok) or [cx.at[c.i].entity for c in tok.children if c.dep_ == "appos" and c.i in cx.at
                                and cx.at[c.i].entity.type not in NOT_ACTORS]


#: Verbs that give something a label: "called the sanctions unlawful", "described Putin as a friend".
LABEL_VERBS = {"call", "describe", "brand", "label", "term", "dub"}

SAY_VERBS = {"say", "tell", "add", "state", "insist", "stress", "argue", "note", "explain", "warn", "underline",
             "underscore", "recognise", "recognize", "cite", "point",
             "write", "claim", "assert", "reiterate", "emphasise", "emphasize", "acknowledge",
             "highlight", "predict", "suggest", "elaborate", "observe", "contend", "maintain", "caution", "believe",
             "expect", "conclude", "recall", "admit", "concede", "estimate"}
_QUOTES = "\"“”«»"


#: Nouns that, counted two or 'both', stand for the two states an article is about ("the two
#: countries", "both sides", "the two neighbours").
PAIR_NOUNS = {"country", "nation", "side", "government", "neighbour", "neighbor", "state", "capital"}


#: Nouns that, counted two or 'both', stand for the two people an article is about ("the two
#: leaders held talks", "both presidents").
LEADER_NOUNS = {"leader", "president", "man", "head", "counterpart"}


def _pair_phrase(tok: Token) -> str | None:
    """'Person' when ``tok`` is "the pair" or "the two leaders" / "both presidents" (a noun
    of :data:`LEADER_NOUNS` counted two or 'both'); 'State' for "the two countries"
    (:func:`_both_of_pair`); else None. None too for "two other presidents" (others than
    the pair named before) and for a counted noun whose apposition names its members
    ("two former presidents, X and Y"): the clause names them itself."""
    if any(c.lower_ in ("other", "another", "different") and c.dep_ == "amod" or c.dep_ == "appos" for c in tok.children):
        return None
    if tok.lower_ == "pair" and any(c.lower_ == "the" for c in tok.children) and \
            not any(c.dep_ == "prep" for c in tok.children):  # "the pair met", not "a pair of shoes"
        return "Person"
    if tok.lemma_.lower() in LEADER_NOUNS and tok.tag_ == "NNS" and \
            any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "amod") for c in tok.children):
        return "Person"
    return "State" if _both_of_pair(tok) else None


def _both_of_pair(tok: Token) -> bool:
    """Whether ``tok`` is 'the two countries' or 'both countries' (a noun of
    :data:`PAIR_NOUNS` counted two or 'both'): the article's two states, as
    :attr:`Context.pair` gives them."""
    return tok.lemma_.lower() in PAIR_NOUNS and tok.tag_ in ("NNS", "NNPS") and \
        any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "amod") for c in tok.children)


def _possessors(noun: Token) -> list[Token]:
    """The possessors of an action noun ("Russia's invasion"), or, when it has none nor a
    determiner of its own and is the second of two conjoined nouns, those of the first:
    "Russia's annexation of Crimea and invasion of Ukraine" are both Russia's; in "Russia's
    invasion and the repression of ..." the second is no one's."""
    own = [c for c in noun.children if c.dep_ == "poss"]
    while not own and noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ == "det" for c in noun.children):
        noun = noun.head
        own = [c for c in noun.children if c.dep_ == "poss"]
    return own


def _directed(kind: str, actor: tuple[str, list[Known]], target: tuple[str, list[Known]], required: str,
              tokens: list[int], split: bool = True) -> list[Fact]:
    """A fact of ``kind`` by an actor against a target, each given as (role, entities): the
    ``required`` role must be named; an entity on both sides stays on the actor's side."""
    (akey, actors), (tkey, targets) = actor, target
    actors, targets = _uniq(actors), _uniq(targets)  # "arrested by Peru": the agent and the 'by' phrase
    if akey == required:
        targets = [e for e in targets if e.id not in {a.id for a in actors}]
    else:
        actors = [e for e in actors if e.id not in {x.id for x in targets}]
    roles = {k: v for k, v in ((tkey, targets), (akey, actors)) if v}
    if required not in roles:
        return []
    return [Fact(kind, roles, tokens=tokens, split=split)]


#: Verbs that end or halt diplomatic ties, with the status they leave them in (CAMEO 161
#: "reduce or break diplomatic relations").
TIES_ENDED = {"cut": "terminated", "sever": "terminated", "break": "terminated", "end": "terminated",
              "rupture": "terminated", "suspend": "suspended", "freeze": "suspended"}


def _buyer(tok: Token, who: list[Known], cx: Context) -> list[Fact]:
    """'China is the largest buyer of Qatari LNG', 'India, a big importer of Russian oil':
    a supply to the buyer from the state that makes or sells the goods (a demonym or
    'from X'), of a commodity or of arms."""
    goods = preps(tok, {"of"})
    if not goods or not who:
        return []
    item = goods[0]
    seller = [e for e in _modifiers(item, cx, ("amod", "compound", "nmod", "poss")) if e.type == "State"]
    seller += [e for o in preps(tok, {"from"}) + preps(item, {"from"}) for e in governed(cx.entities(o), cx)
               if e.type == "State"]
    who = [e for e in who if e.type in ("State", "Government", "StateCompany")]
    seller = [e for e in _uniq(seller) if e.id not in {w.id for w in who}]
    kind = "ArmsTransfer" if (item.lemma_ in WEAPONS and not civil_craft(item)) or item.lower_ == "arms" else \
        "Supply" if item.lemma_ in COMMODITIES or item.lower_ in COMMODITIES else None
    if not (who and seller and kind):
        return []
    return [Fact(kind, {"supplier": seller, "recipient": who}, {"item": item.text}, tokens=[tok.i, item.i])]


#: Classes of the bodies that speak and act for a state (gkg:Government and its subclasses).
GOVERNMENT_TYPES = ("Government", "MilitaryGovernment")


def governed(ents: list[Known], cx: Context) -> list[Known]:
    """``ents`` with each government (gkg:Government and its subclasses) replaced by the
    state it governs, as the canned queries read a government; a government of no known
    state, and every other entity, stands for itself."""
    return [(cx.resolver.state_of(e) or e) if e.type in GOVERNMENT_TYPES else e for e in ents]


def _states(ents: list[Known], cx: Context) -> list[Known]:
    """A person stands for the state they serve, a government for its state
    (:func:`governed`); others stand for themselves."""
    out = [cx.person_state.get(e.id) if e.type == "Person" else e for e in governed(ents, cx)]
    return [e for e in out if e is not None]


def nominal_arguments(tok: Token, cx: Context) -> dict[str, list[Known]]:
    """The actors a nominalised event ``tok`` names through the dependency parse, by the
    slot they fill: ``owner`` its possessor or a name compounded with it ("Chile's
    withdrawal", "the Chile withdrawal"), and one slot per preposition hanging on it
    ("of", "by", "between", "with", "to", "from"; 'by' also as the parser's agent), each
    with its conjuncts. Slots with no entity are left out. The arguments of a noun in
    English are its possessor and its prepositional phrases (Grimshaw, *Argument
    Structure*, 1990, ch. 3: the event nominal keeps the verb's arguments as 'of'/'by'
    phrases)."""
    out: dict[str, list[Known]] = {}
    owner = [e for c in tok.children if c.dep_ in ("poss", "compound", "nmod") for e in cx.entities(c)]
    if owner:
        out["owner"] = owner
    for word in ("of", "by", "between", "with", "to", "from"):
        found = [e for o in preps(tok, {word}) for e in cx.entities(o)]
        if found:
            out[word] = found
    return out



# --- places, antecedents and modifiers that rules of events share -------------------

PLACES = ("City", "Place", "Site", "Region")
#: Kinds of entity that are no actor of their own in a fact (a place, a news outlet).
NOT_ACTORS = PLACES + ("NewsOrganisation",)


def _antecedents(toks: list[Token]) -> list[Token]:
    """``toks`` with a relative pronoun replaced by the noun its clause describes, and
    that noun, when it is a predicate ("X is a citizen who was arrested") or an
    apposition, by the name it describes."""
    out = []
    for t in toks:
        if t.lower_ in RELATIVE and t.head.dep_ == "relcl":
            t = t.head.head
            if t.dep_ == "attr":
                out += subjects(t.head)
                continue
            if t.dep_ == "appos":
                t = t.head
        out.append(t)
    return out


def _joined_before(tok: Token, at: dict) -> list[Token]:
    """Persons' names joined to ``tok``'s by 'and' that the parser hung on it as a modifier:
    in "Kenyan President A B and Somali President C D attended", 'B' may be an ``nmod``
    of 'D' with the 'and' as its child, so that 'D' alone is the subject. Returns those
    name tokens (each another person's mention than ``tok``'s), in text order."""
    own = at.get(tok.i)
    # the modifier itself, or a name in apposition to the title the parser hung on ``tok``: in
    # "Zedland's Justice Minister A B and Energy Minister C D resigned", 'Minister' may be a
    # compound of 'D' with 'B' its apposition and the 'and' under 'B'
    named = [n for c in tok.lefts if c.dep_ in ("nmod", "compound")
             for n in (c, *(a for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN"))]
    return [c for c in named if c.i in at and at[c.i] is not own
            and at[c.i].entity.type == "Person" and any(x.dep_ == "cc" and x.lower_ in ("and", "&") for x in c.children)]


def _place_of(tok: Token, cx: Context, words=("in", "at", "outside")) -> list[Known]:
    """Where ``tok`` happened: the places (cities, sites, regions; a state when nothing
    narrower is named) of its 'in' / 'at' / 'outside' phrases."""
    named = [e for o in preps(tok, set(words)) for e in _capital_city(o, cx) or cx.entities(o)]
    narrow = [e for e in named if e.type in PLACES]
    return _uniq(narrow or [e for e in named if e.type == "State"])


def _state_modifiers(tok: Token, cx: Context) -> list[Known]:
    """The states a noun's modifiers name: "Pakistan's election", "the French
    presidential election", "elections in Peru", "the law of Kenya"."""
    out = [e for e in _modifiers(tok, cx, ("poss", "amod", "compound", "nmod")) if e.type == "State"]
    out += [e for o in preps(tok, {"in", "of"}) for e in cx.entities(o) if e.type == "State"]
    return _uniq(out)


def _words(doc: Doc, toks: list[Token]) -> str:
    """The text of the subtrees of ``toks``, as one span."""
    span = sorted({t.i for x in toks for t in x.subtree})
    return doc[span[0]: span[-1] + 1].text if span else ""


def _unnamed_people(o: Token, cx: Context) -> tuple[str, Known | None]:
    """People a noun phrase counts without naming them, as corpus/CLAIMS.md writes them:
    ("2 unnamed journalists", Chile) for "two Chilean journalists" (the words before the
    noun, the count as written; the state a demonym or name among them gives, else
    None)."""
    words = [x for x in o.subtree if x.i <= o.i and x.dep_ not in ("det", "poss", "case") and x.i not in cx.at]
    nums = [x for x in words if x.dep_ == "nummod"]
    # the words that bound a count are the count's ("more than 500 targets": 'more than 500')
    bounds = {t.i for x in nums for t in x.subtree if t.i != x.i and t.i < x.i and not t.is_punct}
    # the reader takes a count as a number: "three" is written 3
    count = " ".join(str(count_of(x)) if count_of(x) is not None and x.dep_ == "nummod" else x.lower_
                     for x in words if x.dep_ == "nummod" or x.i in bounds)
    rest = " ".join(x.lower_ for x in words if x.dep_ != "nummod" and x.i not in bounds)
    served = [m.entity for x in o.subtree for m in [cx.at.get(x.i)] if m is not None and m.entity.type == "State"]
    return f"{count} unnamed {rest}".strip(), served[0] if served else None
TROOP_NOUNS = {"troop", "soldier", "serviceman", "servicemen", "personnel", "battalion", "brigade", "division",
               "marine", "paratrooper", "reservist", "force", "unit", "regiment"}


def _uniq(entities: list[Known]) -> list[Known]:
    """The entities in order, each once (by id)."""
    seen, out = set(), []
    for e in entities:
        if e.id not in seen:
            seen.add(e.id)
            out.append(e)
    return out


def _capital_city(tok: Token, cx: Context) -> list[Known]:
    """The city a capital's name stands for where a place is meant ("rallied in Seoul"),
    when the mentions stage read the name as the state's government ("Seoul said ..."),
    and the registry has the city; the city named beside "the capital" ("in the capital,
    Naypyidaw"); else nothing."""
    m = cx.at.get(tok.i)
    if m is None and tok.lower_ == "capital":
        named = [c for c in tok.children if c.dep_ == "appos"]
        nxt = tok.i + 2
        if not named and nxt < len(cx.doc) and cx.doc[tok.i + 1].text == "," and nxt in cx.at and cx.at[nxt].start == nxt:
            named = [cx.doc[cx.at[nxt].end - 1]]  # the parser may hang the name beside it on another noun
        if named:  # "in the capital, Naypyidaw": the city its apposition names
            return _capital_city(named[0], cx) or [e for e in cx.entities(named[0], conj=False) if e.type in PLACES]
        return _capital_of_state(tok, cx)
    if m is None or m.form != "capital":
        return []
    city = cx.resolver.names.get(normalise(cx.doc[m.start:m.end].text))
    return [city] if city is not None and city.type in PLACES else []


def _capital_of_state(tok: Token, cx: Context) -> list[Known]:
    """The city "the Nigerian capital", "Oman's capital" or "the capital of Oman" stands
    for where no name is written beside it: the capital the gazetteer (``world.yaml``)
    gives the one state its demonym, possessor or 'of' names, when the registry has that
    city; else nothing (a state the gazetteer gives no capital, a city the registry lacks)."""
    if any(c.dep_ == "appos" for c in tok.children):
        return []  # "the Omani capital, Muscat": the name beside it is read as written
    states = [cx.at[c.i].entity for c in tok.children if c.dep_ in ("amod", "poss", "compound") and c.i in cx.at
              and cx.at[c.i].entity.type == "State"]
    states += [e for o in preps(tok, {"of"}) for e in cx.entities(o, conj=False) if e.type == "State"]
    if len({e.id for e in states}) != 1:
        return []
    for s in world()["states"]:
        if s.get("capital") and any(getattr(cx.resolver.names.get(normalise(n)), "id", None) == states[0].id
                                    for n in (s["label"], *s.get("aliases", []))):
            city = cx.resolver.names.get(normalise(s["capital"]))
            return [city] if city is not None and city.type in PLACES else []
    return []


# "Tusk announced that Poland would close the border": announcing what will be done is a
# statement (CAMEO 010 'make statement'); 'announced sanctions', with no clause, is not.
SAY_VERBS |= {"announce"}


def dateline_state(text: str, resolver) -> Known | None:
    """The state whose capital or seat of government opens the first wire dateline of
    ``text`` ("KYIV, Jan 1 — ", "THE HAGUE — "; :func:`kg.extract.text.dateline_place`
    over its first twelve lines that are not blank, after a headline, a standfirst, a
    byline or a release's label line, "PRESS RELEASE - FOR IMMEDIATE RELEASE", which
    is no place), or None when there is none or its place is no seat of power that
    ``resolver`` (gazetteer and registry) knows."""
    place = dateline_place(text, 12)
    if place is None:
        return None
    seat = resolver.capitals.get(normalise(re.split(r",|\s\(|\s[-–—]|/", place, maxsplit=1)[0]))
    return resolver.state_of(seat) if seat is not None else None


#: Verbs whose infinitive did not happen: "refused to condemn", "declined to sign", "failed to reach".
REFUSE_VERBS = {"refuse", "decline", "fail"}
#: Nouns of an act not done, whose infinitive names the act: "the failure to arrest Putin",
#: "Mongolia's refusal to extradite him" (the nominal forms of :data:`REFUSE_VERBS`).
FAILURE_NOUNS = {"failure", "refusal", "reluctance", "unwillingness", "inability"}


def refused(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of a verb of :data:`REFUSE_VERBS` ("failed to
    reach an agreement", "refused to ask"), so that what it tells did not happen (event
    polarity negative, as corpus/CLAIMS.md 'Negation: polarity' reads it)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSE_VERBS


def _own_country(noun: Token, cx: Context) -> list[Known]:
    """'his country', 'her government' as the subject of a clause that a person reports
    ("Rangel announced that his country had recognised Palestine"): the state that person
    acts for (:attr:`Context.person_state`), when the reporting verb's subject is one
    person whose state the article or the registry gives; else nothing."""
    if noun.lemma_ not in ("country", "government", "nation") or \
            not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        return []
    clause = noun.head
    if clause.dep_ != "ccomp":
        return []
    people = [e for s_ in subjects(clause.head) for e in cx.entities(s_) if e.type == "Person"]
    if len(people) != 1 or people[0].id not in cx.person_state:
        return []
    return [cx.person_state[people[0].id]]


def _capital(tok: Token, cx: Context) -> bool:
    """Whether the mentions stage read ``tok`` as a capital standing for its state or
    government ("Lima said", "left for Lima")."""
    m = cx.at.get(tok.i)
    return m is not None and m.form == "capital"


#: Verbs of making ties again or anew, whose object 'ties' or 'relations' needs no
#: 'diplomatic' to be diplomatic ("restored ties", "normalised relations"; CAMEO 064).
TIES_MADE = {"restore", "resume", "normalise", "normalize", "reestablish", "re-establish", "establish", "renew"}


def _bare_ties(tok: Token) -> bool:
    """Whether ``tok`` ('ties', 'relations', plural, with no adjective or noun before it
    but a pronoun: not "trade ties", "closer relations") is the object of a verb that cuts or restores
    ties (:data:`TIES_ENDED`, :data:`TIES_MADE`)."""
    return tok.tag_ == "NNS" and tok.dep_ == "dobj" and \
        (tok.head.lemma_ in TIES_ENDED or tok.head.lemma_ in TIES_MADE) and \
        not any(c.dep_ in ("amod", "compound", "nmod") or c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children)
#: Who may take an executive decision: a person (who orders it) or a state or its bodies.
EXECUTIVES = ("Person", "State", "Government", "MilitaryGovernment", "Organisation", "ArmedForces")


#: Nouns of a state's executive bodies that, named bare ("the Cabinet approved", "the
#: ministry barred"), act for the state the article is about.
BODY_NOUNS = {"cabinet", "government", "ministry", "administration", "treasury", "agency", "department", "presidency"}


def _acting_body(tok: Token, cx: Context) -> tuple[Known, str] | None:
    """The state a bare executive body stands for ("the Cabinet", "the justice ministry",
    "his cabinet"), when the mentions name no entity for it: the state of the person a
    possessive names, else the state of the wire dateline, else the state the article
    names most (when one stands out); with a note for the reviewer. None otherwise."""
    if tok.lemma_.lower() not in BODY_NOUNS or tok.i in cx.at or tok.tag_ == "NNS":
        return None
    owner = [c for c in tok.children if c.dep_ == "poss"]
    if owner:
        people = [e for e in cx.entities(owner[0], conj=False) if e.type == "Person"]
        st = cx.person_state.get(people[0].id) if people else None
        return (st, f"'{owner[0].text} {tok.text}': the {tok.lower_} of {st.label}") if st is not None else None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    st = cx.dateline_state
    if st is None:
        top = most_named(cx.mentions, lambda m: m.entity.type == "State", 1)
        st = top[0] if top else None
    if st is None:
        return None
    return st, f"'the {tok.text}': the {tok.lower_} of {st.label}, the state the article is about"


def _takers(verb: Token, cx: Context, key: str, f_notes: dict[str, str]) -> list[Known]:
    """Who does what ``verb`` says: the entities its doers name, else the state a bare
    executive body among them stands for (:func:`_acting_body`; its note is put in
    ``f_notes`` under ``key``)."""
    found = [e for s_ in doers(verb) for e in cx.entities(s_)]
    if found:
        return found
    for s_ in doers(verb):
        body = _acting_body(s_, cx)
        if body is not None:
            f_notes[key] = body[1]
            return [body[0]]
    return []


def _executive(ents: list[Known], cx: Context) -> dict[str, list[Known]]:
    """The roles of an executive act's takers: a person orders it (``orderedBy``) for the
    state they act for (``initiator``, when the article or the registry says which); a
    state or one of its bodies takes it (``initiator``)."""
    people = [e for e in ents if e.type == "Person"]
    bodies = [e for e in ents if e.type in EXECUTIVES and e.type != "Person"]
    bodies += [cx.person_state[p.id] for p in people if p.id in cx.person_state]
    return {k: v for k, v in (("initiator", _uniq(bodies)), ("orderedBy", _uniq(people))) if v}


#: Verbs of keeping someone from doing something, and the acts that make it an exit ban
#: ("barred Yoon from leaving the country"): a measure a state takes against a person in
#: its own jurisdiction, not a sanction against another actor.
KEEP_FROM_VERBS = {"bar", "ban", "prohibit", "forbid", "prevent", "stop", "block"}
EXIT_VERBS = {"leave", "exit", "travel", "depart", "flee"}


def joined_in(verb: Token) -> list[Token]:
    """The doers "join ... in" adds to ``verb`` ("Peru joined Chile in signing the accord",
    "Canada joined the EU in imposing sanctions"): the subject and the object of 'join'
    when ``verb`` is the clause after its 'in'; empty otherwise."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "in" or verb.head.head.lemma_ != "join":
        return []
    join = verb.head.head
    return [c for c in join.children if c.dep_ in ("nsubj", "dobj")]


def from_clauses(tok: Token) -> list[Token]:
    """The verbs of the clauses 'from' brings in on ``tok`` ("barred X from *leaving*",
    "banned from *running* for office"), in text order."""
    return [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for c in p.children
            if c.dep_ == "pcomp"]


def _exit_ban(tok: Token) -> Token | None:
    """The verb of leaving in "barred X from leaving the country" (``tok`` the verb of
    keeping), or None."""
    if tok.pos_ != "VERB" or tok.lemma_ not in KEEP_FROM_VERBS:
        return None
    return next((c for c in from_clauses(tok) if c.lemma_ in EXIT_VERBS and not _entering(c)), None)


#: Verbs after 'from' that tell standing for an office ("barred her from standing for public
#: office", "banned from running for president", "disqualified from contesting the election").
CANDIDACY_VERBS = {"stand", "run", "contest", "hold", "seek"}
#: What one stands for, runs for, contests, holds or seeks as a candidate.
CANDIDACY_NOUNS = {"office", "election", "elections", "presidency", "president", "parliament", "seat", "post",
                   "vote", "poll", "polls", "mayor", "governor", "candidate", "re-election", "reelection", "term"}


#: Verbs of barring someone from standing for office (:func:`_candidacy_bar`).
BAR_VERBS = {"bar", "ban", "prohibit", "block", "disqualify", "exclude"}
#: Nouns after 'from' that name political life itself, a bar from which is a bar from
#: standing and holding office ("banned from politics", "barred from public office",
#: "excluded from political life"): CAMEO 1722's ban from office, in news words.
POLITICS_NOUNS = {"politics", "office", "elections", "election"}
#: Nouns of a kind of life or activity that is political when 'political' or 'public'
#: says so ("political life", "public life", "political activity").
POLITICAL_KINDS = {"life", "activity", "activities", "post", "posts"}
#: Words that may stand on such a noun ("public office", "the next election", "Sunday's election").
OFFICE_WORDS = {"public", "political", "elected", "any", "all", "the", "next", "upcoming", "future", "general",
                "presidential", "parliamentary", "legislative", "local"}


def _politics_noun(noun: Token) -> bool:
    """Whether ``noun`` (the object of 'from') names political life or office itself:
    a noun of :data:`POLITICS_NOUNS` with no other words on it than those of
    :data:`OFFICE_WORDS` or a date's possessive ("politics", "public office", "Sunday's
    election"), or "political life" and its like (:data:`POLITICAL_KINDS`). Another
    body's elections ("the party's elections"), a named office or "the office" (a room)
    are not read as a bar from office."""
    mods = [c for c in noun.children if c.dep_ not in ("punct",)]
    if any(not (c.dep_ in ("amod", "det") and c.lower_ in OFFICE_WORDS or c.dep_ == "poss" and c.ent_type_ == "DATE")
           for c in mods):
        return False  # "barred from the party's elections": another body's vote, not office
    if noun.lower_ == "office" and any(c.lower_ == "the" for c in mods):
        return False  # "barred from the office": a room
    if noun.lower_ in POLITICS_NOUNS:
        return True
    return noun.lower_ in POLITICAL_KINDS and any(c.lower_ in ("public", "political") for c in mods)


def _candidacy_bar(tok: Token) -> Token | None:
    """The verb of standing in "barred X from standing for public office", "X was banned
    from running in the election", "disqualified from contesting the presidency" (``tok``
    the verb of barring: bar, ban, prohibit, block, disqualify, exclude), or None: a bar
    from office, which :data:`CANDIDACY_VERBS` tell with a word of office or election after
    them (:data:`CANDIDACY_NOUNS`), or 'run' and 'stand' alone ("barred from running").
    A bar from political life itself gives the noun 'from' governs ("banned 11 of its
    executives from politics", "barred from public office": :func:`_politics_noun`)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in BAR_VERBS:
        return None
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "from":
            found = next((o for o in p.children if o.dep_ == "pobj" and _politics_noun(o)), None)
            if found is not None:
                return found
    for c in from_clauses(tok):
        if c.lemma_ not in CANDIDACY_VERBS:
            continue
        words = {t.lemma_.lower() for t in c.subtree if t.i != c.i}
        if words & CANDIDACY_NOUNS or c.lemma_ in ("run", "stand") and not any(
                x.dep_ in ("prep", "dobj", "advmod", "prt") for x in c.children):
            return c
    return None


#: Verbs of coming into a territory: a ban from them is an entry ban, a sanction a state
#: imposes on foreigners ("banned them from entering the country"), not an exit ban.
ENTRY_VERBS = {"enter", "visit"}


def _entering(verb: Token) -> bool:
    """Whether ``verb`` (after 'from' in a ban) tells coming into a territory: 'enter',
    'visit', or 'travel' to or into somewhere ("banned them from travelling to their
    territory"), not leaving one."""
    return verb.lemma_ in ENTRY_VERBS or verb.lemma_ == "travel" and \
        any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in verb.children)


def _worth_with(noun: Token) -> list[Token]:
    """The other party of "a contract worth USD 3.4 billion with Peru", where the parser
    hangs 'with' on the amount: the objects of 'with' under the noun's modifiers (amount,
    'worth'), not under a clause."""
    out = []
    for t in noun.subtree:
        if t.dep_ == "prep" and t.lower_ == "with" and t.head.i != noun.i:
            path = [t.head, *t.head.ancestors]
            at = [n for n, a in enumerate(path) if a.i == noun.i]
            path = path[:at[0]] if at else []
            if path and all(a.dep_ in ("amod", "npadvmod", "nummod", "quantmod", "compound", "pobj", "prep") for a in path):
                out += [o for o in t.children if o.dep_ == "pobj"]
    return out


#: Bodies that stand for their state as the party of an agreement they sign (an armament
#: agency, a ministry): the registry's organisations of a state that are no company.
AGENCY_TYPES = ("Organisation", "Government")


#: Words of the name of a body of a state ("Armament Agency", "Ministry of Defence"): an
#: organisation of a state whose name has none of them is a firm of that state ("Hyundai
#: Rotem"), a party of its own to the contracts it signs.
STATE_BODY_WORDS = {"ministry", "agency", "department", "office", "council", "commission", "service", "cabinet",
                    "government", "administration", "authority", "committee", "directorate", "bureau",
                    "secretariat", "parliament", "assembly", "senate", "congress", "duma", "presidency",
                    "kremlin", "treasury", "command", "forces", "army", "navy", "bank", "court", "inspectorate"}


def _state_body(e: Known) -> bool:
    """Whether the registry's organisation ``e`` is a body of its state: a government, or
    an organisation whose label has a word of :data:`STATE_BODY_WORDS`."""
    return e.type == "Government" or bool(STATE_BODY_WORDS & set(re.findall(r"[a-z]+", e.label.lower())))


def _bodies_for_states(actors: list[Known], cx: Context) -> list[Known]:
    """``actors`` with each state body (a ministry, an agency, a cabinet: an organisation
    of the registry belonging to a state, :func:`_state_body`) replaced by its state:
    "contracts concluded by the Armament Agency with X" bind the agency's state, as the
    agreement's party (Vienna Convention on the Law of Treaties, art. 7: who represents a
    state). A firm of a state ("a contract with South Korea's Hyundai Rotem") stays, and
    so do the parties when all of them are such bodies other than governments ("a
    memorandum between the People's Bank of China and Brazil's finance ministry"): an
    arrangement between agencies binds the agencies the text names, not their states."""
    if len(_uniq(actors)) > 1 and all(e.type == "Organisation" and e.state and _state_body(e) for e in actors):
        return _uniq(actors)
    out = []
    for e in actors:
        st = cx.resolver.state_of(e) if e.type in AGENCY_TYPES and e.state and _state_body(e) else None
        out.append(st if st is not None and st.type == "State" else e)
    return _uniq(out)


def _demonym_states(noun: Token, cx: Context) -> list[Known]:
    """The states the demonyms modifying ``noun`` stand for ("American tanks", "Russian oil")."""
    return [cx.at[c.i].entity for c in noun.children if c.dep_ in ("amod", "compound") and c.i in cx.at
            and cx.at[c.i].form == "demonym" and cx.at[c.i].entity.type == "State"]


#: Verbs of an exchange whose other side an agreement to it names ("agreed to sell Sinopec ...").
EXCHANGE_VERBS = {"sell", "supply", "buy", "purchase", "deliver", "provide", "lend", "pay", "ship", "export", "import"}
