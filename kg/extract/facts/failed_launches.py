"""A launch told by how it failed: "A Zedlandic rocket carrying a satellite exploded shortly
after lift-off", "the state's missile crashed into the sea", "Zedland's attempt to put a
satellite into orbit failed". The launch happened; it is a WeaponsTest (CAMEO 150
'demonstrate military or police power', PLOVER MOBILIZE) of the state whose rocket it is,
with what became of it in ``outcome`` (corpus/CLAIMS.md: ``outcome``, text). A rocket
someone else fired at a target is an Attack (:func:`kg.extract.facts.strikes.strike_rules`),
which needs no failure verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, subjects
from kg.extract.facts.strikes import TESTED_WEAPONS

#: Verbs of a launched weapon failing (the subject is the weapon or the attempt), with the
#: words ``outcome`` takes for the verb ("blew up" is 'blow' with its particle).
FAIL_VERBS = {"explode": "exploded", "fail": "failed", "crash": "crashed", "disintegrate": "disintegrated",
              "blow": "blew up", "break": "broke up"}
#: Nouns of an attempt at a launch ("the attempt to put a satellite into orbit failed").
ATTEMPT_NOUNS = {"attempt", "launch", "bid"}
#: Verbs of the launch an attempt is to make.
PUT_VERBS = {"launch", "put", "place", "send", "fire"}
#: Words that tell a weapon's failure was its own launch's ("exploded shortly after lift-off",
#: "a rocket carrying a satellite", "failed during the test flight"), not a strike's.
LAUNCH_WORDS = {"launch", "lift", "lift-off", "liftoff", "take-off", "takeoff", "test", "orbit", "satellite",
                "launchpad", "pad", "stage"}
#: Classes of an actor that tests weapons.
LAUNCHERS = ("State", "ArmedForces", "Government", "MilitaryGovernment")


def _owners(noun: Token, cx: Context) -> list:
    """The states a launched weapon or attempt is of: a demonym, compound or possessor on
    the noun ("A North Korean rocket", "Pyongyang's attempt")."""
    # a demonym is read from its mention: the adjective on a weapon says whose it is
    return [e for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in cx.at
            for e in cx.at[c.i].entities if e.type in LAUNCHERS]


def failed_launch_rules(tok: Token, cx: Context) -> list[Fact]:
    """A WeaponsTest from a verb of :data:`FAIL_VERBS` whose subject is a launched weapon
    (:data:`TESTED_WEAPONS`: "A North Korean rocket ... exploded") or an attempt at a
    launch (:data:`ATTEMPT_NOUNS` with a launch verb or a launch noun: "Pyongyang's
    attempt to put a satellite into orbit failed"), of the state a demonym or possessor on
    that noun names (``initiator``); ``weapon`` the weapon's words with what it carries
    ("rocket carrying a military reconnaissance satellite"), ``outcome`` the failure verb's
    words. A weapon's failure needs a word of its launch in its clause (:data:`LAUNCH_WORDS`:
    "shortly after lift-off", "carrying a satellite"): "a missile exploded over the city"
    is a strike. [] when the noun names no state (no tester is guessed), for 'break' without
    'up', 'into' or 'apart', for a weapon that is the object of an attack verb's clause
    (struck, not launched), for 'blow' without 'up' and in the headline (the lead tells
    the same launch, dated)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in FAIL_VERBS or tok.idx < cx.headline_end:
        return []  # a headline's failure is the lead's, told there with its date
    parts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep")}
    if lemma == "blow" and "up" not in parts or lemma == "break" and not parts & {"up", "into", "apart"}:
        return []
    subj = [s_ for s_ in subjects(tok) if s_.dep_ == "nsubj"]
    if len(subj) != 1:
        return []
    noun = subj[0]
    head = noun.lemma_.lower()
    if head in TESTED_WEAPONS:
        if not any(t.lemma_.lower() in LAUNCH_WORDS for t in [*tok.subtree, *noun.subtree]):
            return []  # "a Russian missile exploded over Kharkiv": a strike, not a launch of one's own
        weapon = noun
    elif head in ATTEMPT_NOUNS and (head == "launch" or any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in PUT_VERBS for c in noun.children)) \
            and any(t.lemma_.lower() in TESTED_WEAPONS | LAUNCH_WORDS for t in noun.subtree if t.i != noun.i):
        # what was tried must be a launch ("attempt to put a satellite into orbit"), not any
        # attempt ("attempt to send peacekeepers", "launch of the initiative")
        weapon = None
    else:
        return []
    who = _uniq(_owners(noun, cx))
    if not who:
        return []
    f = Fact("WeaponsTest", {"initiator": who}, tokens=[tok.i, noun.i], split=False)
    f.attrs["outcome"] = FAIL_VERBS[lemma]
    if weapon is not None:
        carried = [c for c in weapon.children if c.dep_ == "acl" and c.lemma_.lower() == "carry"]
        words = [t for t in weapon.subtree if t.i <= weapon.i and t.dep_ in ("amod", "compound")
                 and t.i not in cx.at and t.lower_ not in ("new", "another")]
        phrase = " ".join(t.text for t in [*words, weapon]).lower()
        if carried:
            rest = list(carried[0].subtree)
            phrase += " " + weapon.doc[rest[0].i:rest[-1].i + 1].text
            f.tokens += [rest[-1].i]
        f.attrs["weapon"] = phrase
    return [f]
