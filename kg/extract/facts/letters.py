"""Letters and notes to another party: "Foreign Minister Badr Abdelatty sent a letter to
the United Nations Security Council", "Iran wrote to the UN Secretary-General", "Peru
delivered a note to Chile": a ``Notification`` (a kind of Statement: an actor informing
another, corpus/CLAIMS.md "Notice given to a third party") by the sender (``speaker``) to
whom it is addressed (``recipient``), the letter its ``medium``. So is a notice given with
no letter named: "the agency notified Congress of both proposed sales", "Riyadh informed
Washington of the talks" (:func:`notified_rules`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, objects, preps, subjects

#: Verbs of sending a written message, with the nouns of what is sent ("sent a letter to").
SEND_VERBS = {"send", "deliver", "address", "submit", "hand"}
#: Written messages between governments and bodies (not a 'message', which is as often a
#: greeting or a condolence as a notice).
LETTER_NOUNS = {"letter", "note", "memorandum", "notification", "notice", "communication"}
#: Verbs that are themselves writing to someone ("wrote to the council").
WRITE_VERBS = {"write"}
#: Actors that send and receive letters: not places or things.
PARTIES = ("Person", "State", "Government", "Organisation", "InternationalOrganisation")


def letter_rules(tok: Token, cx: Context) -> list[Fact]:
    """A ``Notification`` from the subject of "sent (delivered, addressed, submitted) a
    letter (note, memorandum) to X" or "wrote to X": one sender or more, the named
    recipient(s) after 'to' (on the verb or the letter's noun), ``medium`` the noun of
    the letter. Nothing without a named sender and a named recipient. Returns [] or one fact."""
    if tok.pos_ != "VERB":
        return []
    letter = None
    if tok.lemma_ in SEND_VERBS:
        letter = next((o for o in objects(tok) if o.dep_ == "dobj" and o.lemma_ in LETTER_NOUNS), None)
        if letter is None:
            return []
    elif tok.lemma_ not in WRITE_VERBS or any(c.dep_ == "dobj" and c.lemma_ not in LETTER_NOUNS for c in tok.children):
        return []  # "wrote a book": no letter
    to = preps(tok, {"to"}) + (preps(letter, {"to"}) if letter is not None else [])
    recipient = [e for o in to for e in cx.entities(o) if e.type in PARTIES or cx.resolver.state_of(e) is not None]
    sender = [e for s in subjects(tok) if s.dep_ == "nsubj" for e in cx.entities(s)]
    sender = [e for e in sender if e.id not in {r.id for r in recipient}]
    if not sender or not recipient:
        return []
    f = Fact("Notification", {"speaker": sender, "recipient": recipient},
             {"medium": letter.lemma_ if letter is not None else "letter"},
             tokens=[tok.i, *(t.i for o in to for t in o.subtree)], trigger=tok, statement=True, said=True, split=False)
    return [f]


#: Verbs of giving another notice of something ("notified Congress of the sale", "informed
#: Washington of the talks"); CAMEO 010 'make statement' to a named addressee.
NOTIFY_VERBS = {"notify", "inform"}
#: Nouns after 'of' that name an arms or goods transfer told before ("of the sale"), which
#: the notice is about.
TRANSFER_NOUNS = {"sale", "sales", "transfer", "transfers", "deal", "deals", "delivery", "deliveries"}


def notified_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The agency notified Congress of both proposed sales", "Riyadh informed Washington
    of the talks", "the State Department notified Congress that it had approved the sale":
    a ``Notification`` by the named subject (``speaker``) to the named object
    (``recipient``); a notice of a sale is about the transfer told before (``about``, as
    the engine finds it). Nothing without a named speaker and a named recipient, for a
    passive ("Congress was notified"), for "inform" of no one ("informed sources"), or for
    a notice that is the purpose of another act ("summoned the envoy to inform him")."""
    if tok.pos_ != "VERB" or tok.lemma_ not in NOTIFY_VERBS:
        return []
    if tok.dep_ in ("advcl", "xcomp", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return []  # "summoned the envoy to inform him of the expulsion": the purpose of another act
    told = [o for o in objects(tok) if o.dep_ == "dobj"]
    recipient = [e for o in told for e in cx.entities(o) if e.type in PARTIES or cx.resolver.state_of(e) is not None]
    speaker = [e for s in subjects(tok) if s.dep_ == "nsubj" for e in cx.entities(s) if e.type in PARTIES]
    speaker = [e for e in speaker if e.id not in {r.id for r in recipient}]
    if not speaker or not recipient:
        return []
    f = Fact("Notification", {"speaker": speaker, "recipient": recipient},
             tokens=[tok.i, *(t.i for o in told for t in o.subtree)], trigger=tok, statement=True, said=True,
             split=False)
    what = [o for o in preps(tok, {"of", "about"}) if o.lower_ in TRANSFER_NOUNS]
    if what:  # "of both proposed sales": the notice is about the sale told before
        f.about_kinds = (what[0].lemma_.lower(), ("ArmsTransfer", "Supply"))
        f.tokens += [t.i for t in what[0].subtree]
    return [f]
