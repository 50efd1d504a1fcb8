"""Things a state or company hands to another: asylum granted to a person, an asset,
company or stake sold.

- An **AsylumGrant** (CAMEO 075 "grant asylum"; corpus/CLAIMS.md "Asylum or refuge
  granted"): "Brazil granted her diplomatic asylum", "was granted asylum by Brazil", "was
  given political asylum in Brazil", "granted asylum to X"; asked for ("had asked for
  asylum", "requested asylum": the speech stage makes it ``requested``).
- A **Sale** (schema.org SellAction; corpus/CLAIMS.md "Ships and other assets ... sales"):
  "X will buy a 24.99% stake in Y from Z", "X, which bought the ship from Z", "Z sold Y to
  X", "X acquired Y": buyer, seller, what was sold (``sold`` when the registry or the text
  names it, else ``item`` in words). Arms and commodities bought are the arms-transfer and
  supply rules' (:func:`kg.extract.facts.military.purchase_rules`), not sales.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _text, _uniq, doers, objects, preps, subjects
from kg.extract.facts.sales import (
    group_members, holder_of, named_by, price_of, seller_subjects, share_sold, unnamed_investor,
)
from kg.extract.mentions import Known

#: Nouns of asylum or refuge (the ontology's AsylumGrant label and altLabels).
ASYLUM_NOUNS = {"asylum", "refuge"}
#: Verbs that grant what their object names ("granted her asylum", "gave them refuge").
GRANT_VERBS = {"grant", "give", "award", "extend", "afford"}
#: Verbs that ask for it ("asked for asylum", "requested asylum", "applied for asylum").
ASK_VERBS = {"ask", "request", "apply", "seek"}
#: Classes that can grant asylum: a state, its government or an agency, an organisation.
GRANTERS = ("State", "Government", "Organisation", "InternationalOrganisation")


def asylum_rules(tok: Token, cx: Context) -> list[Fact]:
    """An AsylumGrant from the noun 'asylum' or 'refuge' ``tok``: the object of a verb of
    :data:`GRANT_VERBS` (who grants: its subject, or the 'by' of its passive, or the state
    'in' names; who receives: its indirect object, its 'to', or the subject of its
    passive), or asked for with a verb of :data:`ASK_VERBS` (who asks receives; the state
    'in' or 'from' names grants). The kind in the text's words (``description``:
    'diplomatic asylum'). Nothing without a named receiver."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ASYLUM_NOUNS:
        return []
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in ("for",):
        verb = verb.head
    if verb.pos_ != "VERB":
        return []
    asked = verb.lemma_ in ASK_VERBS
    if not asked and (verb.lemma_ not in GRANT_VERBS or tok.dep_ not in ("dobj", "nsubjpass", "dative")):
        return []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if asked:
        to = [e for s_ in subjects(verb) for e in cx.entities(s_)]
        by = [e for o in preps(verb, {"in", "from"}) + preps(tok, {"in", "from"}) for e in cx.entities(o)]
        # "asked Britain for asylum": the one asked grants it
        by += [e for o in verb.children if o.dep_ in ("dobj", "dative") and o.i != tok.i for e in cx.entities(o)]
    elif passive:
        to = [e for s_ in verb.children if s_.dep_ == "nsubjpass" and s_.i != tok.i for e in cx.entities(s_)]
        by = [e for s_ in doers(verb) + preps(verb, {"by"}) for e in cx.entities(s_)]
        by = by or [e for o in preps(verb, {"in"}) + preps(tok, {"in"}) for e in cx.entities(o) if e.type == "State"]
    else:
        to = [e for c in verb.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP" for e in cx.entities(c)]
        to += [e for o in preps(verb, {"to"}) + preps(tok, {"to"}) for e in cx.entities(o)]
        # "granted Nadine Heredia diplomatic asylum": the parser may hang the receiver on the noun
        to += [e for c in tok.children if c.dep_ in ("nmod", "poss") and c.i < tok.i for e in cx.entities(c)]
        by = [e for s_ in doers(verb) for e in cx.entities(s_)]
    to = _uniq([e for e in to if e.type not in NOT_ACTORS + ("State",)])
    by = _uniq([e for e in by if e.type in GRANTERS])
    if not to:
        return []
    roles = {"grantedTo": to, **({"grantedBy": by} if by else {})}
    f = Fact("AsylumGrant", roles, tokens=[tok.i, verb.i], split=False)
    words = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    if words:
        f.attrs["description"] = _text(cx.doc, words + [tok])
    return [f]


#: Verbs of buying and selling an asset, company or stake.
BUY = {"buy", "purchase", "acquire"}
SELL = {"sell"}
#: Nouns of a share of a company bought or sold ("a 24.99% stake in X").
STAKE_NOUNS = {"stake", "share", "shares", "holding", "interest"}
#: Nouns of what a sale passes that the registry rarely names ("the ship", "the tanker").
ASSET_NOUNS = {"ship", "vessel", "tanker", "terminal", "port", "company", "firm", "business", "subsidiary", "unit",
               "plant", "refinery", "mine", "stake", "share", "shares", "holding", "carrier", "airline", "bank",
               "building", "property", "hotel", "field", "pipeline", "network", "operator"}
#: Classes a buyer or seller of an asset may be (not a place or an outlet).
TRADERS = ("Organisation", "StateCompany", "Person", "State", "Government", "Group")


def sale_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Sale from a verb of buying (:data:`BUY`: the subject buys, 'from' names the
    seller) or selling (:data:`SELL`: the subject sells, 'to' names the buyer) whose
    object is an asset, company or stake (:data:`ASSET_NOUNS`, or an organisation or asset
    the text names): ``sold`` the entity named (for a stake, the one 'in' names), else
    ``item`` in the object's words. Both sides named, or one side and what was sold
    (named, or a definite "the ship" the article told of); a seller the article leaves
    unnamed where what it sold is named ("the fund sold its holdings in X":
    :func:`~kg.extract.facts.sales.unnamed_investor`), the share sold in percent
    (``share``); a state buying from a state is left to the arms and supply rules."""
    if tok.pos_ != "VERB" or tok.lemma_ not in BUY | SELL:
        return []
    objs = [o for o in objects(tok) if o.pos_ in ("NOUN", "PROPN")]
    if not objs:
        return []
    obj = objs[0]
    stake = obj.lemma_.lower() in STAKE_NOUNS
    inner = [o for o in preps(obj, {"in", "of"})] if stake else [obj]
    sold = [e for o in inner for e in (named_by(o, cx) if stake else cx.entities(o))
            if e.type not in ("State", "Person") + NOT_ACTORS]
    if not sold and not (obj.lemma_.lower() in ASSET_NOUNS and obj.i not in cx.at):
        return []
    subj = seller_subjects(tok, cx) if tok.lemma_ in SELL else doers(tok)  # "the fund said it had sold ...": the fund
    doer = [e for s_ in subj for e in cx.entities(s_) if e.type in TRADERS]
    if not doer and tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
        # "the decision of Norway's fund to sell its holdings": whose decision, plan or offer it is
        doer = [e for o in preps(tok.head, {"of"}) + [c for c in tok.head.children if c.dep_ == "poss"]
                for e in cx.entities(o) if e.type in TRADERS]
    if stake and not sold:
        # "its holdings in the machinery maker Caterpillar": the parser may make the name a second object,
        # or hang 'in' on the verb ("sold its shares in Gazprom")
        sold = [e for o in objs[1:] + preps(tok, {"in"}) for e in cx.entities(o)
                if e.type not in ("State", "Person") + NOT_ACTORS]
    if tok.lemma_ in BUY:
        # "a stake in Y from Z": the parser may hang 'from' on the verb, the stake or what it is in
        buyer, seller = doer, [e for x in (tok, obj, *inner) for o in preps(x, {"from"}) for e in cx.entities(o)
                               if e.type in TRADERS]
    else:
        # "to sell its entire interest in X to a consortium made up of A and B": whose interest, the group's members
        # (the holding of an investor the subject leaves unnamed is its own: "Norway's fund said it had sold
        # its holdings", not the state's)
        seller = doer or ([] if unnamed_investor(subj, cx) else holder_of(obj, cx, TRADERS))
        buyer = [e for x in (tok, obj, *inner) for o in preps(x, {"to"})
                 for e in (cx.entities(o) or group_members(o, cx, TRADERS)) if e.type in TRADERS]
    buyer, seller = _uniq(buyer), _uniq(seller)
    # "BlackRock and GIP, which BlackRock acquired": a party is never the asset it buys or sells
    sold = [e for e in sold if e.id not in {p.id for p in buyer + seller}]
    if {e.id for e in buyer} & {e.id for e in seller}:
        return []
    # "Norway's sovereign wealth fund said it had sold its holdings in X": an investor the article
    # does not name sells what it names
    unnamed = unnamed_investor(subj, cx) if tok.lemma_ in SELL and not seller and sold else None
    if not buyer and not seller and unnamed is None:
        return []
    if not (buyer and seller) and not sold and not any(c.lower_ == "the" for c in obj.children):
        return []  # one side and "a ship": too little to say which asset; "the ship" is the article's
    if buyer + seller and all(e.type == "State" for e in buyer + seller):
        return []  # "India buys jets from France": an arms transfer or supply, not a sale of an asset
    roles: dict[str, list[Known]] = {}
    if buyer:
        roles["buyer"] = buyer
    if seller:
        roles["seller"] = seller
    if sold:
        roles["sold"] = _uniq(sold)
    f = Fact("Sale", roles, tokens=[tok.i, obj.i], split=False)
    if unnamed is not None:
        f.qualified["seller"] = unnamed
        if unnamed[1] is not None:
            f.members_of.add("seller")
        f.tokens += [t.i for s_ in subj for t in s_.subtree]
    share = share_sold(obj)
    if share is not None:
        f.attrs["share"] = share  # "sold its 5 percent stake in X"
    price = price_of(tok)
    if price is not None:
        f.attrs["value"] = price[0]
    if not sold:
        words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ not in ("det", "poss", "case") and not t.is_punct]
        f.attrs["item"] = _text(cx.doc, words) or obj.text
    return [f]
