"""People removed by a state to another, and money one actor pays another.

- A **ForcedDisplacement** (corpus/CLAIMS.md "removals of a population"; CAMEO 0874
  'expel or deport individuals', PLOVER COERCE): "The United States has flown 238
  Venezuelan men ... to El Salvador", "Ostravia deported 40 migrants to Valdoria", "were
  deported to Valdoria by Ostravia". ``perpetrator`` the state that removes them,
  ``target`` the people as corpus/CLAIMS.md writes people not named ("238 unnamed
  Venezuelan men"), ``displaced`` their count when the text gives it plainly,
  ``destination`` the state they are sent to. Verbs that remove by themselves
  (:data:`REMOVE_VERBS`) take any people; verbs of carrying (:data:`CARRY_VERBS`: flown,
  sent, transferred) only people of a third state or held people (detainees, migrants):
  "flew 150 of its own nationals home", "sent 300 soldiers to Poland" are no removal.
  Diplomats expelled are the expulsion rules' (:mod:`kg.extract.facts.expulsions`).
- A **Payment** (corpus/CLAIMS.md "will pay compensation of", "a fee": money paid, not a
  loan, investment or aid): "an arrangement for which Washington is paying about $6
  million", "Ostravia paid Valdoria $20 million for the land": ``payer`` the subject,
  ``payee`` the indirect object or 'to', ``value`` the sum
  (:func:`kg.extract.quantities.money_near`); nothing without a sum of money ("paid
  tribute", "paid a visit"). A sum one state hands another with nothing said in return
  ("Norway will pay Kenya £45m a year to protect its forests") stays the economic
  Support of :func:`kg.extract.facts.economy.payment_rules`; one that buys something
  (:func:`kg.extract.facts.paid.paid_for`) is a Payment only.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _unnamed_people, _uniq, doers, objects, preps
from kg.extract.facts.economy import payment_rules as support_payment_rules
from kg.extract.facts.paid import paid_for, under_deal
from kg.extract.mentions import Known
from kg.extract.quantities import count_of, money_near

#: Verbs that remove people from a state by themselves.
REMOVE_VERBS = {"deport", "expel", "remove", "repatriate", "expatriate", "banish"}
#: Verbs that carry people somewhere, a removal only for people held or of a third state.
CARRY_VERBS = {"fly", "send", "transfer", "ship", "bus", "airlift"}
#: Nouns of people who may be removed (not troops, diplomats or goods).
PEOPLE_NOUNS = {"man", "men", "woman", "women", "people", "person", "migrant", "deportee", "detainee", "prisoner",
                "inmate", "national", "citizen", "refugee", "asylum-seeker", "seeker", "member", "immigrant",
                "foreigner", "family", "child", "children", "resident", "suspect", "worker"}
#: People held or without status, whom carrying to another state removes whoever they are.
HELD_NOUNS = {"deportee", "detainee", "prisoner", "inmate", "migrant", "asylum-seeker", "seeker", "immigrant", "suspect"}
#: People a removal of :data:`REMOVE_VERBS` is not: an envoy's expulsion is a diplomatic one.
ENVOY_NOUNS = {"diplomat", "ambassador", "envoy", "attache", "attaché", "consul", "official", "staff", "journalist"}
#: Classes that remove people: a state or its government.
REMOVERS = ("State", "Government")


def _people(o: Token, cx: Context) -> Known | None | bool:
    """Whether ``o`` names people that may be removed: False when not; else the state a
    demonym among its words gives them ("Venezuelan men", "Venezuelans"), or None."""
    noun = o.lemma_.lower()
    m = cx.at.get(o.i)
    if m is not None and m.form == "demonym" and m.entity.type == "State" and o.pos_ in ("NOUN", "PROPN"):
        return m.entity  # "238 Venezuelans"
    if noun not in PEOPLE_NOUNS and o.lower_ not in PEOPLE_NOUNS:
        return False
    _, of = _unnamed_people(o, cx)
    return of


def _destination(verb: Token, obj: Token, cx: Context) -> list[Known]:
    """The state the people are sent to: the verb's 'to', or a 'to' the parser hung inside
    the relative clause on the people ("men it accuses of belonging to the gang to El
    Salvador"): a state there, not the group of the clause."""
    found = [e for o in preps(verb, {"to"}) for e in cx.entities(o) if e.type == "State"]
    if not found:
        found = [e for c in obj.children if c.dep_ == "relcl" for t in c.subtree if t.pos_ == "VERB"
                 for o in preps(t, {"to"}) for e in cx.entities(o) if e.type == "State"]
    return _uniq(found)


def removal_rules(tok: Token, cx: Context) -> list[Fact]:
    """A ForcedDisplacement from a verb of :data:`REMOVE_VERBS` or :data:`CARRY_VERBS`
    (see the module's docstring). Returns [] or one fact: [] without a removing state,
    people, and a destination state other than the remover's."""
    if tok.pos_ != "VERB" or tok.lemma_ not in REMOVE_VERBS | CARRY_VERBS:
        return []
    if any(c.dep_ == "prt" and c.lower_ in ("back", "home") for c in tok.children):
        return []  # "flew them home": their own state's people brought back
    removers = [cx.resolver.state_of(e) or e if e.type == "Government" else e
                for s_ in doers(tok) for e in cx.entities(s_) if e.type in REMOVERS]
    removers = _uniq([e for e in removers if e.type == "State"])
    people = [o for o in objects(tok) if o.pos_ in ("NOUN", "PROPN") and o.lemma_.lower() not in ENVOY_NOUNS]
    if len(removers) != 1 or not people:
        return []
    obj = people[0]
    whose = _people(obj, cx)
    if whose is False:
        return []
    dest = _destination(tok, obj, cx)
    if len(dest) != 1 or dest[0].id == removers[0].id:
        return []  # "flew them to the United States" by the United States: brought in, not removed
    if tok.lemma_ in CARRY_VERBS and not (obj.lemma_.lower() in HELD_NOUNS or
                                         whose is not None and whose.id not in (removers[0].id, dest[0].id)
                                         or _removals_told(tok)):
        return []  # "sent 300 workers to Valdoria", "flew its nationals to Cyprus": no removal told
    target = _unnamed_people(obj, cx)
    f = Fact("ForcedDisplacement", {"perpetrator": removers, "destination": dest},
             tokens=[tok.i, *(t.i for t in obj.subtree if t.i <= obj.i)], split=False)
    f.qualified["target"] = target
    f.members_of.add("target")  # people of a state: "{actor: 238 unnamed men, of: venezuela}"
    nums = [c for c in obj.children if c.dep_ == "nummod"]
    if len(nums) == 1 and not list(nums[0].children) and count_of(nums[0]):
        f.attrs["displaced"] = count_of(nums[0])
    return [f, *_gapped_removals(tok, obj, removers, dest, cx)] if "displaced" in f.attrs else [f]


#: Words that tell people are being removed from a state ("deportees", "such removals").
REMOVAL_WORDS = REMOVE_VERBS | {"deportee", "deportation", "removal", "expulsion", "repatriation"}


def _removals_told(verb: Token) -> bool:
    """Whether the sentence of a verb of carrying, or the one before or after it, speaks
    of removing people (:data:`REMOVAL_WORDS`: "The administration has already sent eight
    men to South Sudan ... Rights groups say such removals risk ..."): the people sent
    are removed, not workers or troops sent abroad."""
    sent = verb.sent
    doc = verb.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return any(t.lemma_.lower() in REMOVAL_WORDS for t in doc[start:end])


def _gapped_removals(verb: Token, obj: Token, removers: list, dest: list, cx: Context) -> list[Fact]:
    """The further removals a gapped clause tells with the same verb and people: "sent eight
    men to South Sudan and five to Eswatini" (a count joined to the verb with its own 'to'
    and a state): one ForcedDisplacement per destination, its people counted as the first's
    are ("5 unnamed men")."""
    out = []
    for c in verb.children:
        if c.dep_ != "conj" or count_of(c) is None or c.pos_ != "NUM":
            continue
        there = [e for o in preps(c, {"to"}) for e in cx.entities(o) if e.type == "State"]
        if len(there) != 1 or there[0].id in {d.id for d in dest} | {r.id for r in removers}:
            continue
        words, party = _unnamed_people(obj, cx)
        rest = words.split(" unnamed ", 1)[1] if " unnamed " in words else obj.lower_
        f = Fact("ForcedDisplacement", {"perpetrator": removers, "destination": there},
                 tokens=[c.i, *(t.i for p in c.children if p.dep_ == "prep" for t in p.subtree)], split=False,
                 clause=False)
        f.qualified["target"] = (f"{count_of(c)} unnamed {rest}", party)
        f.members_of.add("target")
        f.attrs["displaced"] = count_of(c)
        out.append(f)
    return out


#: Classes that pay or are paid.
PARTIES = ("State", "Government", "Organisation", "StateCompany", "Person", "Group", "InternationalOrganisation")


def fee_payment_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Payment from the verb 'pay' ``tok`` whose object is a sum of money: ``payer`` its
    subject, ``payee`` its indirect object or 'to', ``value`` the sum. Returns [] or one
    fact; [] without a sum ("paid tribute") or without a named payer or payee, or for a
    debt paid back ("paid back", "paid off": the loan's)."""
    if tok.pos_ != "VERB" or tok.lemma_ != "pay":
        return []
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off") for c in tok.children):
        return []
    payer = _uniq([cx.resolver.state_of(e) or e if e.type == "Government" else e
                   for s_ in doers(tok) for e in cx.entities(s_) if e.type in PARTIES])
    # "paid Kigali about 240 million pounds": a currency name several share, read as the payer's or the payee's
    named = [*payer, *(e for o in objects(tok) for e in cx.entities(o))]
    sides = tuple(s_.label for s_ in [e if e.type == "State" else cx.resolver.state_of(e) for e in named]
                  if s_ is not None and s_.type == "State")
    money = next((m for o in objects(tok) if o.dep_ == "dobj" for m in [money_near(o, sides)] if m is not None), None)
    deal = under_deal(tok)
    withheld = _withheld_sum(tok) if money is None else None
    if money is None and not (withheld is not None and deal):
        return []
    if not paid_for(tok) and support_payment_rules(tok, cx):
        return []  # a sum one state hands another for nothing said in return: economic Support (facts/economy.py)
    # "paid Rwanda £140 million": the parser may read the payee as a second direct object
    payee = _uniq([e for c in tok.children if c.dep_ in ("dative", "iobj", "dobj") and c.pos_ != "ADP"
                   and money_near(c) is None for e in cx.entities(c) if e.type in PARTIES]
                  + [e for o in preps(tok, {"to"}) for e in cx.entities(o) if e.type in PARTIES])
    payee = [e for e in payee if e.id not in {p.id for p in payer}]
    if not payer and not payee:
        return []
    roles = {**({"payer": payer} if payer else {}), **({"payee": payee} if payee else {})}
    if money is None:
        # "would pay Rwanda a grant under the deal, without giving the amount": a term of the deal told
        # before, its sum withheld (corpus/CLAIMS.md: undisclosed: value; termOf, planned)
        return [Fact("Payment", roles, {"undisclosed": "value"}, tokens=[tok.i, *withheld, *(d.i for d in deal)],
                     split=False, refers=("termOf", ("Agreement",)))]
    return [Fact("Payment", roles, {"value": money[0]}, tokens=[tok.i, *money[1]], split=False)]


#: Nouns of a sum paid whose amount a text may withhold ("a grant", "an undisclosed sum").
SUM_NOUNS = {"grant", "sum", "fee", "amount", "payment", "compensation", "subsidy"}
#: Verbs of telling an amount, denied ("without giving the amount", "did not disclose the sum").
TELL_AMOUNT_VERBS = {"give", "disclose", "specify", "say", "reveal", "state", "provide", "name"}


def _withheld_sum(verb: Token) -> list[int] | None:
    """The tokens of a payment's object of :data:`SUM_NOUNS` whose amount the text says
    is withheld: "an undisclosed sum", "a grant ..., without giving the amount" (a 'without'
    clause of a verb of :data:`TELL_AMOUNT_VERBS` on the verb of paying); None otherwise
    ("paid a fee": no word that the sum is withheld)."""
    objs = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in SUM_NOUNS]
    if not objs:
        return None
    if any(c.dep_ == "amod" and c.lower_ in ("undisclosed", "unspecified", "unknown") for c in objs[0].children):
        return [objs[0].i]
    told = [w for c in verb.children if c.dep_ == "prep" and c.lower_ == "without"
            for w in c.children if w.dep_ == "pcomp" and w.lemma_ in TELL_AMOUNT_VERBS
            and any(o.dep_ == "dobj" and o.lemma_ in ("amount", "sum", "value", "figure", "size") for o in w.children)]
    return [objs[0].i, *(t.i for w in told for t in w.subtree)] if told else None


#: The trigger words of both rules.
DEPORTATION_TRIGGERS = REMOVE_VERBS | CARRY_VERBS | {"pay"}
