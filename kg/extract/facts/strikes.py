"""Attacks told by what strikes rather than by a verb of attacking: a strike that hits a
place ("A Russian missile strike hit Kyiv"), a place pounded or hit with weapons
("Russia pounded Kyiv with missiles"), weapons launched or fired at a target ("Russia
launched 100 drones at Ukraine"), and an attack by a named group's fighters ("Hamas
fighters attacked Israel"). Each is a gkg:Attack (CAMEO 19 'fight', PLOVER 'attack'), as
:func:`~kg.extract.facts.military.force_rules` drafts "Russia bombed Kyiv". A missile launched
or fired at no target, and a nuclear or missile test, is a gkg:WeaponsTest (CAMEO 150
'demonstrate military power').
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.purposes import unrealised

from kg.extract.facts.common import (
    WEAPONS, Context, Fact, _demonym_states, _modifiers, _place_of, _uniq, doers, objects, preps,
)
from kg.extract.mentions import Known
from kg.extract.quantities import count_of

#: Nouns of a strike from the air or from afar, which a verb of hitting may take as subject.
STRIKE_NOUNS = {"strike", "airstrike", "attack", "raid", "bombardment", "barrage", "missile", "rocket", "drone",
                "shell", "bomb"}
#: Verbs of hitting a target ("the strike hit Kyiv", "pounded Kyiv with missiles").
HIT_VERBS = {"hit", "strike", "pound", "target", "bombard", "pummel", "batter", "shell", "blast", "rock"}
#: Verbs of sending weapons at a target ("launched 100 drones at Ukraine", "fired rockets into Israel").
LAUNCH_VERBS = {"launch", "fire", "send", "lob"}
#: Plural nouns of armed men a named group's name may qualify ("Hamas fighters", "M23 rebels").
FIGHTER_NOUNS = {"fighter", "militant", "gunman", "rebel", "insurgent", "militiaman", "jihadist"}
#: Verbs of attacking whose subject may be a group's fighters.
ATTACK_VERBS = {"attack", "strike", "raid", "storm", "ambush", "assault", "overrun"}
#: The classes a perpetrator may have: a state or an armed actor, never a person or a place.
PERPETRATORS = ("State", "ArmedForces", "ArmedGroup", "Organisation", "Group", "Government", "MilitaryGovernment")
#: The classes a target may have.
TARGETS = ("State", "Region", "City", "Place", "Site", "Government", "ArmedForces", "ArmedGroup", "Group",
           "Organisation", "StateCompany", "Asset")


def _weapon(tok: Token) -> bool:
    return tok.lemma_.lower() in WEAPONS | STRIKE_NOUNS


def _attack(perp: list, target: list, tokens: list[int], cx: Context, verb: Token) -> list[Fact]:
    """An Attack of ``perp`` on ``target`` (both resolved, of the classes above, none in
    both), placed where the verb says ("in", "near", "at"); [] when either is missing, or
    when the verb is only a purpose or an ability ("relies on imagery to fire rockets at X":
    :func:`~kg.extract.facts.purposes.unrealised`)."""
    if unrealised(verb):
        return []
    perp = _uniq([e for e in perp if e.type in PERPETRATORS])
    ids = {e.id for e in perp}
    target = _uniq([e for e in target if e.type in TARGETS and e.id not in ids])
    # a town, region or site struck is where the attack fell, not an actor it hit (the state
    # :func:`_targets` reads beside it is)
    struck = [e for e in target if e.type in GROUND]
    target = [e for e in target if e.type not in GROUND]
    if not perp or not (target or struck):
        return []
    roles = {"perpetrator": perp, **({"target": target} if target else {})}
    near = ("in", "near", "outside")  # on the verb, or on what was hit ("attacked MV X in the Gulf of Oman")
    place = _place_of(verb, cx, near) or struck[:1] or _uniq(
        [e for o in objects(verb) for t in o.subtree for e in _place_of(t, cx, near)])[:1]
    if place:
        roles["place"] = place
    return [Fact("Attack", roles, tokens=tokens)]


def strike_rules(tok: Token, cx: Context) -> list[Fact]:
    """Input: a token of the parsed article and its :class:`Context`; output: Attacks.

    - a strike as the subject of a verb of hitting: "A Russian missile strike hit Kyiv",
      "Israeli air strikes pounded the Gaza Strip": the strike's demonym or possessor
      attacks the verb's object;
    - a target hit with weapons: "Russia pounded Kyiv with missiles", "Ukraine hit a
      Russian refinery with drones" (the target, else the state a demonym on it names);
    - weapons launched or fired at a target: "Russia launched 100 drones at Ukraine",
      "fired rockets into Israel";
    - a named group's fighters as the subject of a verb of attacking: "Hamas fighters
      attacked Israel" (a verb of attacking with a named subject is
      :func:`~kg.extract.facts.military.force_rules`'s).

    [] when the verb is negated by its words alone is left to the runner (polarity), and
    when the attacker or the target names no actor: "the strike hit a school" attacks no
    one named."""
    if tok.pos_ != "VERB":
        return []
    lemma = tok.lemma_.lower()
    # the object, or the subject of the passive ("Kyiv was pounded by Russian missiles"); the doer the
    # subject or the passive's agent
    objs = objects(tok)
    if lemma in HIT_VERBS:
        subj = doers(tok)
        strikes = [s_ for s_ in subj if s_.lemma_.lower() in STRIKE_NOUNS and not cx.entities(s_, conj=False)]
        if strikes:  # "A Russian missile strike hit Kyiv"
            perp = [e for s_ in strikes for e in _modifiers(s_, cx, ("poss", "amod", "compound", "nmod"))]
            perp += [e for s_ in strikes for o in preps(s_, {"by"}) for e in cx.entities(o)]
            return _attack(perp, _targets(objs, cx), [tok.i, *(s_.i for s_ in strikes)], cx, tok)
        withs = [o for o in preps(tok, {"with"}) if _weapon(o)]
        if withs and objs:  # "pounded Kyiv with missiles"
            perp = [e for s_ in subj for e in cx.entities(s_)]
            return _attack(perp, _targets(objs, cx), [tok.i, *(o.i for o in withs)], cx, tok)
        return []
    if lemma in LAUNCH_VERBS and any(_weapon(o) for o in objs):
        # the target on the verb, or on the weapons as the parser may hang it ("launched missiles at X")
        at = [o for h in [tok, *(o for o in objs if _weapon(o))] for o in preps(h, TARGET_PREPS)
              if o.ent_type_ not in ("DATE", "TIME")]
        if not at:
            return []
        perp = [e for s_ in doers(tok) for e in cx.entities(s_)]
        return _attack(perp, _targets(at, cx), [tok.i, *(o.i for o in objs)], cx, tok)
    if lemma in ATTACK_VERBS:
        fighters = [s_ for s_ in doers(tok) if s_.lemma_.lower() in FIGHTER_NOUNS
                    and not cx.entities(s_, conj=False)]
        if not fighters:
            return []
        perp = [e for s_ in fighters for e in _modifiers(s_, cx, ("poss", "compound", "nmod", "amod"))]
        return _attack(perp, _targets(objs, cx), [tok.i, *(s_.i for s_ in fighters)], cx, tok)
    return []


#: Weapons a state tests by launching or firing them with no target ("launched a new
#: intercontinental ballistic missile"); 'weapon' only as a nuclear one.
TESTED_WEAPONS = {"missile", "rocket", "icbm", "slbm", "warhead", "torpedo", "interceptor", "projectile"}
#: Verbs of testing a weapon: launching or firing it, test-firing it.
TEST_VERBS = {"launch", "fire", "test", "test-fire", "testfire"}
#: Verbs of which a test noun is the object ("carried out a nuclear test", "staged a missile test").
CONDUCT_VERBS = {"conduct", "carry", "stage", "hold", "perform"}
#: Words before 'test' that make it a weapons test, and the weapon they name.
TEST_MARKS = {"nuclear": "nuclear weapon", "missile": "missile", "weapon": "weapon", "weapons": "weapon",
              "ballistic": "ballistic missile", "hypersonic": "hypersonic missile", "rocket": "rocket"}
#: Who tests weapons: a state or its forces, not a group or a person.
TESTERS = ("State", "ArmedForces", "MilitaryGovernment", "Government")
#: Prepositions that give a launch a target, making it an attack.
TARGET_PREPS = {"at", "on", "into", "against", "toward", "towards"}
#: Open water a launch comes down in, no target: "fired a missile into the sea off Japan",
#: "landed in waters east of the peninsula" (gkg:landingArea).
WATER_NOUNS = {"sea", "ocean", "water", "waters", "gulf", "strait", "bay"}


def _landing_area(verb: Token) -> Token | None:
    """The object of a preposition of :data:`TARGET_PREPS` on ``verb`` or its objects
    that is open water (a noun of :data:`WATER_NOUNS`): where a launch came down, not
    what it struck; None when there is none."""
    for h in [verb, *objects(verb)]:
        for o in preps(h, TARGET_PREPS):
            if o.lemma_.lower() in WATER_NOUNS:
                return o
    return None


def weapons_test_rules(tok: Token, cx: Context) -> list[Fact]:
    """Input: a token of the parsed article and its :class:`Context`; output: WeaponsTests
    (CAMEO 150 'demonstrate military or police power', PLOVER MOBILIZE).

    - a missile or rocket launched, fired or tested with no target: "North Korea launched a
      new intercontinental ballistic missile on Thursday", "Iran test-fired two cruise
      missiles", with the weapon in words (``weapon``: the noun and its modifiers, not its
      article, number or 'new'), how many (``quantity``) and where from ('from' a place or
      state: ``launchSite``);
    - a test carried out, conducted or staged: "Pakistan conducted a missile test", "it
      would carry out a nuclear test" (the weapon its modifier names: 'nuclear weapon'),
      or owned: "North Korea's missile test"; tests in the plural with no date ("Pyongyang's
      nuclear tests") are a habit, not one test.

    The tester is the subject (or possessor) of a state or its forces (for a participle,
    "fired again, launching two projectiles", the subject of the verb it hangs on); [] without
    one, and for a launch at, on or into a target (an Attack: :func:`strike_rules`); open
    water it falls into is no target but its ``landingArea`` ("fired a missile into the sea
    off Japan": :func:`_landing_area`)."""
    lemma = tok.lemma_.lower()
    landing = None
    if tok.pos_ == "VERB" and lemma in TEST_VERBS:
        landing = _landing_area(tok)
        if any(o.ent_type_ not in ("DATE", "TIME") and (landing is None or o.i != landing.i)
               for h in [tok, *objects(tok)] for o in preps(h, TARGET_PREPS)):
            return []  # "launched missiles at Israel": an attack ("on Thursday" is a date, not a target)
        weapons = [o for o in objects(tok) if o.lemma_.lower() in TESTED_WEAPONS or (
            o.lemma_.lower() == "weapon" and any(c.lower_ == "nuclear" for c in o.children))]
        if not weapons:
            return []
        who = [e for s_ in doers(tok) for e in cx.entities(s_)]
        if not who and tok.dep_ == "advcl" and tok.head.lemma_.lower() in TEST_VERBS:
            # "Pyongyang fired again, launching two projectiles": the launcher is the main verb's subject
            who = [e for s_ in doers(tok.head) for e in cx.entities(s_)]
        weapon = weapons[0]
        kept = [t for t in weapon.subtree if t.i <= weapon.i and t.dep_ not in ("det", "nummod", "poss", "case")
                and t.lower_ not in ("new", "another", "more") and t.i not in cx.at]
        words = "".join(t.text_with_ws for t in kept[:-1]).lower() + weapon.text.lower() if kept else ""
        count = next((c for c in weapon.children if c.dep_ == "nummod" and count_of(c)), None)
        tokens = [tok.i, weapon.i]
        site = [e for o in preps(tok, {"from"}) for e in cx.entities(o) if e.type in ("State", "City", "Place", "Region", "Site")]
    elif tok.pos_ == "NOUN" and lemma == "test":
        marks = [TEST_MARKS[c.lower_] for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in TEST_MARKS]
        if not marks:
            return []
        verb = tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() in CONDUCT_VERBS else None
        who = [e for s_ in (doers(verb) if verb is not None else []) for e in cx.entities(s_)]
        who += [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c)]
        if verb is None and not any(c.dep_ == "poss" for c in tok.children):
            return []
        if tok.tag_ == "NNS" and cx.date_of(verb if verb is not None else tok)[0] is None:
            return []  # "Pyongyang's nuclear tests": a habit, not one test
        words, count, site = marks[-1], None, []
        tokens = [tok.i] + ([verb.i] if verb is not None else [])
    else:
        return []
    who = _uniq([e for e in who if e.type in TESTERS])
    if not who:
        return []
    f = Fact("WeaponsTest", {"initiator": who}, tokens=tokens, split=False)
    if words:
        f.attrs["weapon"] = words
    if count is not None and count_of(count) and count_of(count) > 1:
        f.attrs["quantity"] = count_of(count)
        f.tokens.append(count.i)
    if site:
        f.roles["launchSite"] = site
    if landing is not None:
        f.attrs["landingArea"] = "".join(t.text_with_ws for t in landing.subtree).strip()
        f.tokens.append(landing.i)
    return [f]


#: The classes of a place an attack may strike: it is where the attack fell.
GROUND = ("City", "Region", "Place", "Site")


def _targets(objs: list[Token], cx: Context) -> list:
    """What the objects name, else the state a demonym on them names ("a Russian oil
    refinery": Russia's). When they name only places (towns, regions, sites), the states
    their phrase names too come with them, as the actor struck: "at the Panjgur district
    of Pakistan's Balochistan province" strikes Pakistan in Panjgur."""
    named = [e for o in objs for e in cx.entities(o)]
    inside = [m.entity for o in objs for m in cx.mentions if o.left_edge.i <= m.start and m.end <= o.right_edge.i + 1]
    if not named and not any(_demonym_states(o, cx) for o in objs):  # "at Pakistan's Balochistan province"
        named = [e for e in inside if e.type in GROUND]
    if named and all(e.type in GROUND for e in named):
        named += [e for e in inside if e.type == "State"]
    return named or [e for o in objs for e in _demonym_states(o, cx)]


#: Nouns of a crowd that may attack, and whose group an 'of', a possessor or a name before
#: the noun gives ("supporters of the party", "the party's supporters", "PTI supporters").
CROWD_NOUNS = {"supporter", "protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "loyalist",
               "follower", "militant", "gunman", "assailant", "attacker"}
#: Verbs of a crowd's violence on a building or a body (CAMEO 18 'assault', 17 'coerce':
#: destroy property); 'attack' and 'storm' beside them.
CROWD_VERBS = {"attack", "storm", "ransack", "torch", "loot", "vandalise", "vandalize", "raid", "besiege"}
#: Whom a crowd's violence may strike: an actor, or what a building's owner names.
CROWD_TARGETS = TARGETS + ("Person", "Court", "MilitaryGovernment", "InternationalOrganisation")


def _crowd_group(noun: Token, cx: Context) -> Known | None:
    """The group, party or state whose people a crowd noun names, or None."""
    named = [e for o in preps(noun, {"of"}) for e in cx.entities(o)]
    named += [e for c in noun.children if c.dep_ in ("poss", "compound", "nmod") for e in cx.entities(c, conj=False)]
    named = [e for e in named if e.type in PERPETRATORS + ("PoliticalParty",)] or _demonym_states(noun, cx)
    return named[0] if named else None


def crowd_attack_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Supporters of the party attacked the army's headquarters in Rawalpindi",
    "protesters stormed parliament", "a mob ransacked the embassy of Chile": an Attack
    (PLOVER 'attack', CAMEO 18 'assault') by the crowd, written as corpus/CLAIMS.md
    writes people it does not name ('unnamed supporters' of the group, party or state the
    noun names, if any), on the actor the object names or, for a building, on its owner
    ("the army's headquarters": the army; "the embassy of Chile": Chile). Nothing when
    the object names no actor ("ransacked the residence of a senior general"), nor for
    named attackers (:func:`~kg.extract.facts.military.force_rules`)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in CROWD_VERBS:
        return []
    crowds = [s_ for s_ in doers(tok) if s_.lemma_.lower() in CROWD_NOUNS and not cx.entities(s_, conj=False)]
    if not crowds:
        return []
    objs = [o for o in objects(tok) if o.dep_ != "nsubjpass"]
    target = [e for o in objs for e in cx.entities(o, conj=False)]
    if not target:  # a building: whose it is
        target = [e for o in objs for t in [*preps(o, {"of"}), *(c for c in o.children if c.dep_ == "poss")]
                  for e in cx.entities(t)]
    target = _uniq([e for e in target if e.type in CROWD_TARGETS])
    if not target:
        return []
    crowd = crowds[0]
    group = _crowd_group(crowd, cx)
    if crowd.lemma_.lower() in FIGHTER_NOUNS and group is not None and group.type in PERPETRATORS and \
            all(e.type in TARGETS for e in target):
        return []  # "al-Shabaab militants attacked X": the group's attack (strike_rules), not unnamed men's
    words = crowd.lower_ if crowd.tag_ == "NNS" else crowd.lemma_.lower()
    f = Fact("Attack", {"target": target}, tokens=[crowd.i, tok.i, *(o.i for o in objs)],
             qualified={"perpetrator": (f"unnamed {words}", group)})
    place = _place_of(tok, cx, ("in", "near", "outside", "at"))
    if place:
        f.roles["place"] = place
    return [f]

