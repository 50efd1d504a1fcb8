"""Letters and notes to another party: "Foreign Minister Badr Abdelatty sent a letter to
the United Nations Security Council", "Iran wrote to the UN Secretary-General", "Peru
delivered a note to Chile": a ``Notification`` (a kind of Statement: an actor informing
another, corpus/CLAIMS.md "Notice given to a third party") by the sender (``speaker``) to
whom it is addressed (``recipient``), the letter its ``medium``.
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
