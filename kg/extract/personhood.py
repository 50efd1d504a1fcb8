"""The extent and class of a name the NER model found. Whether a name the NER model tagged an organisation is a person's, by how the article
writes it: a person's role or kin word right before it ("Peru's former first lady Nadine
Heredia", "her lawyer, Julio Espinoza"), an age in apposition after it ("Nadine Heredia,
48,"), or its surname standing alone elsewhere in the article tagged a person ("Heredia
and Humala have denied ..."). A full name and its surname alone are then one person
(:meth:`kg.extract.mentions.MentionFinder._unknown` links the surname to it).

Source of the rule: the conventions of news English (a role noun or an age in apposition
marks a person; Reuters and AP style give a person's age as ", 48,").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

#: Nouns of a person's role, kin, profession or standing in a case written right before a
#: name ("first lady Nadine Heredia", "her husband, Tor Ashby", "lawyer Julio Espinoza",
#: "another suspect, X").
PERSON_ROLE_NOUNS = {
    "lady", "gentleman", "wife", "husband", "spouse", "widow", "widower", "son", "daughter", "brother", "sister",
    "father", "mother", "uncle", "aunt", "nephew", "niece", "cousin", "lawyer", "attorney", "barrister",
    "solicitor", "journalist", "reporter", "activist", "dissident", "businessman", "businesswoman", "tycoon",
    "oligarch", "billionaire", "economist", "writer", "author", "politician", "lawmaker", "legislator",
    "candidate", "opponent", "rival", "successor", "predecessor", "girlfriend", "boyfriend", "partner",
    # a person's standing in a criminal case ("another suspect, X", "his aide X")
    "suspect", "co-suspect", "defendant", "co-defendant", "detainee", "prisoner", "fugitive", "accomplice", "aide",
}
#: Words of a name that make it a body's, whatever precedes it ("Bank", "Group", "Ports").
BODY_NAME = re.compile(
    r"\b(bank|group|company|corporation|corp|inc|ltd|llc|plc|ag|gmbh|sa|holdings?|ports?|shipping|energy|oil|gas|"
    r"airlines?|airways|motors|partners|capital|fund|foundation|institute|university|college|school|hospital|"
    r"party|movement|front|union|association|league|council|committee|commission|agency|authority|ministry|"
    r"office|court|tribunal|army|forces?|police|guard|brigade|battalion|news|radio|television|tv|times|post|"
    r"press|media|international|global|national|federal|central|state|republic|kingdom|united|house|church|"
    r"exchange|services?|systems?|technologies|industries|logistik|logistics|terminal|port)\b", re.I)


def person_named_as_org(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens ``doc[start:end]`` (a name of two to four capitalised words
    the NER model tagged ORG) name a person: no word of a body's name in it
    (:data:`BODY_NAME`) and, before it or wherever else the article writes it, a role or
    post noun (:data:`PERSON_POSTS`, perhaps then a comma) or a post in apposition after it
    ("X, a former prime minister"), or after it an age in apposition (", 48,"), or after it 'of' and a
    name with the name the subject of a verb of speaking (:data:`SPEECH_VERBS`), or its last word alone
    tagged PERSON elsewhere in ``doc``. Returns a bool; raises nothing."""
    words = doc[start:end]
    if not 2 <= len(words) <= 4 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words):
        return False
    if BODY_NAME.search(words.text):
        return False
    n = end - start
    texts = [t.text for t in words]
    # the name wherever the article writes it: a headline's "asylum for Tor Ashby" is the
    # "Tor Ashby, a former prime minister" of the lead
    for at in (k for k in range(len(doc) - n + 1) if [t.text for t in doc[k:k + n]] == texts):
        i = at - 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
        if i >= 0 and doc[i].lower_ in PERSON_POSTS and doc[i].text.islower() and not _relation_to_a_body(doc[i]):
            return True  # "lawyer Julio Espinoza", "former prime minister Tor Ashby"
        if _post_in_apposition(doc[at:at + n].root):
            return True  # "Tor Ashby, a former prime minister"
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
        return True
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper() and \
            words.root.dep_ == "nsubj" and words.root.head.lemma_ in SPEECH_VERBS:
        return True  # "Mathilde Panot of France Unbowed told Bayrou": a member of a body, speaking
    if _chosen_as_role(words.root):
        return True  # "the party nominated X as its candidate": only a person stands as one
    surname = words[-1].text
    return any(e.label_ == "PERSON" and len(e) == 1 and e.text == surname for e in doc.ents)


#: Verbs that choose someone for a post or a candidacy ("nominated X as its candidate").
CHOOSING_VERBS = {"nominate", "appoint", "name", "elect", "choose", "pick", "select", "endorse", "tap", "install"}
#: Nouns of a person's taking or leaving a post, whose 'of' names them ("the appointment of X
#: as foreign minister", "the resignation of X as ...").
OFFICE_EVENT_NOUNS = {"appointment", "reappointment", "nomination", "resignation", "dismissal"}
#: Nouns of a post or candidacy only a person fills, after 'as' ("as its candidate", "as
#: prime minister", "as chief of staff").
PERSON_POSTS = PERSON_ROLE_NOUNS | {
    "nominee", "minister", "president", "premier", "chancellor", "leader", "chair", "chairman", "chairwoman",
    "chairperson", "envoy", "ambassador", "head", "chief", "deputy", "secretary", "governor", "mayor", "speaker",
    "spokesman", "spokeswoman", "spokesperson", "commander", "director", "adviser", "advisor", "representative"}


def _relation_to_a_body(noun) -> bool:
    """Whether ``noun`` is a noun of :data:`RELATION_NOUNS` whose possessor or 'of' names
    something the NER model tagged no person ("Move Forward's predecessor, Future Forward":
    the predecessor of a party is a party; "Ana Kell's rival, Tor Ashby" stays a person)."""
    other = _relation_other(noun) if noun.lower_ in RELATION_NOUNS else None
    return other is not None and other.ent_type_ not in ("", "PERSON")


def _post_in_apposition(root) -> bool:
    """Whether the name whose head token is ``root`` has in apposition a common noun of a
    post or role only a person fills (:data:`PERSON_POSTS`): "Tor Ashby, a former prime
    minister", "Ada Ruiz, the party's candidate". Needs the parser's labels; False without them."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_POSTS for c in root.children)


def _chosen_as_role(root) -> bool:
    """Whether ``root`` (a name's head token) is the object of a verb of choosing
    (:data:`CHOOSING_VERBS`), or the 'of' of a noun of :data:`OFFICE_EVENT_NOUNS`, whose
    'as' phrase names a post only a person fills (:data:`PERSON_POSTS`): "nominated
    Chaikasem Nitisiri as its candidate for prime minister", "the appointment of Lina Varo
    as foreign minister". Needs the parser's labels; False without them."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in OFFICE_EVENT_NOUNS:
        verb = verb.head  # "the appointment of Lina Varo as foreign minister", "the resignation of X as ..."
        posts = [o for p in (*verb.children, *root.children) if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj"]
    elif root.dep_ != "dobj" or verb.lemma_ not in CHOOSING_VERBS:
        return False
    else:
        posts = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in PERSON_POSTS or any(c.lemma_.lower() in PERSON_POSTS for c in o.children
                                                     if c.dep_ == "compound") for o in posts)


#: Verbs of speaking whose subject "<name> of <body>" is a person of that body ("X of the
#: Greens told ..."); a body's own name with 'of' in it holds a word of :data:`BODY_NAME`.
SPEECH_VERBS = {"say", "tell", "add", "ask", "urge", "warn", "write", "argue", "insist", "reply", "respond"}


def acronym_before_name(doc: Doc, start: int, end: int, taken: set) -> int:
    """Where the name of an organisation ``doc[start:end]`` really starts: before an
    acronym in capitals the tagger took for a common noun and the NER model left out,
    which modifies the name's head ("COSCO Shipping Ports": 'COSCO' a compound of
    'Ports'), unless that word is a name already found (a token index in ``taken``) or
    one of :data:`~kg.extract.mentions.NOT_NAMES`. Returns the new start token index."""
    from kg.extract.mentions import NOT_NAMES  # the mentions module imports this one
    while start > 0:
        t = doc[start - 1]
        if t.i in taken or not (t.is_alpha and t.is_upper and len(t) > 1) or t.lower_ in NOT_NAMES or \
                t.dep_ != "compound" or not start <= t.head.i < end or not t.whitespace_:
            break
        start -= 1
    return start


#: Words of kinship and marriage that give the gender of the person they name.
GENDERED_KIN = {
    **dict.fromkeys(("brother", "son", "husband", "father", "uncle", "nephew", "widower", "boyfriend", "grandson",
                     "grandfather", "stepson", "stepfather"), "m"),
    **dict.fromkeys(("sister", "daughter", "wife", "mother", "aunt", "niece", "widow", "girlfriend", "granddaughter",
                     "grandmother", "stepdaughter", "stepmother"), "f"),
}


def kin_gender(doc: Doc, start: int) -> str | None:
    """The gender ('m' or 'f') a word of :data:`GENDERED_KIN` gives the name starting at
    token ``start`` when it stands right before it, perhaps with a comma between ("her
    brother, Tor Ashby", "his wife Lina Varo"); else None."""
    j = start - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    return GENDERED_KIN.get(doc[j].lower_) if j >= 0 else None


def joined_company_names(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The NER spans ``spans`` ((start, end, label) token spans) with a name the model cut
    in two joined again: a span whose every word is a compound of a word of the
    organisation span right after it, perhaps across a capitalised word or a joining
    word the tagger took for a proper noun ("Hamburger Hafen" PERSON + "und" + "Logistik
    AG" ORG: one organisation, "Hamburger Hafen und Logistik AG"). Returns a new list,
    the joined span labelled ORG in place of the two."""
    orgs = {s: (s, e, lab) for s, e, lab in spans if lab == "ORG"}
    drop, joined = set(), []
    for s, e, lab in spans:
        if lab == "ORG":
            continue
        k = e
        while k < len(doc) and k not in orgs and doc[k].pos_ == "PROPN" and doc[k].dep_ == "compound" and k - e < 2:
            k += 1  # "und", "&": a word between the two parts the tagger counts in the name
        org = orgs.get(k)
        if org is None or e == s:
            continue
        inside = range(org[0], org[1])
        if all(doc[i].dep_ == "compound" and (doc[i].head.i in inside or s <= doc[i].head.i < k) for i in range(s, k)) \
                and any(doc[i].head.i in inside for i in range(s, k)) and \
                all(doc[i].text[:1].isupper() for i in range(s, e)):
            drop |= {(s, e, lab), org}
            joined.append((s, org[1], "ORG"))
    if not joined:
        return spans
    return sorted([x for x in spans if x not in drop] + joined, key=lambda x: x[0])


#: Nouns of a relation between two actors of one kind ("Move Forward's predecessor, Future
#: Forward", "the rival of X, Y", "its parent, Z"; Wikidata P1365 'replaces', P1366
#: 'replaced by', P355 'subsidiary', P749 'parent organization'): the name in apposition
#: to one is an actor of the class of the actor the relation is to.
RELATION_NOUNS = {"predecessor", "successor", "rival", "subsidiary", "parent", "affiliate", "offshoot", "forerunner",
                  "counterpart", "competitor", "sister", "namesake", "splinter", "partner", "ally"}

#: The class a common noun gives the name it stands in apposition to ("Soyuz Vostok, the
#: transit section", "X, the state-owned lender", "the rights group X"): by the noun's lemma,
#: after the classes of the ontology (Asset: a named project, pipeline, field, plant or
#: vessel; ResearchInstitute: a think tank; NewsOrganisation: an outlet; Court). 'Carrier' is
#: left out: an airline's noun and a ship's ("the bulk carrier X", read by the vessel rule).
APPOSITION_CLASSES = {
    **dict.fromkeys(("section", "pipeline", "project", "field", "plant", "refinery", "reactor", "mine", "terminal",
                     "railway", "railroad", "corridor", "interconnector", "cable", "dam", "deposit", "connection", "tanker", "vessel",
                     "freighter", "warship", "frigate", "destroyer", "satellite", "spur", "link", "ship", "ferry", "trawler",
                     "yacht", "spacecraft", "probe", "rover", "telescope", "station"), "Asset"),
    **dict.fromkeys(("asteroid", "comet", "planet", "moon"), "Place"),  # a named body in space: a location
    **dict.fromkeys(("lender", "bank", "company", "firm", "group", "militia", "party", "movement", "insurer",
                     "airline", "operator", "producer", "miner", "exporter", "importer", "manufacturer",
                     "maker", "conglomerate", "charity", "organisation", "organization", "association", "federation",
                     "union", "faction", "watchdog", "regulator", "agency", "body", "developer", "contractor",
                     "trader", "utility", "giant", "monitor", "consortium", "cartel", "gang", "coalition",
                     "alliance", "fund", "foundation", "ngo", "outfit", "holding", "subsidiary", "network"),
                    "Organisation"),
    **dict.fromkeys(("newspaper", "broadcaster", "daily", "tabloid", "newswire", "weekly", "outlet"),
                    "NewsOrganisation"),
    **dict.fromkeys(("court", "tribunal"), "Court"),
    **dict.fromkeys(("institute", "university"), "ResearchInstitute"),
}
#: Two-word descriptions whose class is not their head's ("news agency", "think tank").
APPOSITION_PHRASES = {("news", "agency"): "NewsOrganisation", ("press", "agency"): "NewsOrganisation",
                      ("think", "tank"): "ResearchInstitute", ("wire", "service"): "NewsOrganisation",
                      ("research", "group"): "ResearchInstitute"}
#: Words before a description that make the body it names a state's company ("the state-owned lender").
STATE_OWNED_WORDS = {"state-owned", "state-controlled", "state-run", "state-backed", "government-owned"}


def _described_class(noun) -> str | None:
    """The class the common noun ``noun`` (a token, the head of a description) gives the
    name it describes: :data:`APPOSITION_PHRASES` by its compound and itself, else
    :data:`APPOSITION_CLASSES` by its lemma ('StateCompany' for a company's noun after
    "state-owned", written as one token or three, or after 'state': "the state airline"),
    else None."""
    lemma = noun.lemma_.lower()
    for c in noun.children:
        if c.dep_ == "compound" and c.i == noun.i - 1 and (c.lower_, noun.lower_) in APPOSITION_PHRASES:
            return APPOSITION_PHRASES[(c.lower_, noun.lower_)]
    kind = APPOSITION_CLASSES.get(lemma)
    if kind == "Organisation" and any(c.lower_ == "state" and c.dep_ in ("compound", "amod") for c in noun.children):
        return "StateCompany"  # "the Belarusian state airline", "the state lender"
    if kind == "Organisation":
        before = noun.doc[max(noun.left_edge.i, noun.i - 5):noun.i].text.replace(" - ", "-").replace(" -", "-")
        if any(w in STATE_OWNED_WORDS for w in before.lower().replace("- ", "-").split()):
            return "StateCompany"
    return kind


#: Verbs of a name given to what a noun describes ("a section known as X", "a field called X").
NAMING_VERBS = {"know", "call", "name", "dub", "term"}


def _named_as(root) -> list:
    """The common nouns a name whose head token is ``root`` is given to, besides an
    apposition: "a transit section known as X", "the field called X" (the noun a clause of
    :data:`NAMING_VERBS` hangs on), and the noun right before the name that 'the' or 'a'
    opens ("the asteroid X", "the rights group X": a close apposition, whatever the parser
    made of it); [] for none."""
    out = []
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head if root.dep_ == "oprd" else None
    if verb is not None and verb.lemma_ in NAMING_VERBS and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        out.append(verb.head)
    start = root.i
    while start > 0 and root.doc[start - 1].pos_ == "PROPN" and root.doc[start - 1].dep_ == "compound":
        start -= 1
    if start >= 2:
        noun, det = root.doc[start - 1], root.doc[start - 2]
        if noun.pos_ == "NOUN" and noun.is_lower and det.lower_ in ("the", "a", "an") and \
                noun.lemma_.lower() in APPOSITION_CLASSES:
            out.append(noun)
    return out


def _relation_other(noun):
    """The token of the actor a relation noun ``noun`` (:data:`RELATION_NOUNS`) relates to:
    its possessor ("Move Forward's predecessor") or the object of its 'of' ("the
    predecessor of Move Forward"); None when it has neither or a pronoun there."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            o = next((x for x in c.children if x.dep_ == "pobj"), None)
            if o is not None and o.pos_ == "PROPN":
                return o
    return None


def class_by_description(root, class_at) -> str | None:
    """The class a description in apposition gives the name whose head token is
    ``root``: the common noun in apposition after it ("Soyuz Vostok, the transit
    section", "X, a state-owned lender") or before it ("the rights group, X"; "Move
    Forward's predecessor, Future Forward"), a determiner or possessor on the noun (a
    bare noun in apposition is as often a list's word), or the noun that names it
    (:func:`_named_as`: "a section known as X", "the asteroid X"). A noun of
    :data:`RELATION_NOUNS` gives the class of the actor it relates to (``class_at``: token
    index -> the class of the entity named there, or None), a person's relation a
    person's; any other noun, or a relation noun to no actor of a class, its own
    (:func:`_described_class`). A person's post among the nouns ("X, the former president
    who chairs the party") leaves the name as it was. None when the article
    says nothing of the kind. Needs the parser's labels."""
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    named_as = _named_as(root)
    nouns += named_as
    if any(n.pos_ == "NOUN" and n.lemma_.lower() in PERSON_POSTS - RELATION_NOUNS for n in nouns):
        return None  # "X, the former president who chairs the party": a person, whatever else is in apposition
    for noun in nouns:
        if noun.pos_ != "NOUN" or not (noun in named_as or any(c.dep_ in ("det", "poss") for c in noun.children)):
            continue
        if noun.lemma_.lower() in RELATION_NOUNS:
            other = _relation_other(noun)
            kind = class_at(other.i) if other is not None else None
            if kind is not None and kind not in ("State", "City", "Region", "Place", "Site"):
                return kind
        kind = _described_class(noun)  # "X, a subsidiary of a Dutch group": a company still
        if kind is not None:
            return kind
    return None


#: Posts in a body whose holder's name follows the body's possessive ("Human Rights
#: Watch's Asia director, Elaine Pearson", "Acme's chief executive", "the agency's
#: spokesperson"): the possessor is an organisation, whatever the NER model made of it.
BODY_POSTS = {"director", "spokesperson", "spokesman", "spokeswoman", "executive", "ceo", "chairman", "chairwoman",
              "chair", "chairperson", "head", "chief", "founder", "co-founder", "president", "secretary-general",
              "researcher", "analyst", "economist", "counsel", "representative", "coordinator", "official",
              "officer", "manager", "governor", "commissioner", "adviser", "advisor"}


def possessors_of_posts(doc: Doc, taken: set) -> list[tuple[int, int]]:
    """Spans of organisations' names written in the possessive before a post in them
    (:data:`BODY_POSTS`, perhaps after a region or a rank: "Human Rights Watch's Asia
    director", "Acme Shipping's chief executive"), which the NER model missed: two to
    five capitalised proper nouns before "'s", none in ``taken`` nor tagged by the model
    (a person's "Putin's spokesman" is tagged a person), the first the first word of a
    clause or after 'the', a comma, a verb or a preposition. Token spans (start, end), in
    text order; the class is the name's (:meth:`~kg.extract.mentions.MentionFinder._propose`)."""
    out = []
    for t in doc:
        if t.tag_ != "POS" or t.i < 2:
            continue
        post = t.head.head if t.dep_ == "case" else None
        if post is None or post.lemma_.lower() not in BODY_POSTS or post.pos_ != "NOUN" or post.i <= t.i or \
                post.i - t.i > 3:
            continue
        end, start = t.i, t.i
        while start > 0 and end - start < 5 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha and \
                doc[start - 1].text[:1].isupper() and not doc[start - 1].is_upper and start - 1 not in taken and \
                not doc[start - 1].ent_type_:
            start -= 1
        if end - start < 2 or (start > 0 and doc[start - 1].pos_ == "PROPN"):
            continue
        out.append((start, end))
    return out
