"""Running the rules of facts: :data:`RULES` and :data:`TRIGGERS` assembled in the order
the rules run (the order decides the order of drafted facts), :func:`find_facts` (rules,
then position, kinship and age facts, roles filled, facts split and dated), negation, the
aspect of a fact, and :func:`surface_facts` for a pipeline without a parser."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from kg.extract import dates, lexicon, stages
from kg.entities import normalise
from kg.extract.mentions import Known, Mention, party_ids
from kg.ontology import vocabulary
from kg.extract.lexicon import STATEMENT_NOUNS, STATEMENT_VERBS

from kg.extract.facts.court_levels import court_of_another_level
from kg.extract.facts.territories import territory_of_article
from kg.extract.facts.common import (
    AGREEMENT_NOUNS, KEEP_FROM_VERBS, LEGAL_NOUNS, LEGAL_VERBS, MEET_NOUNS, MEMBERSHIP_VERBS, FAILURE_NOUNS, refused,
    SANCTION_NOUNS, SAY_VERBS, SUPPLY_VERBS, VISIT_NOUNS, Context, Fact, _uniq, objects,
)
from kg.extract.facts.offices import (
    CHAIR_NOUNS, CITIZEN_NOUNS, DATELINE_POSITIONS, LEAD_VERBS, _dateline_state, body_of_rules, branch_rules, BRANCH_NOUNS, _possessor_state,
    _sentence_state, age_facts, citizenship_rules, one_legislature, kinship_facts, leadership_rules, location_rules,
    COMPASS_WORDS,
    _body_by_word, _subject_before,
    another_office, office_taken_facts, party_offices, position_facts, registry_state, state_body_named, armed_forces_of, successor_facts, article_state, named_parent_facts, named_in_facts, one_court, based_facts, capital_facts, bordering_rules, living_rules,
)
from kg.extract.facts.diplomacy import (
    LABEL_VERBS, LIGHT_NOUNS, NOMINAL_EVENTS, RECALL_VERBS, RECOGNISE_VERBS, ROLE_NOUNS, TRAVEL_VERBS,
    UNSAID_VERBS, WISH_VERBS, _reported_clause, actor_verb_rules, call_rules, characterisation_rules,
    declined_comment_rules, expel_rules, host_rules, hosted_meeting_rules, label_rules,
    light_statement_rules, mediation_rules, meeting_rules, nominal_event_rules, quoted_label_rules,
    recall_rules, recognition_rules, relations_rules, role_noun_rules, said_rules, statement_noun_rules,
    statement_rules, summons_rules, support_rules, support_verb_rules, threat_rules, travel_rules,
    turn_to_rules, visit_by_rules, visit_rules, warn_rules, trip_for_talks_rules, hosted_act_rules, attended_rules,
    presence_rules, ATTEND_VERBS, begun_talks_rules,
)
from kg.extract.facts.agreements import (
    BAN_VERBS, LIFT_STATUS, PACKAGE_VERBS, PUT_MEASURE_VERBS, SANCTION_VERBS_WITH, SIGNING_NOUNS,
    LISTING_VERBS, TARIFF_NOUNS, agree_rules, agreement_noun_rules, count_listed, listing_rules, agreement_rules, ban_rules, body_sanction_rules,
    cooperation_rules, package_rules, sanction_noun_rules, sanction_rules, sanction_with_rules,
    signed_with_rules, signing_noun_rules, subject_to_rules, tariff_rules, unnamed_target_rules,
    withdrawal_noun_rules,
)
from kg.extract.facts.military import (
    BUY_NOUNS, BUY_VERBS, CLOSE_VERBS, CONTROL_VERBS, CONFLICT_NOUNS, CONFLICT_VERBS, COUP_VERBS, DECLARE_VERBS,
    DEPLOY_VERBS, ENTER_VERBS, EXERCISE_NOUNS, INVASION_NOUNS, INVASION_VERBS, JOINT_NOUNS, KILLING_NOUNS,
    KILLING_VERBS, LIFT_VERBS, RELY_WORDS, SEIZE_VERBS, TAKE_GOODS_VERBS, SUPPLY_NOUNS, WITHDRAW_VERBS, advisory_rules,
    border_rules, conflict_rules, control_rules, deployment_rules, emergency_rules, exercise_rules,
    force_rules, incursion_rules, invasion_where_rules, listed_coup_rules, joint_rules, killing_rules, purchase_rules, reliance_rules,
    seizure_rules, shoot_down_rules, supply_rules, withdrawal_rules, cleared_sale_rules,
    HANDOVER_VERBS, RETAKE_FORMS, RETAKE_VERBS, TAKE_OVER_VERBS, handover_rules,
    CONTROL_LOST_VERBS, control_lost_rules,
)
from kg.extract.facts.tallies import TALLY_NOUNS, counted_vote_rules, counts_told_after_rules
from kg.extract.facts.invitations import meeting_hosts
from kg.extract.facts.damage import DAMAGE_VERBS, damage_rules, dragged_anchor_rules
from kg.extract.facts.legal import (
    CAPTURE_VERBS, COURT_VERBS, INSTRUCT_VERBS, DEATH_VERBS, DECREE_NOUNS, DETAIN_VERBS, DETENTION_NOUNS, FILED_PAPERS, FINDING_VERBS,
    LAW_NOUNS, LEGAL_MORE_FORMS, LEGAL_MORE_VERBS, LEGAL_STEP_NOUNS, RELEASE_VERBS, REPRESSION_NOUNS,
    REPRESSION_VERBS, SUSPEND_BODY_VERBS, court_rules, death_rules, detention_rules,
    executive_order_rules, exit_ban_rules, halted_service_rules, HALT_VERBS, filed_paper_rules, finding_rules, institution_rules, instruction_rules,
    legal_more_rules, legal_noun_rules, legal_rules, legislation_rules, release_rules, repression_rules,
    warrant_rules, birth_rules,
)
from kg.extract.facts.politics import (
    ADMISSION_NOUNS, CARRY_VERBS, CEREMONY_NOUNS, ELECTION_NOUNS, FAIL_VERBS, FOUND_VERBS, MEMBER_APPOS_NOUNS, PARTY_NOUNS,
    PROTEST_NOUNS, PROTEST_VERBS, SUSPEND_VERBS, VOTE_NOUNS, ceremony_rules, election_rules,
    admission_rules, founding_rules, member_apposition_rules, members_named_rules, membership_noun_rules, membership_rules,
    GATHER_VERBS, REFERENDUM_NOUNS, party_rules, governing_party_facts, protest_rules, referendum_rules, suspension_rules,
    vote_outcome_rules, vote_rules, election_result_rules, SHARE_VERBS, PLACE_VERBS,
)
from kg.extract.facts.clashes import clash_roles
from kg.extract.facts.rebuttals import accusers_answered
from kg.extract.facts.judgements import (
    BACK_FACT_VERBS, fact_backing_rules, own_term_rules, removal_rules, unnamed_label_rules, vote_stance_rules,
    which_called_rules, assembly_ban_rules, BAN_NOUNS, VOID_VERBS, declared_void_rules,
    described_group_rules, GROUP_KIND_NOUNS, BODY_KIND_NOUNS,
)
from kg.extract.facts.following import follower_facts
from kg.extract.facts.cities import city_offices
from kg.extract.facts.persons import employee_occupations
from kg.extract.facts.portfolios import portfolio_state, title_state
from kg.extract.facts.barred import barred_act
from kg.extract.facts.reopenings import reopened_closures
from kg.extract.facts.failed_launches import FAIL_VERBS, failed_launch_rules
from kg.extract.facts.delegations import delegation_heads, demonym_titles
from kg.extract.facts.departures import DEPARTURE_TRIGGERS, resignation_rules
from kg.extract.facts.successions import office_noun_facts, resignation_noun_rules, succession_facts
from kg.extract.facts.journeys import (
    JOURNEY_TRIGGERS, VISIT_FORM_TRIGGERS, journey_back_rules, unnamed_travel_rules, visit_form_rules,
)
from kg.extract.facts.openings import OPEN_VERBS, opening_rules
from kg.extract.facts.letters import SEND_VERBS, WRITE_VERBS, letter_rules
from kg.extract.facts.denials import denied_facts, disowned_facts
from kg.extract.facts.stances import (
    ANOTHER_WORDS, CENSURE_NOUNS, DEFEND_VERBS, MEASURE_NOUNS, VIEW_AS_VERBS, alleged_wrong_rules, another_visits, attendance_rules,
    BACKED_WORDS, backed_rules, censure_rules, defend_act_rules, demand_rules, described_speakers, met_abroad_rules, met_reaction_rules,
    rejected_measure_rules,
    PROVIDER_NOUNS, provider_rules, representative_rules, sentence_partners, viewed_as_rules,
)
from kg.extract.facts.economy import (
    BUILD_VERBS, CUT_VERBS, FIGURE_VERBS, POPULATION_NOUNS, TAKE_VERBS, aid_cut_rules,
    controlled_by_rules, exports_taken_rules, gift_rules, goods_worth_rules, imports_noun_rules,
    PAY_VERBS, OUTPUT_CUT_NOUNS, OUTPUT_CUT_VERBS, output_cut_rules, indicator_rules, investment_rules, payment_rules, ownership_rules, population_rules, project_rules,
    state_owned_facts, trade_rules, trade_verb_rules, trading_partner_rules, organisation_country_facts,
    loan_rules,
    CREDIT_LINE_NOUNS,
)


#: The key a fact's date goes to: trade is counted over a period; joining, acquiring or
#: establishing starts a state of affairs.
DATE_KEY = {"TradeReport": "period", "Membership": "startDate", "Ownership": "startDate", "Control": "startDate",
            "DiplomaticRelations": "startDate", "EmergencyRule": "startDate"}

#: Kinds that last, whose dates may open or close them, and the words that say which.
ONGOING = {"Support", "Cooperation", "Supply", "ArmsTransfer", "Sanction", "Tariff", "Membership", "Ownership", "Control",
           "Repression", "Invasion", "ArmedConflict", "Agreement", "Project", "DiplomaticRelations"}
SINCE = {"since": "startDate", "from": "startDate", "until": "endDate", "till": "endDate"}


#: Roles whose entities a fact counts one by one: "sanctions against Russia and Myanmar"
#: are two sanctions, as analysts record them.
SPLIT = {"Sanction": ("target",), "Tariff": ("target",), "Invasion": ("target",), "Support": ("supporter", "supported"),
         "ArmsTransfer": ("supplier",), "Supply": ("supplier",), "Ownership": ("owner",), "Visit": ("hostState",),
         "Membership": ("member",)}


def _agencies(f: Fact, cx: Context) -> None:
    """A sanction adopted by a state's agency (a treasury, a ministry) is the state's,
    carried out by the agency: authority the state, implementingAgency the agency."""
    if f.type not in ("Sanction", "Tariff"):
        return
    auth = f.roles.get("authority", [])
    agencies = [e for e in auth if e.state and e.type in ("Organisation", "Government")]
    if agencies:
        states = [cx.resolver.state_of(e) for e in agencies]
        f.roles["authority"] = _uniq([e for e in auth if e not in agencies] + [s_ for s_ in states if s_ is not None])
        f.roles["implementingAgency"] = agencies


def _drop_carriers(found: list[Fact]) -> list[Fact]:
    """A generic statement whose words carry another drafted fact ("The Netherlands has
    delivered jets, the minister said") is that fact's attribution, not a fact of its
    own: it is dropped."""
    triggers = {f.trigger.i for f in found if f.trigger is not None and not (f.said and f.type == "Statement")}
    # "warned that Washington should handle ...": the words are the appeal the same verb makes
    appeals = {f.trigger.i for f in found if f.trigger is not None and f.said and f.type == "Appeal"}
    out = []
    for f in found:
        if f.said and f.type == "Statement" and f.trigger is not None:
            verb = f.trigger
            if verb.i in appeals:
                continue
            # "Moscow said they had been planned long before drones entered Polish airspace": a fact in a
            # clause telling when is not what was said
            reported = _reported_clause(verb)
            inside = {t.i for c in reported for t in c.subtree} - \
                {t.i for c in reported for w in c.subtree if _when_clause(w) for t in w.subtree}
            if triggers & inside or (verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i in triggers):
                free = _free_first_conjunct(verb, triggers)
                if free:  # "he was ready to discuss peace proposals but opposed a ceasefire": the first half is said
                    out.append(dataclasses.replace(f, tokens=free, clause=False))
                added = [] if free else _free_added_clause(verb, triggers)
                if added:  # "said it regretted the ruling, adding that China had always ...": the addition is said
                    out.append(dataclasses.replace(f, tokens=added, clause=False))
                continue
        out.append(f)
    return out


#: Words that open a clause telling when something happened.
WHEN_MARKERS = {"before", "after", "since", "until", "till", "once"}


def _when_clause(tok: Token) -> bool:
    """``tok`` heads an adverbial clause opened by a word of time ("before drones entered"),
    or a phrase of time on a verb ("expected the agreement to be concluded *before the
    elections of 26 October*": the elections say when, not what was said)."""
    if tok.dep_ == "prep" and tok.lower_ in WHEN_MARKERS and tok.head.pos_ in ("VERB", "AUX"):
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in WHEN_MARKERS for c in tok.children)


def _free_first_conjunct(verb: Token, triggers: set[int]) -> list[int]:
    """The tokens of "X said" and the first of two or more reported clauses joined by
    'and' or 'but' ("Putin told reporters he was ready to discuss the details of peace
    proposals but opposed a temporary ceasefire"), when that first clause holds no other
    drafted fact and a later one does: what the speaker said apart from the facts drafted
    from the rest. Empty otherwise, and when the words said come before the speaker."""
    comp = _reported_clause(verb)
    if len(comp) != 1 or comp[0].i < verb.i:
        return []
    head = comp[0]
    later = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if not later:
        return []
    cut = min(t.i for c in later for t in c.subtree)
    cut = min([cut] + [c.i for c in head.children if c.dep_ == "cc" and c.i < cut and c.i > head.i])
    first = [t.i for t in head.subtree if t.i < cut]
    if triggers & set(first) or not any(triggers & {t.i for t in c.subtree} for c in later):
        return []
    said = [t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dative") or
            c.dep_ == "prep" and c.lower_ == "to" and c.i < head.i for t in c.subtree]
    if not said or min(said) > verb.i:
        return []
    return sorted(set(said + [verb.i] + first))


#: Participles that add a further remark to what a speaker said ("..., adding that ...").
ADDING_VERBS = {"add", "note", "stress", "insist"}


def _free_added_clause(verb: Token, triggers: set[int]) -> list[int]:
    """The tokens of a remark a speaker adds after words that hold a drafted fact ("China's
    Ministry of Commerce said it regretted the ruling and would assess it, adding that
    China had always attached great importance to ..."): the participle of
    :data:`ADDING_VERBS` that hangs in the reported clause, with its own 'that' clause,
    when that remark holds no drafted fact; [] otherwise."""
    for c in _reported_clause(verb):
        for t in c.subtree:
            if t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_ in ADDING_VERBS and \
                    any(x.dep_ == "ccomp" for x in t.children):
                toks = [x.i for x in t.subtree]
                if not triggers & set(toks):
                    return toks
    return []


def _one_voice(found: list[Fact], cx: Context) -> list[Fact]:
    """A statement of a state told in the words of a person who speaks for it, in the
    sentence that gives the person's own statement of the same kind ("Rubio welcomed the
    agreement, saying that Washington 'applauds' the deal"), is that statement again,
    not a second one: the state's is dropped."""
    people = {(f.trigger.sent.start, f.type, cx.person_state[e.id].id)
              for f in found if f.trigger is not None and f.type in REACTIONS | {"Statement", "Accusation"}
              for e in f.roles.get("speaker", []) if e.type == "Person" and e.id in cx.person_state}
    return [f for f in found if not (
        f.trigger is not None and len(f.roles.get("speaker", [])) == 1 and f.roles["speaker"][0].type == "State"
        and (f.trigger.sent.start, f.type, f.roles["speaker"][0].id) in people)]


#: Kinds of fact that react to something done: welcoming, condemning, rejecting it.
REACTIONS = {"Praise", "Criticism", "Rejection"}


def _reactions_to_measures(found: list[Fact]) -> list[Fact]:
    """A reaction to measures the article names by a common noun only ("Zelensky welcomed
    the measures", "Moscow condemned the sanctions") is about who imposed them: the
    authorities of the sanctions the article's other facts draft, when there are one to
    three of them and they are not the speaker. A rejection of "the accusation" is about
    no one the sentence does not name: the accusers are the source of the charge, not
    what the denial rejects (corpus/CLAIMS.md, "A denial needs no accuser"). The facts
    are changed in place."""
    authorities = _uniq([e for f in found if f.type == "Sanction" for e in f.roles.get("authority", [])])
    for f in found:
        if f.type not in REACTIONS or f.roles.get("about") or f.trigger is None:
            continue
        objs = [o for o in objects(f.trigger) if o.dep_ == "dobj"]
        speakers = {e.id for e in f.roles.get("speaker", [])} | {e.state for e in f.roles.get("speaker", []) if e.state}
        if any(o.lemma_.lower() in SANCTION_NOUNS for o in objs) and 1 <= len(authorities) <= 3:
            about = [e for e in authorities if e.id not in speakers]
        else:
            continue
        if about:
            f.roles["about"] = [e for e in about if e.id not in speakers]
    return found


#: Verbs of opposing: with a course of action as object, a stance on it.
OPPOSE_VERBS = {"oppose", "resist"}


def _own_course(f: Fact) -> bool:
    """Whether ``f`` is a rejection told by a verb of opposing whose object is a course of
    action with no doer of its own ("he had opposed travelling to X", "opposed being
    sent to Y"): the speaker's stance on what they themselves would do, no rejection of
    anyone ("opposed Ukraine joining the alliance" names the doer and stays)."""
    t = f.trigger
    if f.type != "Rejection" or t is None or t.lemma_ not in OPPOSE_VERBS:
        return False
    courses = [c for c in t.children if c.dep_ in ("dobj", "xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
               and (c.tag_ == "VBG" or any(a.dep_ == "auxpass" and a.tag_ == "VBG" for a in c.children))]
    things = [c for c in t.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    return bool(courses) and not things and \
        not any(d.dep_ in ("nsubj", "nsubjpass", "poss") for c in courses for d in c.children)


def _fill_open_roles(found: list[Fact]) -> list[Fact]:
    """A fact whose sentence leaves a role out ("Belgium has also promised jets") takes
    the one entity the article's other facts of its kind give that role (the jets go
    to Ukraine, as every other transfer of the article does); when they give none or
    several, the fact is not drafted."""
    out = []
    for f in found:
        if f.open_role is None:
            out.append(f)
            continue
        if f.type == "Agreement" and f.open_role == "party":
            told = main_agreement_before(f, found)
            if told:
                f.roles["party"] = told
                out.append(f)
            continue
        if f.open_role == "package":
            if _fill_package(f, found):
                out.append(f)
            continue
        same = [g for g in found if g.type == f.type and g.open_role is None]
        if f.type == "Support":  # a sum a state gives goes where its own other support goes, not another's
            same = [g for g in same if {e.id for e in g.roles.get("supporter", [])} == {e.id for e in f.roles["supporter"]}]
        given = _uniq([e for g in same for e in g.roles.get(f.open_role, [])])
        if len({e.state if e.type == "Government" and e.state else e.id for e in given}) == 1:
            given = [e for e in given if e.type != "Government"][:1] or given[:1]  # "to Kyiv" and "to Ukraine": one
        if len(given) == 1 and given[0].id not in {e.id for es in f.roles.values() for e in es}:
            f.roles[f.open_role] = given
            out.append(f)
    return out


def _fill_package(part: Fact, found: list[Fact]) -> bool:
    """Give a part of an arms sale (kg/extract/facts/parts.py) the supplier and recipient
    of the arms transfers drafted before it, and their status and plan ("approved a
    possible sale": the part too is approved, not yet delivered), when all of them are
    between the same two parties; False (the part is not drafted) when none is told
    before or they are between different parties."""
    at = part.trigger.i if part.trigger is not None else min(part.tokens, default=0)
    before = [g for g in found if g.type == part.type and g.open_role is None and g.roles.get("supplier")
              and g.roles.get("recipient") and (g.trigger.i if g.trigger is not None else min(g.tokens, default=0)) < at]
    pairs = {(frozenset(e.id for e in g.roles["supplier"]), frozenset(e.id for e in g.roles["recipient"])) for g in before}
    if len(pairs) != 1:
        return False
    sale = before[-1]
    part.roles["supplier"], part.roles["recipient"] = list(sale.roles["supplier"]), list(sale.roles["recipient"])
    if "status" in sale.attrs:
        part.attrs.setdefault("status", sale.attrs["status"])
    part.planned = part.planned or sale.planned
    return True


#: Prepositions that bring in another fact to compare with ("unlike the pact X signed with Y").
COMPARED_PREPS = {"unlike", "like", "than"}


def told_to_compare(trigger: Token) -> bool:
    """Whether ``trigger`` stands in a phrase that brings a fact in to compare another with
    ("Unlike the pact Chile signed with Bolivia last year, it ..."): such a fact is told in
    passing, and words like "the pact" later mean the other one."""
    return any(a.dep_ == "prep" and a.lower_ in COMPARED_PREPS for a in trigger.ancestors)


def main_agreement_before(f: Fact, found: list[Fact]) -> list:
    """The parties of the agreement the article tells most before ``f`` ("The document must
    still be ratified": the treaty the headline and the signing told, not one named in
    passing in between): among the Agreements of two or more parties drafted before its
    trigger, but for those brought in to compare ("unlike the pact X signed with Y"), those
    of the party set told most often, the latest of them on a tie; empty when none is told
    before."""
    at = f.trigger.i if f.trigger is not None else min(f.tokens, default=0)
    told: dict[frozenset, list] = {}
    for g in found:
        if g.type != "Agreement" or g.open_role is not None or len(g.roles.get("party", [])) < 2 or \
                g.trigger is None or g.trigger.i >= at or told_to_compare(g.trigger):
            continue  # "Unlike the pact Chile signed with Bolivia, ...": told to compare, not the one meant
        key = frozenset(e.id for e in g.roles["party"])
        told.setdefault(key, []).append(g)
    if not told:
        return []
    best = max(told.values(), key=lambda gs: (len(gs), max(g.trigger.i for g in gs)))
    return list(best[-1].roles["party"])


def _split(f: Fact) -> list[Fact]:
    out = [f]
    if not f.split:
        return out
    for key in SPLIT.get(f.type, ()):
        out = [dataclasses.replace(g, roles={**g.roles, key: [e]}, attrs=dict(g.attrs), tokens=list(g.tokens))
               for g in out for e in g.roles.get(key, [None]) if e is not None] or out
    return out


#: Kinds whose every mention in an article is most often the same event (a visit, a
#: coup, the war): claims of the same participants from several sentences are one fact.
EVENTS = {"Visit", "Meeting", "PositionHeld", "Invasion", "SeizureOfPower", "ArmedConflict", "Attack",
          "DiplomaticExpulsion", "Summons", "Death", "Referendum", "Election", "Resignation"}


#: Attributes that tell a fact's stage or wording, not which fact it is: "Japan pledges
#: $120 million" (promised) and "Japan will provide $120 million" (no status) are one pledge.
TELLING_ATTRS = {"status", "stage", "title", "description"}


#: Kinds of which two participants hold one at a time: a sentence telling only a stage of
#: one (an application to join, a ratification) is a stage of the fact told before.
ONE_PER_PAIR = {"Membership", "Citizenship", "DiplomaticRelations", "Alliance"}


def aspect(f: Fact, cx: Context) -> str | None:
    """What tells ``f`` apart from a fact of the same kind and participants drafted from
    another sentence: None for the first sentence, then '2', '3'... in the order the
    facts are asked for. Statements reported in two sentences are two facts (two
    remarks); so is any other state of affairs (support, cooperation, sanctions) whose
    two sentences state different values of one attribute (an amount, a kind of aid, a
    date: "$120 million" and "$300 million") or none at all; one that states its values in
    one sentence and restates them, or leaves them out, in another ("Japan pledges $120
    million in aid to Sudan", "Japan will provide $120 million in emergency aid to
    Sudan") is one fact and takes the earlier sentence's aspect, as does a later
    sentence that adds values to a fact the headline told (:func:`headline_end`). An event
    (:data:`EVENTS`) told twice is one, and so is a fact dated after the publication (a
    planned election or vote of one day). An analyst merges two drafted facts by giving
    them one ``fact`` id."""
    if f.part > 1:  # the second of two documents signed in one clause: a fact of its own
        # beside the sentence's own aspect: the second rate of one sentence is not the second of another
        base = aspect(dataclasses.replace(f, part=1), cx)
        return f"{base}-part-{f.part}" if base else f"part-{f.part}"
    other_office = another_office(f, cx)
    if other_office:  # "Laura Trott, the pensions minister, was promoted to chief secretary": a second office
        return other_office
    if f.planned and "date" not in f.attrs:
        return "planned"  # "agree to meet again": not the meeting held, which the same names draft
    if f.type in EVENTS or f.attrs.get("_event") or f.trigger is None or dates.after_publication(f.attrs.get("date"), cx.published):
        return None  # a planned event told twice ("faces a runoff on 3 November ... will face X in a runoff on 3 November")
    # unnamed actors of a party stand for it, as the fact id names them ("unnamed nationals of Peru": Peru)
    qualified = [(k, p) for k, (_, party) in f.qualified.items() if k not in f.roles
                 for p in (party if isinstance(party, list) else [party]) if isinstance(p, Known)]
    key = (f.type, tuple(sorted([(k, e.id if isinstance(e, Known) else str(e)) for k, es in f.roles.items() for e in es]
                                + [(k, p.id) for k, p in qualified])))
    sent = f.trigger.sent.start
    if vocabulary().is_a(f.type, "Statement"):
        # a statement of the headline is the lead's by side: "Prague blames ..." and "The Czech government
        # accused ..." speak for one state, and take its told aspects when the lead tells none of its own
        sides = cx.memo.setdefault("statement sides", {})
        side = (f.type, tuple(sorted((k, getattr(cx.resolver.state_of(e), "id", e.id) if isinstance(e, Known) else str(e))
                                     for k, es in f.roles.items() for e in es)))
        if key not in cx.aspects and side in sides and _first_body_sentence(cx) == sent:
            key = sides[side]
        sides.setdefault(side, key)
    told = cx.aspects.setdefault(key, [])  # (sentence start, its values, its aspect) in the order asked
    values = {k: str(v) for k, v in f.attrs.items() if not k.startswith("_") and k not in TELLING_ATTRS and v is not None}
    for start, _, label in told:
        if start == sent:
            return label
    label = str(len({lb for _, _, lb in told}) + 1) if told else None  # '2' for the second aspect told
    if told and vocabulary().is_a(f.type, "Statement") and key not in cx.headline_told and \
            all(cx.doc[start].idx < cx.headline_end for start, _, _ in told) and _first_body_sentence(cx) == sent and \
            all(vals.get(k) in (None, values.get(k, vals.get(k))) for _, vals, _ in told for k in DATE_KEYS):
        # "Prague blames Chinese hackers for breach" over "The Czech government on Wednesday formally accused
        # China of ...": the headline restates its lead, one statement told twice, one fact with two claims
        cx.headline_told.add(key)
        label = told[0][2]
    elif not vocabulary().is_a(f.type, "Statement") and not _another(f.trigger):
        same = [lb for _, vals, lb in told if restates(vals, values)]
        # the headline tells in short the first body sentence that adds to it ("Japan and
        # Philippines sign defence pact", "... signed a reciprocal access agreement on Monday")
        lead = [lb for start, vals, lb in told if cx.doc[start].idx < cx.headline_end
                and all(vals[k] == values[k] for k in vals.keys() & values.keys())]
        if lead and key not in cx.headline_told:
            cx.headline_told.add(key)
            same = same or lead
        if same:
            label = same[0]
        elif told and not values and f.type in ONE_PER_PAIR and any(k in f.attrs for k in ("stage", "status")):
            label = told[0][2]  # "applied to join in May 2022": a stage of the membership told before
        elif told and not values and f.type in RETOLD_BARE:
            label = told[0][2]  # "her arrest", then "her detention", "remains in custody": the one detention again
    told.append((sent, values, label))
    return label


#: Keys of a fact's own time: a headline's statement and its lead's are one if neither differs.
DATE_KEYS = ("date", "startDate", "endDate")
#: Fewest words of a sentence of prose (a byline or a dateline alone has fewer, or no stop).
LEAD_WORDS = 6


def _first_body_sentence(cx: Context) -> int | None:
    """The start (token index) of the article's first sentence of prose after the headline
    (:attr:`Context.headline_end`): the first sentence there with at least
    :data:`LEAD_WORDS` words that ends with a full stop, as a lead does (a byline "By A, B
    Wire" has none); None when there is none. Computed once per article (``cx.memo``)."""
    if "first body sentence" not in cx.memo:
        cx.memo["first body sentence"] = next(
            (sent.start for sent in cx.doc.sents if sent[0].idx >= cx.headline_end
             and sum(t.is_alpha for t in sent) >= LEAD_WORDS and sent.text.rstrip().endswith(".")), None)
    return cx.memo["first body sentence"]


#: Kinds whose fact, told again with no value of its own (no date, no amount), is the one told
#: before between the same participants, as corpus/CLAIMS.md writes one detention's stages:
#: "her arrest", "her detention", "remains in custody" of one person are one Detention.
RETOLD_BARE = {"Detention", "Vote"}


#: Words that make a fact one more of its kind: "a second request", "further sanctions".
OTHER_WORDS = ANOTHER_WORDS | {"separate", "further", "additional", "fresh"}


def _another(trigger: Token) -> bool:
    """Whether the words around ``trigger`` make its fact another one of the kind told
    before (:data:`OTHER_WORDS`): a modifier of the trigger or of the up to two heads it
    hangs on ("A second request, to jail him"), or of a word up to three steps below it
    ("sold another 12 jets", "in a separate deal, sold ...")."""
    heads = [trigger, *list(trigger.ancestors)[:2]]
    for tok in trigger.sent:
        if tok.dep_ not in ("amod", "det") or tok.lower_ not in OTHER_WORDS:
            continue
        up = [tok.head, *list(tok.head.ancestors)[:2]]
        if tok.head in heads or trigger in up:
            return True
    return False


def restates(earlier: dict[str, str], later: dict[str, str]) -> bool:
    """Whether two sentences' values of one kind of fact between the same participants
    tell one fact: they state at least one attribute in common with one value (an
    amount, a kind of aid, a date) and none differs ('2025-03' and '2025-03-04', as
    written, differ). An attribute only one states is compatible ("$120 million in
    humanitarian aid", "humanitarian aid"); two bare sentences ("Japan backs Sudan",
    "Japan supports Sudan's army"), or a bare one beside a dated one, stay two facts.
    Shapes: attribute key -> value as text, private keys and :data:`TELLING_ATTRS` left out."""
    common = earlier.keys() & later.keys()
    return bool(common) and all(earlier[k] == later[k] for k in common)


# --- running the rules ------------------------------------------------------------------


#: Offices that belong to a state (a minister is the state's, whichever ministry).
STATE_POSITIONS = {"head of state", "head of government", "deputy head of state", "deputy head of government",
                   "minister", "deputy minister", "junior minister", "ambassador", "envoy",
                   "commander-in-chief", "military ruler"}


#: Titles of offices of other concepts that a state alone holds (an adviser is any
#: person's or body's, a national security adviser a state's head's): read as the
#: STATE_POSITIONS are, of the state the holder, the sentence or the dateline gives.
STATE_TITLES = {"national security adviser", "national security advisor",
                # a member of a state's legislature by the title of a seat in its upper or lower house
                # ("Senator Lindsey Graham", "Congresswoman X"; positions scheme: legislator)
                "senator", "congressman", "congresswoman"}

#: Titles of a state's chief law officer written without the state ("Attorney General
#: Merrick Garland"), read as the STATE_POSITIONS are. A prosecutor general or a court's
#: prosecutor ("the prosecutor general, X" of a court of appeal, "ICC Prosecutor Karim
#: Khan") is a court's, not read so.
STATE_LEGAL_TITLES = {"attorney general", "attorney-general"}


#: Titles of a court's own prosecutor written without the court ("Prosecutor Karim Khan",
#: "the deputy prosecutor, X"): of the one court the article names, as a judge's title is.
#: A prosecutor general or a public prosecutor is a state's, not read so.
COURT_PROSECUTOR_TITLES = {"prosecutor", "chief prosecutor", "deputy prosecutor"}


#: Bodies a fronted 'At X,' places an office in.
FRONTED_BODIES = ("Organisation", "InternationalOrganisation", "Court", "StateCompany")


def _fronted_body(f: Fact, cx: Context) -> Known | None:
    """The body named in the phrase that opens the sentence of office ``f`` ("At the United
    Nations, deputy spokesman Farhan Haq described ..."): 'At' and a registry body
    (:data:`FRONTED_BODIES`) then a comma right before the office's words; None otherwise."""
    doc = cx.doc
    start = min(f.tokens)
    sent = doc[start].sent
    i = sent.start
    if doc[i].lower_ != "at" or start <= i + 2 or doc[start - 1].text != ",":
        return None
    m = cx.at.get(start - 2)
    if m is None or m.entity.type not in FRONTED_BODIES or m.start > i + 2 or m.end != start - 1:
        return None
    return m.entity


#: Titles only an international organisation's head holds ("Secretary-General António
#: Guterres", "Director-General Tedros"): of the one such organisation named near them.
ORGANISATION_HEAD_TITLES = {"secretary-general", "secretary general", "director-general", "director general"}


def _organisation_near(f: Fact, cx: Context) -> Known | None:
    """For an office ``f`` whose title is one of :data:`ORGANISATION_HEAD_TITLES`, left
    without its body: the one international organisation named in its sentence, else, for
    a title that opens its sentence, in the sentence before ("NATO followed on Friday.
    Secretary General Mark Rutte said"); None when none or several are named there, or
    when a body follows the name ("of the party")."""
    if str(f.attrs.get("title", "")).lower() not in ORGANISATION_HEAD_TITLES:
        return None
    end = max(f.tokens) + 1
    if end < len(cx.doc) and cx.doc[end].lower_ in ("of", "at", "for"):
        return None  # "Secretary-General X of the party": the body is written after the name
    sent = cx.doc[min(f.tokens)].sent
    before = cx.doc[sent.start - 1].sent if sent.start > 0 and min(f.tokens) == sent.start else None
    for span in (sent, before):
        if span is None:
            continue
        named = {m.entity.id: m.entity for m in cx.mentions if span.start <= m.start < span.end
                 and m.entity.type == "InternationalOrganisation" and m.start not in f.tokens}
        if str(f.attrs.get("title", "")).lower().replace(" ", "-") == "secretary-general":
            named = _un_for_its_bodies(named, cx)
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
    return None


#: Titles whose last word is a member's of a body of a kind ("Trade Commissioner X": a member
#: of a commission), and that kind's noun, the last word of the body's name.
MEMBER_TITLE_BODIES = {"commissioner": "commission"}
#: Positions of those who speak for a body or a state, whose title before a name may leave
#: the body out when the sentence before names it ("The Kremlin criticised the decision.
#: Communications director X said"): a spokesperson, a press or communications director.
SPEAKING_POSITIONS = {"spokesperson"}
#: Words before a director's title that make it a post of speaking for the body.
SPEAKING_FIELDS = {"communications", "press", "media"}
#: Classes a body spoken for may be of.
SPOKEN_FOR = ("State", "Government", "Organisation", "InternationalOrganisation", "Court", "ArmedForces")


def _body_spoken_for(f: Fact, cx: Context) -> Known | None:
    """The body or state an office ``f`` written with a title and no body nor state is held
    in, where the text names it just before (corpus/CLAIMS.md writes every PositionHeld
    with its ``positionOf``):

    - a commission's member ("Trade Commissioner X", :data:`MEMBER_TITLE_BODIES`): the one
      body the article names whose name ends in the kind's noun ("the European Commission");
    - one who speaks for a body (:data:`SPEAKING_POSITIONS`, a director of
      :data:`SPEAKING_FIELDS`: "Communications director X", "government spokesperson X")
      and is the subject of the verb of the sentence: the one state or body that is the
      subject of the sentence before ("The Kremlin criticised the decision."), else the
      state whose government that sentence names ("..., the Ostravian government said");
      a title with 'government' before it takes a state only.

    None when the title names no such office, or the text no such body."""
    doc = cx.doc
    if not f.tokens:
        return None
    title = str(f.attrs.get("title", "")).lower().split()
    start = min(f.tokens)
    holder = cx.at.get(max(f.tokens))
    if not title or holder is None or holder.start <= start:
        return None  # the title written before the name only ("X, a spokesman" names his body after it, or none)
    if title[-1] in MEMBER_TITLE_BODIES:
        return _body_by_word(MEMBER_TITLE_BODIES[title[-1]], cx)
    before = doc[start - 1].lower_ if start > doc[start].sent.start else ""
    if f.attrs.get("position") not in SPEAKING_POSITIONS and not (
            f.attrs.get("position") == "director" and before in SPEAKING_FIELDS):
        return None
    if doc[holder.end - 1].dep_ != "nsubj":
        return None  # "met spokesman X": no speaker for a body
    kinds = ("State",) if before == "government" else SPOKEN_FOR
    sent = doc[start].sent
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    subject = _subject_before(start, cx)
    body = subject.entity if subject is not None and subject.entity.type in kinds and not subject.others else None
    if body is None:
        governments = {m.entity.id: m.entity for m in cx.mentions if prev.start <= m.start < prev.end
                       and m.entity.type == "State" and m.end < len(doc) and doc[m.end].lower_ == "government"}
        body = next(iter(governments.values())) if len(governments) == 1 else None
    if body is not None and before in SPEAKING_FIELDS | {"government"}:
        f.attrs["title"] = f"{doc[start - 1].text} {f.attrs['title']}"  # "Communications director", kept whole
        f.tokens = [start - 1, *f.tokens]
    return body


#: Words a body of the United Nations' name opens with ("UN Interim Force in Lebanon",
#: "United Nations Development Programme"): its organs, missions and agencies.
UN_NAME_WORDS = ("un ", "u.n. ", "united nations ")


def _un_for_its_bodies(named: dict, cx: Context) -> dict:
    """The organisations ``named`` (id -> Known), each body of the United Nations among them
    (a name opening with :data:`UN_NAME_WORDS`) replaced by the United Nations itself: a
    Secretary-General is the UN's chief administrative officer (UN Charter, Article 97),
    not a head of the force or council beside it ("asks Secretary-General X to report after
    UNIFIL leaves"). Unchanged when the registry knows no 'United Nations'."""
    un = cx.resolver.names.get("united nations")
    if un is None:
        return named
    out = {}
    for e in named.values():
        entry = cx.resolver.registry.entities.get(e.id)
        names = [e.label, *(entry.names if entry is not None else ())]
        if e.id != un.id and any(normalise(n).startswith(UN_NAME_WORDS) for n in names):
            e = un
        out[e.id] = e
    return out


def _not_a_territorys(st: Known | None, cx: Context) -> Known | None:
    """``st``, the state the dateline or the article gives a bare state title, unless the
    article is filed from or mostly about a territory with its own government
    (:func:`kg.extract.facts.territories.territory_of_article`): then the title is the
    territory's ("Security Secretary X" in Hong Kong), of no state; None."""
    return st if st is None or territory_of_article(cx, st.label) is None else None


def _court_written_after(f: Fact, cx: Context) -> bool:
    """Whether a judge's name is followed by 'of' / 'at' / 'on' and something other than a
    state ("Judge X of the special court set up under ..."): the court is written there,
    though no mention resolved it, and is not to be guessed ("Judge X of Uganda" names
    the judge's state)."""
    k = max(f.tokens) + 1
    if k >= len(cx.doc) or cx.doc[k].lower_ not in ("of", "at", "on"):
        return False
    after = cx.at.get(k + 1)
    return after is None or after.entity.type != "State"


#: Words of a legal step aimed at a person (CAMEO 17 coerce: arrest, charge; PLOVER
#: ACCUSE and legal action): a person in their object is the court's target, never one of
#: its judges.
TARGETING_WORDS = set(LEGAL_VERBS) | set(LEGAL_NOUNS) | {"accuse", "arrest", "detain", "try", "trial", "charge",
                                                          "summons", "extradition", "prosecution", "suspect"}
#: Nouns of a court, whose possessor ("the court's president") is the court guessed.
COURT_WORDS = {"court", "tribunal", "chamber", "bench", "panel"}
#: Dependencies that end the phrase a person's name stands in (a new clause begins).
CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "ROOT"}


def _tied_elsewhere(f: Fact, cx: Context) -> bool:
    """Whether the text ties the holder of an office with no body named (``f``, a
    PositionHeld drafted from a title) to something other than the article's one court,
    so that the court is not to be borrowed for the title: the title has a possessor or an
    'of' of its own ("the movement's chief justice, Abdul Hakim Haqqani", "chief justice of
    the Taliban"), or a mention of the holder is the object of a legal step ("issued arrest
    warrants for ... Abdul Hakim Haqqani", "charged X", "accusing X"): the court's target,
    not its judge (:data:`TARGETING_WORDS`). Input: the fact and its :class:`Context`;
    output: True or False."""
    inside = set(f.tokens)
    for i in inside:
        for c in cx.doc[i].children:
            if c.i in inside:
                continue
            owners = [c] if c.dep_ == "poss" else [o for o in c.children if o.dep_ == "pobj"] \
                if c.dep_ == "prep" and c.lower_ == "of" else []
            # (a state's judge, "Judge X of Uganda", or the court itself, "the court's president", ties nothing)
            if any(o.lemma_ not in COURT_WORDS and not (cx.at.get(o.i) is not None and
                                                        cx.at[o.i].entity.type in ("State", "Court")) for o in owners):
                return True
    holder = f.roles["holder"][0].id
    for m in cx.mentions:
        if holder not in (e.id for e in m.entities):
            continue
        tok = cx.doc[m.end - 1]
        for _ in range(8):
            if tok.dep_ in ("nsubj", "nsubjpass", "agent") or tok.dep_ in CLAUSE_DEPS and tok.i != m.end - 1:
                break  # who acts, or the end of the phrase
            tok = tok.head
            if tok.lemma_ in TARGETING_WORDS:
                return True
            if tok.dep_ == "ROOT":
                break
    return False


#: Verbs whose object is the talks they hold ("held three hours of talks with X in Moscow").
_TALKS_HELD = {"hold", "have", "conduct"}


def meeting_places(facts: list, cx) -> None:
    """Give a Meeting with no place the city, site or region its words put it in ("met X
    in Lima", "talks with Putin in Moscow", where the parser hangs 'in Moscow' on 'talks'
    or on the verb that holds them: "held talks ... in Moscow"): the narrow places of
    :func:`~kg.extract.facts.common._place_of` ('in', 'at'), never a participant nor a
    state ("met in Russia" is left to the reader, as the state may be a party). Changes
    ``facts`` (:class:`Fact` list) in place; the place's words join the fact's tokens,
    so the quote holds them."""
    from kg.extract.facts.common import PLACES, _place_of, preps

    for f in facts:
        t = f.trigger
        if f.type != "Meeting" or t is None or f.roles.get("place") or f.roles.get("hostState"):
            continue
        heads: list = [t]
        if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj":
            heads.append(t.head.head.head)  # "held three hours of talks": the verb holding them
        elif t.pos_ == "NOUN" and t.dep_ == "dobj":
            heads.append(t.head)
        heads = [h for h in heads if h.i == t.i or h.lemma_ in _TALKS_HELD]
        # the parser may hang 'in Lima' on the one met ("met Lina Varo in Lima", "talks with Putin in Moscow")
        heads += [o for h in heads for o in objects(h) + preps(h, {"with"}) if o.pos_ in ("PROPN", "NOUN")]
        who = {e.id for es in f.roles.values() for e in es}
        for h in heads:
            place = [e for e in _place_of(h, cx, ("in", "at")) if e.type in PLACES and e.id not in who]
            if place:
                f.roles["place"] = place
                ids = {e.id for e in place}
                f.tokens = [*f.tokens, *(x.i for o in preps(h, {"in", "at"}) if {e.id for e in cx.entities(o)} & ids
                                          for x in o.head.subtree)]
                break


def _held_since(f: Fact) -> bool:
    """Whether ``f`` is a Detention told as the state of being held ("has been held since
    December 2022", "has been in detention since ...", "remains in custody since ..."),
    whose 'since' date is the day the detention began, the detention's own date; "his
    first arrest since 2019" tells of an earlier one and is left undated."""
    t = f.trigger
    if f.type != "Detention" or t is None:
        return False
    if t.pos_ == "VERB":
        return t.lemma_ == "hold"
    return t.dep_ == "pobj" and t.head.lower_ in ("in", "under") and t.head.head.lemma_ in ("be", "remain", "hold", "keep")


def _told_in_relative_clause(noun: Token, toks: list[int]) -> bool:
    """Whether the date words ``toks`` lie in a relative clause on ``noun`` ("a lawyer who
    became president in July"): the clause tells another act, whose date it is."""
    inner = {t.i for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return bool(toks) and all(i in inner for i in toks)


#: States whose chancellor is a minister, not the head of government: the United Kingdom's
#: Chancellor of the Exchequer (Wikidata Q531471) is its finance minister.
CHANCELLOR_MINISTER_STATES = {"united-kingdom"}
#: Titles of a party's head that the office rules read as a body's head, chair or director
#: ("the party's president", "the chairman of the X party"): each is the party's leader
#: (Wikidata P488, chairperson, of a political party).
PARTY_HEAD_TITLES = {"", "leader", "head", "chief", "president", "chairman", "chairwoman", "chairperson", "chair"}


def _leads_party(f: Fact, parties: set[str]) -> bool:
    """Whether the PositionHeld ``f`` is the leadership of one of the political ``parties``
    (entity ids): a body's head, board chair or director whose title, if any, names its
    leader and no deputy ("who heads the Jewish Power party" has none; "the party's
    president"; not "the party's vice-president" or "its campaign director"), or an
    opposition leader of a party named ("Opposition leader X of the Unity Party")."""
    if f.attrs.get("position") == "opposition leader":  # "Opposition leader X of the Unity Party": its leader
        return any(o.id in parties for o in f.roles.get("positionOf", []))
    if f.attrs.get("position") not in ("board chair", "head of organisation", "director"):
        return False
    title = str(f.attrs.get("title", "")).lower().replace("-", " ").split()
    if title[-1:] and title[-1] not in PARTY_HEAD_TITLES or set(title) & {"vice", "deputy", "acting", "co"}:
        return False
    return any(o.id in parties for o in f.roles.get("positionOf", []))


def _heads_armed_forces(f: Fact) -> bool:
    """Whether the PositionHeld ``f`` makes its holder the head of a body ("chief", "led",
    "head of") where every body it names is an armed force (class gkg:ArmedForces, once
    the state's forces are resolved): that head commands it, the vocabulary's
    gkg:MilitaryCommander ("an officer in command of a force, branch or operation")."""
    bodies = f.roles.get("positionOf", [])
    return f.attrs.get("position") == "head of organisation" and bool(bodies) and \
        all(b.type == "ArmedForces" for b in bodies)


def find_facts(cx: Context) -> list[Fact]:
    """Every fact the rules draft from the document of ``cx``, in text order."""
    out = position_facts(cx) + office_taken_facts(cx)  # titles, and offices a verb puts someone in
    out += office_noun_facts(cx)  # "approved the appointment of X as Y", "following the resignation of X as Y"
    out += listed_appointment_facts(cx)  # "Parliament appointed:\n- X as Minister of Justice;"
    city_offices(out, cx)  # "the mayor of Lima": the city's office, not Peru's
    courts_guessed: list[Fact] = []  # judges given the one court the article names
    parties_of_titles = [f for f in out if f.type != "PositionHeld"]  # "Republican Congressman X": X's party
    out = [f for f in out if f.type == "PositionHeld"]
    kin = kinship_facts(cx)
    parties = party_ids(cx.doc, cx.mentions, cx.resolver.registry)
    for f in out:  # "PTI chairman Gohar Ali Khan": the chair of a party leads it; no company board
        if _leads_party(f, parties):  # "the leader of the X party", "who heads the X party", "the party's president"
            f.attrs["position"] = "party leader"
    party_offices(out, parties, cx)  # "former party leader X ... and the current leader, Y": the party named before
    for f in out:
        if "positionOf" in f.roles:  # "Deputy Head of the Office of the President": the state's office of that name
            f.roles["positionOf"] = [state_body_named(e, cx) for e in f.roles["positionOf"]]
            armed_forces_of(f, cx)  # "Uganda's army spokesman": the state's armed forces
        for of in f.roles.get("positionOf", []):
            st = cx.resolver.state_of(of)
            if st is not None:  # the state of an office held, even one held no longer (votes, elections)
                cx.office_state.setdefault(f.roles["holder"][0].id, st)
            if f.attrs.get("status") == "ended":
                continue
            if st is not None:
                cx.person_state.setdefault(f.roles["holder"][0].id, st)
            elif f.attrs["position"] in ("chief executive", "board chair", "director", "board member"):
                cx.person_body.setdefault(f.roles["holder"][0].id, of)  # the company an executive signs for
    for f in out:  # "the chief of Ostravia's General Staff", "he had led the army": who heads an armed force
        if _heads_armed_forces(f):
            f.attrs["position"] = "military commander"
    for f in out:
        holder = f.roles["holder"][0]
        if holder.id not in cx.person_state:
            st = registry_state(holder, cx)
            if st is not None:
                cx.person_state[holder.id] = st
    for f in out:
        holder = f.roles["holder"][0]
        if "positionOf" not in f.roles and (f.attrs["position"] in STATE_POSITIONS or "positionOf" in f.read_as
                                            or f.attrs.get("title", "").lower() in STATE_TITLES | STATE_LEGAL_TITLES):
            # "Prime Minister Benjamin Netanyahu" after "Israeli Prime Minister Benjamin Netanyahu", or a
            # person the registry places in a state: a state office is of that state
            st = cx.person_state.get(holder.id) or _possessor_state(f, cx)
            by_portfolio, portfolio_st = portfolio_state(f, cx) if st is None else (False, None)
            if by_portfolio:  # "Treasury Secretary X" beside "the US Department of the Treasury": its state, or none
                st = portfolio_st
            elif st is None:
                # a junta's leader travels: none from the sentence; "Homeland Security Secretary X": the one
                # state with that title, where the sentence names no one state
                st = (_sentence_state(f, cx) or _reacting_state(f, cx) if f.attrs["position"] != "military ruler"
                      else None) or title_state(f, cx) or _not_a_territorys(_dateline_state(f, out, cx) or article_state(f, out, cx), cx)
            if st is not None:
                f.roles["positionOf"] = [st]
                if st.id in CHANCELLOR_MINISTER_STATES and f.attrs["position"] == "head of government" and \
                        f.attrs.get("title", "").lower() == "chancellor":
                    f.attrs["position"] = "minister"  # "Chancellor Rachel Reeves" in London: a finance minister
                cx.office_state.setdefault(holder.id, st)
                if f.attrs.get("status") != "ended":  # a state's office holder acts for it
                    cx.person_state.setdefault(holder.id, st)
        if "positionOf" not in f.roles and f.attrs["position"] not in STATE_POSITIONS:
            body = _fronted_body(f, cx)  # "At the United Nations, deputy spokesman Farhan Haq said"
            if body is not None:
                f.roles["positionOf"] = [body]
                f.read_as["positionOf"] = f"read from the sentence's opening 'at {body.label}'"
        if "positionOf" not in f.roles and (body := _organisation_near(f, cx)) is not None:
            f.roles["positionOf"] = [body]  # "Secretary-General António Guterres": of the one organisation named
            f.read_as["positionOf"] = f"not named in the quote: {body.label}, the one international organisation named beside it"
        if "positionOf" not in f.roles and (f.attrs["position"] == "judge" or
                                            str(f.attrs.get("title", "")).lower() in COURT_PROSECUTOR_TITLES) and \
                not _court_written_after(f, cx) and not _tied_elsewhere(f, cx) and (court := one_court(cx)) is not None \
                and not court_of_another_level(f, court, cx):  # "District Judge X", the court of appeals named
            # "Judge X of Uganda", "Prosecutor Karim Khan": of the one court the article names
            f.roles["positionOf"] = [court]
            courts_guessed.append(f)
            f.read_as["positionOf"] = f"not named in the quote: {court.label}, the one court the article names"
        if "positionOf" not in f.roles and f.attrs["position"] == "presiding officer":
            house = one_legislature(cx)  # "Speaker Woo Won Shik": of the one legislature the article names
            if house is not None:
                f.roles["positionOf"] = [house]
                f.read_as["positionOf"] = f"not named in the quote: {house.label}, the one legislature the article names"
        if "positionOf" not in f.roles and (body := _body_spoken_for(f, cx)) is not None:
            f.roles["positionOf"] = [body]  # "The Kremlin criticised it. Communications director X said"
            f.read_as["positionOf"] = f"not named in the quote: {body.label}, named before it as the body it serves"
    # a position held in nothing named is not a fact the shapes accept: draft nothing
    out = [f for f in out if "positionOf" in f.roles] + kin + parties_of_titles
    out += successor_facts(out, cx)  # "his successor, Shehbaz Sharif": the office the possessor held
    out = employee_occupations(out)  # "an analyst at Rystad Energy": an occupation, not a post
    if cx.has_parser:
        placed_in_time(out, cx)  # "the fall of President X in 2024", "President X revoked it in 2021"
    for f in out:
        if f.type in ("PositionHeld", "Occupation"):
            holder = (f.roles.get("holder") or f.roles.get("person") or [None])[0]
            bodies = f.roles.get("positionOf", []) + f.roles.get("employer", [])
            if holder is not None and not isinstance(holder, str):
                cx.own_bodies.setdefault(holder.id, set()).update(b.id for b in bodies if not isinstance(b, str))
    _states_after_names(cx)
    delegation_heads(cx)  # "Pakistan's delegation was led by X": X acts for Pakistan
    demonym_titles(cx)  # "Afghan Taliban spokesman X": X acts for Afghanistan
    _sides_who_met(cx)  # "he met X in May and that the two sides signed": the states of the two who met
    if cx.has_parser:
        for tok in cx.doc:
            if tok.lemma_ not in TRIGGERS and tok.lower_ not in TRIGGERS:
                continue
            if _asked(tok):
                continue  # "Will Chile accuse Peru?", "whether Peru would accuse": nothing told as done
            negative = (tok.lemma_ not in SAY_VERBS or tok.lemma_ in STANCE_SAY_VERBS) and \
                (_negated(tok) or _not_yet_or_neither(tok))
            undone = _called_off(tok)
            if _warned_against(tok) or _threatened(tok) or barred_act(tok):
                continue  # a warning, a threat or a ban tells of no act done
            if _weighed(tok):
                continue  # "is weighing sanctions", "ruled out tariffs": a course not taken
            foreseen = _expected_of_another(tok)
            milestone = _milestone(tok)
            if _stayed_away(tok):
                continue  # "X did not attend the funeral": X was not there; the funeral itself still took place
            for rule in RULES:
                for f in rule(tok, cx):
                    if foreseen and f.said:
                        continue  # "Observers expect Chile to accuse Peru": no one has spoken yet
                    f.trigger = tok
                    f.planned = f.planned or foreseen  # "Analysts expect X to meet Y": to come, if at all
                    f.undated = f.undated or milestone  # "the war entered its third year on Monday": no start that day
                    # a recognition refused or not granted did not happen ('recognise' is also a verb of saying,
                    # whose negation the statement rules leave alone)
                    f.negative = f.negative or negative or (f.type == "Recognition" and _negated(tok))
                    if undone and "status" not in f.attrs:
                        f.attrs["status"] = undone
                    _agencies(f, cx)
                    out += _split(f)
        out += follower_facts(out, cx)  # "France and Belgium are expected to follow": the act before, theirs
        out += another_visits(out, cx)  # "Another visit took place in July": the visits before, again
        out += companions_journeys(out, cx)  # "X travelled with the president": the president's journey, X's too
        out += returns_from_trips(out, cx)  # "after his return": back from the journey told before
        private_journeys(out, cx)  # "the opposition leader travelled to Nairobi": a journey, no state's visit
        # roles filled (or the fact left out) first: a statement carries only facts that are drafted
        out = clash_roles(out, cx)  # the allies an appeal is made to, the envoy a state recalls
        envoys_named(out, cx)  # "expel the following six diplomats:" and a list; "withdraw the High Commissioner"
        out = [f for f in out if not _own_course(f)]
        out = one_attack_per_killing(out)  # "killed in an Israeli strike": one attack, not two
        out = disowned_facts(denied_facts(_reactions_to_measures(_one_voice(_drop_carriers(_fill_open_roles(sentence_partners(described_speakers(out, cx)))), cx)))) + state_owned_facts(cx) + \
            age_facts(cx) + based_facts(cx) + named_parent_facts(cx) + named_in_facts(cx) + organisation_country_facts(cx) + capital_facts(cx) + \
            governing_party_facts(cx) + state_company_facts(cx) + held_by_facts(cx)
        count_listed(out)  # "imposed sanctions on Russia, listing 48 individuals": how many it lists
        accusers_answered(out, cx)  # "Washington has denied the accusation": about whoever made it
        meeting_places(out, cx)  # "held talks with Putin in Moscow": where the meeting was held
        meeting_hosts(out, cx)  # "met in Ankara at the invitation of Erdogan": who invited them, the capital's city
    else:
        out += surface_facts(cx)
    for f in out:
        if f.trigger is not None and DATE_KEY.get(f.type, "date") not in f.attrs and f.type not in UNDATED and \
                not f.undated and not any(k in f.attrs for k in SINCE.values()):
            date, toks = cx.date_of(f.trigger)
            if date and f.type == "Occupation" and _told_in_relative_clause(f.trigger, toks):
                continue  # "a lawyer who became president of Congress in July": the other office's date
            if not date and cx.has_parser:  # "arrived on Thursday and met Trump": the date of the clause it joins
                date, toks = dates.shared_date(f.trigger, f.type, cx)
            if not date and cx.has_parser and f.trigger.pos_ != "VERB" and _held_since(f):
                # "has been in detention since December 2022": the date hangs on the verb of being held
                date, toks = cx.date_of(f.trigger.head.head)
            since = False
            if not date and cx.has_parser and f.type in ONGOING:  # "since its seizure of power in February 2021"
                date, toks = dates.since_event(f.trigger, cx)
                since = bool(date)
            if not date and cx.has_parser and DATE_KEY.get(f.type, "date") == "date":
                date, toks = dates.relative_period(f.trigger, cx)  # "a visit to Minsk last week": the days it bounds
            if date:
                # "since 2021": a state of affairs that starts then; "until 2030": one that ends then
                before = "since" if since else dates.opening_word(toks, cx) if toks else ""
                if before and f.trigger.dep_ == "relcl" and f.trigger.head.i in toks and \
                        any(c.lower_ == "when" for c in f.trigger.children):
                    before = ""  # "strained since March 2029, when X told parliament": the telling's own month
                if before == "since" and f.type not in ONGOING and not _held_since(f):
                    continue  # "his first visit since 2000": the date of an earlier one, not of this event
                if before in ("before", "until", "till") and f.type not in ONGOING:
                    continue  # "cannot call an election before July": a bound, not the day it happens
                key = SINCE.get(before) if f.type in ONGOING and before in SINCE else DATE_KEY.get(f.type, "date")
                if f.attrs.get("status") in CALL_OFF.values():
                    key = "date"  # "suspended its membership on Monday": the day of the suspension, no start
                f.attrs[key] = date
                f.tokens += toks
            elif f.type in NEWS_EVENTS and cx.published and _told_as_news(f.trigger) and not f.negative and \
                    f.attrs.get("status") not in CALL_OFF.values():  # a visit called off or not made: no month it took place in
                f.attrs["date"] = cx.published.strftime("%Y-%m")
                f.attrs["_news_date"] = True  # the publication's month, no date the text states
    if cx.has_parser:
        out += reopened_closures(out, cx)  # "reopened the crossing on Wednesday": the closure's end
        dates.effect_dates(out, cx)  # "their membership will take effect on January 1": told apart from the facts
        dates.continued_statement_dates(out, cx)  # "X announced on Tuesday ... 'We are in charge,' he told reporters"
        dates.deadlines(out, cx)  # "ordered the diplomat on Tuesday to leave within five days": due on Sunday
        stages.request_stages(out)  # "applied to join in May 2022": a stage requested, not the start
        stages.legal_statuses(out)  # "the court sentenced": issued; "filed an application": opened
        stages.announced_stages(out, cx)  # "announced the referendum on September 2": a stage, not polling day
        distance_places(out, cx)  # "about 50 nautical miles south-west of Aden": where the event was
        offices_left(out, cx)  # "accepted the resignation of Foreign Minister X": his office ended, dated
        out += succession_facts(out, cx)  # "succeeding X", "replacing X", "named X as her successor"
    # a judge given the article's one court where the text names the holder's post in it ("the
    # court, presided over by Judge X"): that post says it, the bare title adds nothing
    posts = {(f.roles["holder"][0].id, e.id) for f in out if f.type == "PositionHeld"
             and f.attrs.get("position") != "judge" and not any(f is g for g in courts_guessed)
             and f.roles.get("holder") for e in f.roles.get("positionOf", [])}
    return [f for f in out if not (any(f is g for g in courts_guessed)
                                   and (f.roles["holder"][0].id, f.roles["positionOf"][0].id) in posts)]
#: Verbs that undo or keep out their object: negated, the object holds ("did not rule out cooperation",
#: "has not lifted the sanctions").
UNDOING_VERBS = {"rule", "exclude", "deny", "reject", "refuse", "prevent", "stop", "halt", "avoid", "ban", "prohibit",
                 "block", "oppose", "suspend", "end", "lift", "cancel", "abandon", "scrap", "revoke", "ease"}


#: Verbs of saying that grant what their object says ("recognised his victory", "acknowledged
#: the result"): negated, the speaker withholds it, a statement with polarity negative
#: (corpus/CLAIMS.md 'Negation: polarity'), never the positive statement.
STANCE_SAY_VERBS = {"recognise", "recognize", "acknowledge", "admit", "concede"}


#: Verbs that speak of or judge an event without making it happen: "refused to condemn the
#: invasion" negates the condemnation, never the invasion.
JUDGING_VERBS = {"condemn", "criticise", "criticize", "denounce", "welcome", "praise", "hail", "discuss", "mention",
                 "recognise", "recognize", "oppose", "support", "back", "endorse", "justify", "defend", "acknowledge",
                 "comment", "blame", "applaud", "deplore", "regret"}


def _judged(verb: Token) -> bool:
    """Whether ``verb`` judges or speaks of its object rather than bringing it about
    (:data:`JUDGING_VERBS`; not every verb of saying: "did not call an election" calls none)."""
    return verb.lemma_ in JUDGING_VERBS


def _negated(tok: Token) -> bool:
    """Whether the text says the event of ``tok`` did not happen (event polarity, as
    corpus/CLAIMS.md 'Negation: polarity' and FactBank read it): a negation on the
    trigger ("did not travel", "no longer allowed"), a noun of failing or refusing the
    trigger's infinitive hangs on ("the failure to arrest Putin"), on the verb a trigger noun is the
    object of ("did not sign the treaty"), or a verb of refusing above it ("refused to
    condemn"), or on the copula a trigger noun completes ("Israel is not a member of the
    court"). 'not only' adds, it does not negate."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True  # "parted without agreeing a ceasefire", "left without signing the deal"
    if tok.dep_ == "acl" and tok.pos_ == "VERB" and tok.head.lemma_ in FAILURE_NOUNS:
        return True  # "the failure to arrest Putin", "Mongolia's refusal to extradite him": the act not done
    # the verb a trigger noun is the object of, or the copula it completes ("is not a member of the court")
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass", "attr") and \
        tok.head.lemma_ not in UNDOING_VERBS and not _judged(tok.head) else tok
    for node in dict.fromkeys((tok, verb)):
        if _not_before(node):
            continue
        for c in node.children:
            if c.dep_ == "neg" and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "only"):
                return True
        if refused(node):
            return True
    return False


#: Verbs and adjectives whose 'if' clause is a question asked, not a condition ("asked if Peru would ...").
ASKING_HEADS = {"ask", "wonder", "know", "unclear", "clear", "decide", "see", "question", "uncertain", "doubt"}


#: Verbs of being at a gathering one did not hold ("attended the funeral", "took part in the
#: summit", "joined the talks"): negated, they tell who stayed away, not that it did not happen.
PRESENCE_VERBS = {"attend", "join", "participate", "take", "witness", "watch"}


def _stayed_away(tok: Token) -> bool:
    """Whether the noun ``tok`` names a gathering its clause says someone did not attend
    ("Putin did not attend the funeral", "did not take part in the summit", "never joined
    the talks"): the negation is the attendee's absence, not the event's (corpus/CLAIMS.md
    'Negation: polarity': a role not held is never polarity negative on the whole fact),
    so the sentence drafts no fact of that gathering and names no attendee. Input: a
    token of the parsed article; output: True or False."""
    if tok.pos_ != "NOUN":
        return False
    verb = tok.head if tok.dep_ == "dobj" else \
        tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") else None
    if verb is not None and verb.lower_ == "part" and verb.dep_ == "dobj":
        verb = verb.head  # "took part in the summit": 'in' may hang on 'part'
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ not in PRESENCE_VERBS:
        return False
    if verb.lemma_ == "take" and tok.dep_ == "pobj" and not any(c.lower_ == "part" for c in verb.children):
        return False  # only "take part in"
    return any(c.dep_ == "neg" for c in verb.children) or refused(verb)


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause tells the event of ``tok``: ``tok`` itself when a verb, the verb
    a noun trigger is the object, passive subject or complement of ("has yet to impose
    sanctions": impose), else ``tok``."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return tok


def _asked(tok: Token) -> bool:
    """Whether the event of ``tok`` is asked about, not told: its sentence is a question
    ("Will Chile accuse Peru of spying?", the sentence's last word before any closing
    quotation mark a '?'), or its clause is an indirect question opened by 'whether', or by
    'if' after a verb of asking or knowing ("unclear whether Chile would accuse Peru",
    "asked if Peru would release him"). A question is no assertion (FactBank's
    'uncommitted' source stance; corpus/CLAIMS.md writes only what the text tells)."""
    words = [t for t in tok.sent if not (t.is_space or t.is_punct and t.text in ('"', "'", "\u201d", "\u2019", ")"))]
    if words and words[-1].text == "?":
        return True
    verb = _clause_verb(tok)
    for node in (verb, *list(verb.ancestors)[:2]):
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if "whether" in marks or "if" in marks and node.head.lemma_ in ASKING_HEADS:
            return True
        if node.dep_ not in ("xcomp", "conj"):
            break
    return False


def _not_yet_or_neither(tok: Token) -> bool:
    """Whether the text says the event of ``tok`` has not happened in words other than a
    negation: 'yet to' ("Peru has yet to release Tom Ray") or a subject opened by
    'neither' ("Neither Chile nor Peru condemned the attack")."""
    verb = _clause_verb(tok)
    if verb.dep_ == "xcomp" and any(c.lower_ == "yet" for c in verb.head.children) and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "neither" for d in c.children) for c in verb.children)


def _not_before(verb: Token) -> bool:
    """"X cannot call an election before July", "the law may not take effect until 2027":
    a negated modal bounded by 'before' or 'until' says when the event may first happen,
    not that it does not."""
    return any(c.dep_ == "aux" and c.lower_ in ("can", "ca", "could", "may", "must") for c in verb.children) and \
        any(c.dep_ == "prep" and c.lower_ in ("before", "until", "till") for c in verb.children)


#: States of a person that the dates of their sentence do not date ("X, a citizen who was arrested in 2019").
UNDATED = {"PositionHeld", "Citizenship", "Location"}

#: Nouns of the end of a holder's tenure written before the holder's title and name ("the
#: fall of President X", "the ouster of Prime Minister Y", "after the death of King Z").
TENURE_END_NOUNS = {"fall", "ouster", "overthrow", "toppling", "removal", "death", "assassination", "downfall",
                    "resignation", "impeachment", "deposition", "killing", "execution", "exile", "flight"}


#: Verbs whose object is an end that has not come: refused ("rejected the resignation of
#: Minister X"), asked for ("called for the removal of President Y") or only offered.
END_NOT_COME_VERBS = {"reject", "refuse", "decline", "block", "veto", "oppose", "demand", "call", "seek", "urge",
                      "ask", "request", "press", "push", "threaten", "offer", "tender", "propose", "plan", "fear"}


def _end_not_come(end: Token) -> bool:
    """Whether the tenure-ending noun ``end`` (a token of :data:`TENURE_END_NOUNS`) names an
    end that has not happened: the object, or the object of 'for', of a verb of
    :data:`END_NOT_COME_VERBS`, or of a negated verb ("did not accept the resignation")."""
    head = end.head.head if end.dep_ == "pobj" and end.head.lower_ == "for" else end.head
    if end.dep_ not in ("dobj", "pobj", "nsubjpass") or head.pos_ not in ("VERB", "AUX"):
        return False
    return head.lemma_ in END_NOT_COME_VERBS or any(c.dep_ == "neg" for c in head.children)


def placed_in_time(facts: list, cx) -> None:
    """Date the offices the title rules drafted (``PositionHeld``, no status nor date yet)
    by what the sentence tells of the holder: named after a noun of :data:`TENURE_END_NOUNS`
    ("the fall of President X in December 2024"), the office ended then (``endDate``, or
    ``status: ended`` with no date: corpus/CLAIMS.md, "Positions", a former holder); the
    subject of a past verb dated in a year before the publication's ("President X revoked
    it in 2021"), the office held then (``date``), so no current one. Changes ``facts`` in
    place; returns None."""
    for f in facts:
        if f.type != "PositionHeld" or f.attrs.get("status") or any(k in f.attrs for k in ("date", "startDate", "endDate")) \
                or not f.tokens or f.attrs.get("modality"):
            continue
        name = cx.doc[max(f.tokens)]
        while name.dep_ in ("compound", "flat") and name.head.i > name.i:
            name = name.head
        if name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lemma_ in TENURE_END_NOUNS \
                and not _end_not_come(name.head.head):
            end = name.head.head
            if not f.take_date(cx.date_of(end), "endDate"):
                f.attrs["status"] = "ended"
            f.tokens += [end.i, name.head.i]
        elif name.dep_ == "nsubj" and name.head.tag_ == "VBD" and cx.published is not None:
            date, toks = cx.date_of(name.head)
            if date and date[:4].isdigit() and int(date[:4]) < cx.published.year:
                f.take_date((date, toks), "date")
                f.tokens += [name.head.i]

#: Events news reports as they happen: told without a date, the one an article is news of.
NEWS_EVENTS = {"Visit"}
#: Words that set an event before or after the time of the report.
ELSEWHEN = {"after", "before", "until", "when", "once", "while", "ago", "last", "previous", "earlier", "next", "later",
            "another", "former", "past", "prior"}


def _told_as_news(trigger: Token) -> bool:
    """Whether an undated event is told as the news of the day ("Min Aung Hlaing arrived
    in Russia", "during his visit to Moscow"), not one set in another time by a
    subordinating word ("after Kim travelled to Russia"), a past perfect ("had
    visited"), a plan ("will visit", "plans to visit") or a word of sequence ("his
    previous visit", "another visit"; "his first visit since 2000" is this one); such an event takes the publication month
    (``YYYY-MM``), a precision that holds whether it began days before or goes on."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else next(
        (a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), trigger)
    if dates.told_of_another_time(clause):
        return False  # "met him then", "at the time": another time, undated
    near = [*trigger.children, *clause.children]
    if {c.lower_ for c in near} & ELSEWHEN or any(c.dep_ == "aux" and c.lower_ in (
            "had", "will", "would", "'ll", "'d", "to", "could", "may", "might", "should") for c in near):
        return False
    for node in (trigger, clause):
        if node.dep_ in ("advcl", "xcomp", "ccomp", "relcl", "pcomp") and node.head.lemma_ in (
                "plan", "expect", "hope", "want", "schedule", "intend", "due", "set", "agree", "invite"):
            return False
    return not any(a.dep_ in ("advcl", "relcl") and any(c.lower_ in ELSEWHEN or c.dep_ == "mark" and c.lower_ == "since"
                                                         for c in a.children)
                   for a in [clause, *list(clause.ancestors)[:2]])


#: Verbs read without a parse (blank pipeline): the form -> (kind, subject role, object role).
SURFACE = {}
for _forms, _spec in (
        (("visited", "visits", "visit", "visiting"), ("Visit", "visitor", "hostState")),
        (("met", "meets", "meet", "meeting"), ("Meeting", "participant", "participant")),
        (("sanctioned", "sanctions", "sanction"), ("Sanction", "authority", "target")),
        (("joined", "joins", "join"), ("Membership", "member", "memberOf")),
        (("praised", "praises", "hailed", "hails", "thanked", "thanks"), ("Praise", "speaker", "about")),
        (("criticised", "criticized", "condemned", "condemns", "denounced"), ("Criticism", "speaker", "about")),
        (("accused", "accuses"), ("Accusation", "speaker", "about")),
):
    for _f in _forms:
        SURFACE[_f] = _spec


def surface_facts(cx: Context) -> list[Fact]:
    """Without a parse: 'ENTITY VERB ENTITY' with nothing but modifiers between, for the
    verbs of :data:`SURFACE`."""
    doc, out = cx.doc, []
    for tok in doc:
        spec = SURFACE.get(tok.lower_)
        if spec is None:
            continue
        kind, srole, orole = spec
        left = next((cx.at[i] for i in range(tok.i - 1, max(tok.sent.start, tok.i - 4) - 1, -1) if i in cx.at), None)
        right = next((cx.at[i] for i in range(tok.i + 1, min(tok.sent.end, tok.i + 4)) if i in cx.at), None)
        if left is None or right is None or left.entity.id == right.entity.id:
            continue
        roles = {srole: [left.entity]}
        roles.setdefault(orole, []).append(right.entity)
        f = Fact(kind, roles, tokens=list(range(left.start, right.end)), trigger=tok, clause=False,
                 statement=kind in ("Praise", "Criticism", "Accusation"))
        out.append(f)
    return out


def _states_after_names(cx: Context) -> None:
    """'Tor Ashby of Chile', 'Judge Lina Varo of Peru': a person's name with the state
    after 'of' gives the state the person acts for (:attr:`Context.person_state`), when
    neither the registry nor a position the article gives has one. The name must be the
    whole noun phrase before 'of' (not 'the president of Chile', which is a title)."""
    if not cx.has_parser:
        return
    for m in cx.mentions:
        if m.entity.type != "Person" or m.form != "name" or m.entity.id in cx.person_state:
            continue
        head = cx.doc[m.end - 1]
        for p in head.children:
            if p.dep_ != "prep" or p.lower_ != "of" or p.i != m.end:
                continue
            states = [cx.at[o.i].entity for o in p.children if o.dep_ == "pobj" and o.i in cx.at
                      and cx.at[o.i].entity.type == "State" and cx.at[o.i].form == "name"]
            # "of Chile and Peru" names no one state; "A of Chile and B of Peru" (B hung on Chile) does
            if len(states) == 1 and not any(c.dep_ == "conj" and c.i in cx.at and cx.at[c.i].entity.type != "Person"
                                            for o in p.children for c in o.children):
                cx.person_state[m.entity.id] = states[0]


#: Verbs of two people meeting or talking, whose two sides a later 'the two sides' of the
#: same sentence names.
MET_VERBS = {"meet", "talk", "confer", "negotiate"}


def _sides_who_met(cx: Context) -> None:
    """'the two sides' after a clause of its own sentence in which one person met another
    ("He recalled that he met Minister X in May and that the two sides signed a
    memorandum"): the states the two act for (:attr:`Context.person_state`, the subject's
    first), in place of the pair the mentions stage read from the article as a whole (the
    two states it names most), when both are known and differ. Changes ``cx``'s mentions
    in place; needs the parser's labels."""
    if not cx.has_parser:
        return
    doc = cx.doc
    for k, m in enumerate(cx.mentions):
        if m.form != "pair" or doc[m.end - 1].lower_ != "sides":
            continue
        sent = doc[m.start].sent
        for verb in (t for t in doc[sent.start:m.start] if t.pos_ == "VERB" and t.lemma_.lower() in MET_VERBS):
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            objs += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                     if o.dep_ == "pobj"]
            if len(subj) != 1 or len(objs) != 1:
                continue
            people = [cx.at[t.i].entity if t.i in cx.at else None for t in (subj[0], objs[0])]
            if any(p is None or p.type != "Person" or p.id not in cx.person_state for p in people):
                continue
            first, second = (cx.person_state[p.id] for p in people)
            if first.id != second.id:
                cx.mentions[k] = Mention(m.start, m.end, first, "pair", (second,))
                cx.at.update({i: cx.mentions[k] for i in range(m.start, m.end)})
            break


# --- the state whose reaction an office holder goes on to voice -----------------------

#: Verbs by which a state reacts to news, beside the verbs of saying and of the lexicon.
REACT_VERBS = {"react", "respond", "reply", "retort", "hit"}


def _reacting_state(f: Fact, cx: Context) -> Known | None:
    """The state of a state office written without one, in a sentence naming no state,
    right after a sentence of the same paragraph whose subject is one state reacting or
    speaking ("Israel reacted with fury. Prime Minister Benjamin Netanyahu accused ...";
    "Peru rejects that account. Prime Minister Tor Ashby said ..."): news tells a state's
    reaction, then its leader's words. Only for the offices of
    :data:`DATELINE_POSITIONS`; a former holder, a plural title, an own sentence naming
    another state but as the object of its act ("accused the three governments"), or a
    sentence before naming another state too ("Russia attacked Ukraine", "Kenya praised
    Chile") give none."""
    if not f.tokens or f.plural or f.attrs["position"] not in DATELINE_POSITIONS or f.attrs.get("status") == "ended":
        return None
    doc = cx.doc
    sent = doc[f.tokens[-1]].sent
    mine = set(f.tokens)
    if sent.start == 0 or "\n" in doc[sent.start - 1].whitespace_ or "\n" in doc[sent.start - 1].text:
        return None
    # the states the office's own sentence names, but for those it acts on ("accused the three governments")
    own = {st.id for m in cx.mentions if sent.start <= m.start < sent.end and m.start not in mine
           and doc[m.end - 1].dep_ not in ("dobj", "pobj", "dative")
           for e in m.entities if e.type != "Person" for st in [cx.resolver.state_of(e)] if st is not None}
    before = doc[sent.start - 1].sent
    verb = before.root
    if verb.pos_ not in ("VERB", "AUX") or not (verb.lemma_ in SAY_VERBS or verb.lemma_ in REACT_VERBS
                                                or lexicon.lemma(verb) in STATEMENT_VERBS):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    states = [st for s_ in subj for e in cx.entities(s_) if e.type in ("State", "Government")
              for st in [cx.resolver.state_of(e)] if st is not None]
    if len(states) != 1 or subj[0].conjuncts or own - {states[0].id}:
        return None
    named = {st.id for m in cx.mentions if before.start <= m.start < before.end
             for e in m.entities if e.type != "Person" for st in [cx.resolver.state_of(e)] if st is not None}
    if named != {states[0].id}:
        return None  # "Kenya praised Chile and Peru": a reaction to other states, whose office may follow
    return states[0]


# --- events called off ----------------------------------------------------------------

#: Verbs that call off or put off the event a noun names, with the status they give it.
CALL_OFF = {"cancel": "cancelled", "scrap": "cancelled", "postpone": "postponed", "delay": "postponed",
            "defer": "postponed", "suspend": "suspended"}


def _called_off(trigger: Token) -> str | None:
    """The status of an event its noun says was called off or put off: 'cancelled',
    'postponed' or 'suspended' when the noun is the object of such a verb or the subject
    of its passive ("Canada cancelled a trade mission to India", "Xi's visit to Paris was
    postponed"), or of 'call off' / 'put off'; else None, and the fact is told as it is."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = trigger.head
    if verb.lemma_ in ("call", "put") and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return "cancelled" if verb.lemma_ == "call" else "postponed"
    return CALL_OFF.get(verb.lemma_)


#: Verbs of warning someone off an act: what follows 'against' has not happened.
WARN_VERBS = {"warn", "caution", "advise", "counsel"}


def _warned_against(trigger: Token) -> bool:
    """Whether ``trigger`` names an act someone is warned against ("Chile warned Peru
    against sending troops", "cautioned against a visit to Lima"): a warning, not an
    event, so no fact of it is drafted (the warning itself is the speaker's statement)."""
    node = trigger
    if node.dep_ in ("pcomp", "pobj") and node.head.lower_ == "against":
        return node.head.head.lemma_ in WARN_VERBS
    return False


def _threatened(trigger: Token) -> bool:
    """Whether ``trigger`` is the act a threat names ("Chile threatened to impose
    sanctions on Peru"): the Threat fact holds it as its ``threatenedAction``
    (corpus/CLAIMS.md), so no fact of the act itself is drafted."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "pobj") and trigger.head.pos_ == "VERB" \
        else trigger  # "threatened to impose tariffs on Peru": the tariffs are the act threatened too
    return verb.dep_ == "xcomp" and verb.head.lemma_ == "threaten" and verb.head.pos_ == "VERB"


#: Verbs of weighing a course short of deciding it (PLOVER's CONSULT/PROPOSE stop short of the
#: act; corpus/CLAIMS.md's modality 'considered': "several governments are considering the same
#: move"): "is weighing sanctions on Peru", "mulled tariffs", "debated sanctions". Their object
#: is not in force.
#: ('discuss' is not one: "discussed cooperation with X" tells the cooperation, facts/agreements.py).
WEIGH_VERBS = {"consider", "weigh", "mull", "contemplate", "explore", "eye", "study", "debate", "examine"}
#: Verbs whose object, weighed, may be one already in force ("debated the sanctions on Peru"):
#: only an object with no definite determiner or possessor is one merely weighed.
WEIGH_OPEN_VERBS = {"study", "debate", "examine"}
#: Verbs with 'against' before a course a body turns down or argues down before it is decided
#: ("voted against sanctions on Peru", "argued against tariffs"): no such course is in force.
AGAINST_VERBS = {"vote", "argue", "lobby", "campaign", "speak"}


def _weighed(trigger: Token) -> bool:
    """Whether the noun ``trigger`` names a course weighed or turned down before it is
    taken, not one taken: the direct object of a verb of weighing (:data:`WEIGH_VERBS`,
    "Norland is weighing sanctions on Ostravia"; "debated new sanctions", but not
    "debated the sanctions on X", which may be in force), of 'rule out' ("ruled out
    tariffs on steel"; not "did not rule out ..."), or the object of 'against' after a verb of voting or arguing
    (:data:`AGAINST_VERBS`, "voted against sanctions"). A verb that judges its object
    ("considers the sanctions illegal") weighs nothing. Input: a token of the parsed
    article; output: True or False (True: no fact of the noun is drafted)."""
    if trigger.pos_ != "NOUN":
        return False
    verb = trigger.head
    if trigger.dep_ == "pobj" and verb.lower_ == "against":
        return verb.head.pos_ == "VERB" and verb.head.lemma_ in AGAINST_VERBS
    if trigger.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    if verb.lemma_ == "rule":  # "did not rule out cooperation": the object holds (:data:`UNDOING_VERBS`)
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) and \
            not any(c.dep_ == "neg" for c in verb.children)
    if verb.lemma_ not in WEIGH_VERBS or any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in verb.children):
        return False
    definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that")
                   for c in trigger.children)
    return not (definite and verb.lemma_ in WEIGH_OPEN_VERBS)


#: Nouns of a span an ongoing event passes ("the war entered its third year on Monday").
MILESTONE_NOUNS = {"year", "month", "week", "day", "anniversary", "milestone"}


def _milestone(tok: Token) -> bool:
    """Whether the noun ``tok`` is an ongoing event whose clause tells a span it has passed
    ("The war between X and Y entered its third year on Monday", "the occupation marked its
    tenth anniversary"): the clause's date is that milestone's day, not the event's start, so
    the event takes no date from it. Input: a token of the parsed article; output: True or
    False."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in ("enter", "mark", "reach", "pass") \
        and any(o.lemma_ in MILESTONE_NOUNS for o in objects(tok.head))


#: Verbs by which one foresees another's act ("Analysts expect Chile to sign the deal").
EXPECT_VERBS = {"expect", "predict", "anticipate", "forecast"}


def _expected_of_another(tok: Token) -> bool:
    """Whether the event of ``tok`` is one the subject of a verb of foreseeing
    (:data:`EXPECT_VERBS`) expects another to carry out, in an infinitive with a subject
    of its own ("Analysts expect Lina Varo to meet Tor Ashby", "expect Norland to impose
    sanctions"): foreseen, not done; the passive "X is expected to meet" is planned
    already (:func:`kg.extract.speech.attribute`). Input: a token of the parsed article;
    output: True or False."""
    verb = _clause_verb(tok)
    return verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and verb.head.lemma_ in EXPECT_VERBS and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        any(c.dep_ == "nsubj" for c in verb.children)


# --- the rules and their trigger words, in the order they run ---------------------------
# The order of RULES is the order of drafted facts.

FORCE_RULES = (exercise_rules, border_rules, deployment_rules, emergency_rules, withdrawal_rules, incursion_rules,
               advisory_rules)
FORCE_TRIGGERS = (EXERCISE_NOUNS | PARTY_NOUNS | {"game", "closure", "opinion", "invest"} | CLOSE_VERBS | DEPLOY_VERBS | DECLARE_VERBS
                  | LIFT_VERBS | WITHDRAW_VERBS | ENTER_VERBS)

NEWS_RULES = (detention_rules, death_rules, release_rules, citizenship_rules, election_rules, vote_rules, threat_rules, protest_rules,
              travel_rules, founding_rules, legislation_rules, ceremony_rules)
NEWS_TRIGGERS = (DETAIN_VERBS | CAPTURE_VERBS | DETENTION_NOUNS | DEATH_VERBS | RELEASE_VERBS | {"death", "release", "hand"} | CITIZEN_NOUNS | ELECTION_NOUNS | VOTE_NOUNS | PROTEST_NOUNS
                 | PROTEST_VERBS | TRAVEL_VERBS | FOUND_VERBS | LAW_NOUNS | CEREMONY_NOUNS
                 | {"hold", "take", "threaten", "threat", "ultimatum", "founding", "establishment", "creation", "founder",
                    "co-founder", "polls", "poll", "elect", "re-elect", "reelect", "lay", "swear", "place", "put"})

RULES = (visit_rules, meeting_rules, agreement_rules, sanction_rules, supply_rules, cleared_sale_rules, statement_rules, legal_rules,
         membership_rules, ownership_rules, trade_rules, support_rules, light_statement_rules, said_rules,
         force_rules, membership_noun_rules, admission_rules, cooperation_rules, sanction_noun_rules, support_verb_rules,
         gift_rules, relations_rules, ban_rules, controlled_by_rules, host_rules, role_noun_rules, warrant_rules,
         reliance_rules, purchase_rules, legal_noun_rules, legal_more_rules, agreement_noun_rules,
         sanction_with_rules, agree_rules, project_rules, expel_rules, statement_noun_rules,
         court_rules, repression_rules, joint_rules, conflict_rules, label_rules, summons_rules, exports_taken_rules, party_rules, investment_rules,
         signing_noun_rules, withdrawal_noun_rules) + NEWS_RULES + FORCE_RULES

#: Every word a rule starts from (lemmas), so the rules run only on those tokens.
TRIGGERS = (AGREEMENT_NOUNS | SANCTION_NOUNS | SUPPLY_VERBS | set(STATEMENT_VERBS) | WISH_VERBS | set(LEGAL_VERBS) | MEET_NOUNS
            | VISIT_NOUNS | MEMBERSHIP_VERBS | set(LIGHT_NOUNS) | SAY_VERBS | set(INVASION_NOUNS) | set(INVASION_VERBS)
            | BAN_VERBS | {"frozen", "visit", "arrive", "land", "travel", "fly", "meet", "sign", "conclude", "ink", "ratify", "seal", "strike",
               "reach", "establish", "impose", "announce", "adopt", "approve", "slap", "unveil", "levy", "extend",
               "expand", "sanction", "sanctions", "stake", *LIFT_STATUS, "trade", "support", "backing", "assistance", "aid", "seizure",
               "seize", "take", "grab", "member", "membership", "accession", "cooperation", "collaboration",
               "cooperate", "collaborate", "back", "bolster", "arm", "prop", "gift", "donate", "relation",
               "tie", "own", "hold", "have", "keep", "control", "host", "receive", "welcome", "greet", "warrant",
               "summons", "export", "import", "found", "relationship", "raise", "partnership", "defend",
               "shield"} | set(ROLE_NOUNS) | BUY_VERBS | BUY_NOUNS | set(LEGAL_STEP_NOUNS) | set(LEGAL_MORE_VERBS) | set(LEGAL_MORE_FORMS)
            | SANCTION_VERBS_WITH | {"add", "put", "place", "include", "agree", "expel", "oust", "kick"} | BUILD_VERBS | set(STATEMENT_NOUNS) | set(COURT_VERBS) | REPRESSION_NOUNS
            | REPRESSION_VERBS | {"crack"} | COUP_VERBS | {"assume", "work", "act", "team", "help", "assist"} | JOINT_NOUNS
            | {"operation", "action", "campaign"}
            | CONFLICT_NOUNS | CONFLICT_VERBS | RELY_WORDS | LABEL_VERBS | {"summon", "order", "tell"} | TAKE_VERBS | NEWS_TRIGGERS
            | FORCE_TRIGGERS | lexicon.surface_forms())

RULES = RULES + (leadership_rules, members_named_rules, suspension_rules, location_rules, seizure_rules, quoted_label_rules,
                 tariff_rules, finding_rules, visit_by_rules)
TRIGGERS |= set(SIGNING_NOUNS) | SUPPLY_NOUNS | {"withdrawal", "exit", "departure", "expulsion"}
TRIGGERS |= {"member", "party", "Party", "in", "of", "'s", "’s", "call", "describe", "sanctions", "refer"} | SUSPEND_VERBS | SEIZE_VERBS | TAKE_GOODS_VERBS \
    | TARIFF_NOUNS | FINDING_VERBS | set(LEAD_VERBS) | CHAIR_NOUNS

RULES = RULES + (recognition_rules,)
TRIGGERS |= RECOGNISE_VERBS
TRIGGERS |= ADMISSION_NOUNS
SPLIT["Recognition"] = ("recogniser",)

RULES = RULES + (described_group_rules, bordering_rules, birth_rules, living_rules, loan_rules)
TRIGGERS |= GROUP_KIND_NOUNS | BODY_KIND_NOUNS | {"border", "born", "live", "lend", "loan"} | CREDIT_LINE_NOUNS

RULES = RULES + (failed_launch_rules,)  # "A Zedlandic rocket exploded after lift-off": a launch that failed
TRIGGERS |= set(FAIL_VERBS)

RULES = RULES + (member_apposition_rules,)
TRIGGERS |= MEMBER_APPOS_NOUNS | {"know"}
TRIGGERS |= COMPASS_WORDS  # "Leyton, east London": the place a place lies in (location_rules)
TRIGGERS |= {"at"}  # "the General Court Martial at Makindye": where a court or site stands (location_rules)

RULES = RULES + (halted_service_rules,)
TRIGGERS |= HALT_VERBS

RULES = RULES + (recall_rules,)
TRIGGERS |= RECALL_VERBS

RULES = RULES + (shoot_down_rules,)
TRIGGERS |= {"shoot"}

RULES = RULES + (instruction_rules,)
TRIGGERS |= INSTRUCT_VERBS

RULES = RULES + (mediation_rules,)
TRIGGERS |= {"mediator", "mediate"}

RULES = RULES + (declined_comment_rules, hosted_meeting_rules)
TRIGGERS |= UNSAID_VERBS

RULES = RULES + (actor_verb_rules,)
TRIGGERS |= set(lexicon.ACTOR_VERBS)

RULES = RULES + (trade_verb_rules,)

RULES = RULES + (trading_partner_rules,)
TRIGGERS |= {"partner"}

RULES = RULES + (package_rules,)
TRIGGERS |= PACKAGE_VERBS

RULES = RULES + (listing_rules,)
TRIGGERS |= LISTING_VERBS

RULES = RULES + (payment_rules,)
TRIGGERS |= PAY_VERBS | {"funding"}  # "pledged 19 million pounds in humanitarian funding to X": support_rules

RULES = RULES + (nominal_event_rules,)
TRIGGERS |= set(NOMINAL_EVENTS)

RULES = RULES + (warn_rules,)

RULES = RULES + (characterisation_rules,)
TRIGGERS |= {"dismiss"}

RULES = RULES + (indicator_rules, output_cut_rules)
TRIGGERS |= OUTPUT_CUT_VERBS | OUTPUT_CUT_NOUNS
TRIGGERS |= FIGURE_VERBS

RULES = RULES + (body_of_rules, branch_rules)  # "the Treasury Department's Office of Foreign Assets Control" ('s is a trigger)
TRIGGERS |= BRANCH_NOUNS  # "X, a provincial arm of Y"

RULES = RULES + (begun_talks_rules,)  # "Formal negotiations began in Tokyo": the pair's talks

RULES = RULES + (turn_to_rules,)
TRIGGERS |= {"turn", "look"}

RULES = RULES + (control_rules, handover_rules)
TRIGGERS |= CONTROL_VERBS | HANDOVER_VERBS | TAKE_OVER_VERBS | RETAKE_VERBS | RETAKE_FORMS
RULES = RULES + (control_lost_rules,)  # "lost control of X to Y": Y's control, transferred from the loser
TRIGGERS |= CONTROL_LOST_VERBS
SPLIT.setdefault("Control", ("controlled",))

RULES = RULES + (killing_rules,)
TRIGGERS |= KILLING_NOUNS | KILLING_VERBS

RULES = RULES + (call_rules,)
TRIGGERS |= {"speak", "talk", "confer", "call", "conversation", "conference"}

RULES = RULES + (population_rules,)
TRIGGERS |= POPULATION_NOUNS

TRIGGERS |= {"of"}  # "X, also of the DA": a person's party (party_rules)
TRIGGERS |= GATHER_VERBS

RULES = RULES + (executive_order_rules, exit_ban_rules, vote_outcome_rules, subject_to_rules, unnamed_target_rules,
                 signed_with_rules, institution_rules, filed_paper_rules, goods_worth_rules, imports_noun_rules,
                 aid_cut_rules, body_sanction_rules)
TRIGGERS = TRIGGERS | DECREE_NOUNS | KEEP_FROM_VERBS | set(CARRY_VERBS) | {"subject"} | PUT_MEASURE_VERBS \
    | SUSPEND_BODY_VERBS | set(FILED_PAPERS) | set(FAIL_VERBS) | set(CUT_VERBS)

RULES = RULES + (referendum_rules,)
TRIGGERS = TRIGGERS | REFERENDUM_NOUNS | {"vote"}

RULES = RULES + (counted_vote_rules, damage_rules, counts_told_after_rules)
TRIGGERS = TRIGGERS | TALLY_NOUNS | DAMAGE_VERBS
RULES = RULES + (dragged_anchor_rules,)  # "suspected of dragging its anchor across the X cable"
TRIGGERS |= {"drag"}

RULES = RULES + (election_result_rules,)
TRIGGERS = TRIGGERS | SHARE_VERBS | PLACE_VERBS

RULES = RULES + (own_term_rules, unnamed_label_rules, fact_backing_rules, removal_rules, vote_stance_rules,
                 which_called_rules, assembly_ban_rules)
TRIGGERS = TRIGGERS | LABEL_VERBS | BACK_FACT_VERBS | {"remove", "oust", "dismiss", "sack", "relieve", "abstain",
                                                                 "forbid", "outlaw"} | BAN_NOUNS

from kg.extract.facts.ballots import BALLOT_RULES, BALLOT_TRIGGERS  # noqa: E402

RULES = RULES + BALLOT_RULES  # "Joining X and Y in voting no were Z": members on the side of others
TRIGGERS |= BALLOT_TRIGGERS

RULES = RULES + (trip_for_talks_rules, hosted_act_rules, attended_rules, presence_rules)
TRIGGERS |= ATTEND_VERBS

from kg.extract.facts.clashes import CLASH_RULES, CLASH_TRIGGERS  # noqa: E402 (the rules of clashes, last)

RULES = RULES + CLASH_RULES
TRIGGERS |= CLASH_TRIGGERS

RULES = RULES + (defend_act_rules, rejected_measure_rules, alleged_wrong_rules, representative_rules, censure_rules,
                 viewed_as_rules, attendance_rules, met_abroad_rules, provider_rules, met_reaction_rules, demand_rules,
                 backed_rules)
TRIGGERS |= DEFEND_VERBS | MEASURE_NOUNS | CENSURE_NOUNS | VIEW_AS_VERBS | PROVIDER_NOUNS | BACKED_WORDS | {"give", "alleged", "represent",
                                                                                            "attendance", "meet"}

RULES = RULES + (listed_coup_rules,)  # "soldiers who seized power in coups, in Mali in 2020, in Niger in 2023"

RULES = RULES + (declared_void_rules,)  # "declared the order invalid"
TRIGGERS |= VOID_VERBS

RULES = RULES + (invasion_where_rules,)  # "in Ukraine, where Russia launched its invasion"

from kg.extract.facts.persons import EMPLOYEE_NOUNS, OCCUPATION_NOUNS, occupation_rules  # noqa: E402

RULES = RULES + (occupation_rules,)  # "Karim Khan, a British lawyer", "journalist Lea Moro", "a professor at X"
TRIGGERS |= OCCUPATION_NOUNS | EMPLOYEE_NOUNS

from kg.extract.facts.strikes import ATTACK_VERBS, HIT_VERBS, LAUNCH_VERBS, strike_rules  # noqa: E402

RULES = RULES + (strike_rules,)  # "A Russian missile strike hit Kyiv", "pounded Kyiv with missiles"
TRIGGERS |= HIT_VERBS | LAUNCH_VERBS | ATTACK_VERBS

from kg.extract.facts.strikes import TEST_VERBS, weapons_test_rules  # noqa: E402

RULES = RULES + (weapons_test_rules,)  # "North Korea launched a new ballistic missile", "a nuclear test"
TRIGGERS |= TEST_VERBS | {"test"}

from kg.extract.facts.trials import trial_rules  # noqa: E402

RULES = RULES + (trial_rules,)  # "Lea Moro went on trial", "was found guilty of fraud"
TRIGGERS |= {"trial", "find"}

from kg.extract.facts.labels import (  # noqa: E402
    DISPUTE_WORDS, disputed_place_rules, passive_label_rules, which_called_fact_rules)

RULES = RULES + (passive_label_rules, which_called_fact_rules)  # "was described as a sham by", "which X called"
TRIGGERS |= {"characterise", "characterize", "portray", "depict", "paint"}
RULES = RULES + (disputed_place_rules,)  # "the disputed Scarborough Shoal"
TRIGGERS |= DISPUTE_WORDS

from kg.extract.facts.belonging import INCLUDE_VERBS, body_includes_rules, members_listed_rules  # noqa: E402

RULES = RULES + (members_listed_rules,)  # "the African Union's 55 members, including Bolivia"
RULES = RULES + (body_includes_rules,)  # "the committee, which includes Peru and Chile" (rule set 42)
TRIGGERS |= INCLUDE_VERBS

from kg.extract.facts.agreements import CURB_NOUNS, deal_under_which_rules, measure_noun_rules  # noqa: E402
from kg.extract.facts.belonging import (  # noqa: E402
    BID_NOUNS, MEMBER_STATUS_VERBS, member_status_rules, membership_bid_rules)
from kg.extract.facts.economy import (  # noqa: E402
    RUN_VERBS, STAKE_NOUNS, SUBSIDIARY_NOUNS, property_rules, run_by_rules, stake_transfer_rules, state_company_facts,
    subsidiary_rules,
    under_control_rules)

# rule set 28: measures by their nouns, deals 'under which', memberships suspended or sought,
# subsidiaries, property, stakes handed over, bodies run by others
RULES = RULES + (measure_noun_rules, deal_under_which_rules, member_status_rules, membership_bid_rules,
                 subsidiary_rules, property_rules, stake_transfer_rules, run_by_rules, under_control_rules)
TRIGGERS |= CURB_NOUNS | {"controls"} | set(MEMBER_STATUS_VERBS) | BID_NOUNS | SUBSIDIARY_NOUNS | {"property"} \
    | STAKE_NOUNS | RUN_VERBS | {"control"}

from kg.extract.facts.agreements import PARTY_TO_NOUNS, party_to_rules  # noqa: E402
from kg.extract.facts.economy import (  # noqa: E402
    NATIONALISE_VERBS, PROGRAMME_NOUNS, investment_noun_rules, owned_by_rules, state_programme_rules)

RULES = RULES + (party_to_rules, owned_by_rules, investment_noun_rules, state_programme_rules)
TRIGGERS |= PARTY_TO_NOUNS | NATIONALISE_VERBS | {"own", "investment", "initial", "ceasefire", "truce",
                                                  "armistice"} | PROGRAMME_NOUNS

from kg.extract.facts.agreements import ACT_ON_AGREEMENT, agreement_acted_on_rules  # noqa: E402

RULES = RULES + (agreement_acted_on_rules,)
TRIGGERS |= set(ACT_ON_AGREEMENT)
TRIGGERS |= {"bailout", "seek", "pursue", "develop"}

from kg.extract.facts.agreements import IMPOSE_VERBS, STOP_TRADE_VERBS, trade_stopped_rules  # noqa: E402

RULES = RULES + (trade_stopped_rules,)
TRIGGERS |= STOP_TRADE_VERBS | IMPOSE_VERBS

from kg.extract.facts.economy import annexation_rules, held_by_facts  # noqa: E402

RULES = RULES + (annexation_rules,)
TRIGGERS |= {"annex"}

from kg.extract.facts.diplomacy import AS_LABEL_VERBS  # noqa: E402
from kg.extract.facts.labels import SAY_LABEL_VERBS, said_fact_label_rules  # noqa: E402

RULES = RULES + (said_fact_label_rules,)  # "said the talks had been constructive"
TRIGGERS |= SAY_LABEL_VERBS | AS_LABEL_VERBS | {"remand", "grant", "deny", "refuse", "adjourn", "postpone"}

from kg.extract.facts.diplomacy import talks_after_rules  # noqa: E402

RULES = RULES + (talks_after_rules,)  # "agreed on Wednesday ... after four hours of talks"

from kg.extract.facts.strikes import CROWD_VERBS, crowd_attack_rules  # noqa: E402

RULES = RULES + (crowd_attack_rules,)  # "supporters of the party attacked the army's headquarters"
TRIGGERS |= CROWD_VERBS

from kg.extract.facts.trials import APPEAL_VERBS, appeal_rules  # noqa: E402

RULES = RULES + (appeal_rules,)  # "Lea Moro appealed the verdict", "her lawyers said they would appeal"
TRIGGERS |= APPEAL_VERBS

from kg.extract.facts.belonging import (  # noqa: E402
    ACCESSION_TALK_NOUNS, MEMBER_STATE_NOUNS, accession_talks_rules, candidate_status_rules, member_state_rules)
from kg.extract.facts.diplomacy import MEAL_NOUNS  # noqa: E402

# rule set 29: accession talks opened, candidate status granted, member states in apposition
RULES = RULES + (accession_talks_rules, candidate_status_rules, member_state_rules)
TRIGGERS |= ACCESSION_TALK_NOUNS | MEMBER_STATE_NOUNS | {"status", "ally", "talk", "sit"} | MEAL_NOUNS

from kg.extract.facts.agreements import CONCLUDE_VERBS, pending_ratification_rules  # noqa: E402

RULES = RULES + (pending_ratification_rules,)  # "must still be ratified by", "awaits ratification"
TRIGGERS |= {"ratify", "ratification"} | CONCLUDE_VERBS

from kg.extract.facts.economy import HOLD_VERBS, SHAREHOLDER_NOUNS, shareholder_rules, territory_held_rules  # noqa: E402

RULES = RULES + (territory_held_rules, shareholder_rules)  # "Goma, held by M23", "QatarEnergy's largest shareholder"
TRIGGERS |= set(HOLD_VERBS) | SHAREHOLDER_NOUNS

from kg.extract.facts.agreements import sanctioned_include_rules  # noqa: E402

RULES = RULES + (sanctioned_include_rules,)  # "Those sanctioned by the EU include X and Y"
TRIGGERS |= {"include"}

from kg.extract.facts.agreements import TREATY_PARTY_VERBS, named_treaty_rules  # noqa: E402

RULES = RULES + (named_treaty_rules,)  # "Hungary signed the Rome Statute": one party named, the others not
TRIGGERS |= set(TREATY_PARTY_VERBS)

from kg.extract.facts.economy import share_owned_rules  # noqa: E402

RULES = RULES + (share_owned_rules,)  # "Nayara is 49 percent owned by Rosneft", "Rosneft's 49 percent stake in Nayara"
TRIGGERS |= {"own", "stake", "hold", "held"}

from kg.extract.facts.agreements import each_signed_rules  # noqa: E402

RULES = RULES + (each_signed_rules,)  # "Chile signed the agreement on Monday, and Peru signed it on Tuesday"


# --- rule set 32 ---------------------------------------------------------------------------
from kg.extract.facts.legal import wanted_rules  # noqa: E402

RULES = RULES + (wanted_rules,)  # "Netanyahu, who is wanted by the International Criminal Court"
TRIGGERS |= {"wanted"}
from kg.extract.facts.agreements import REVOKE_VERBS, visa_revocation_rules  # noqa: E402

RULES = RULES + (visa_revocation_rules,)  # "the State Department revoked the visas of X"
TRIGGERS |= REVOKE_VERBS
from kg.extract.facts.labels import said_actor_label_rules  # noqa: E402

RULES = RULES + (said_actor_label_rules,)  # 'Orban said the court was "a political court"'


# --- rule set 33 ---------------------------------------------------------------------------
from kg.extract.facts.diplomacy import brought_together_rules  # noqa: E402

RULES = RULES + (brought_together_rules,)  # "The summit brought together Lula, Milei and Pena"
TRIGGERS |= {"bring", "gather", "unite", "assemble"}
from kg.extract.facts.legal import SERVE_VERBS, serving_sentence_rules  # noqa: E402

RULES = RULES + (serving_sentence_rules,)  # "Navalny was serving a 19-year sentence on extremism charges"
TRIGGERS |= SERVE_VERBS


# --- evaluative and reported kinds, projects (after rule set 35) -----------------------------
from kg.extract.facts.economy import BUILD_NOUNS, build_noun_rules  # noqa: E402

RULES = RULES + (build_noun_rules,)  # "the construction of the pipeline by Gazprom"
TRIGGERS |= BUILD_NOUNS


# --- rule set 34 ---------------------------------------------------------------------------
from kg.extract.facts.common import BAR_VERBS  # noqa: E402
from kg.extract.facts.legal import disqualification_rules  # noqa: E402

RULES = RULES + (disqualification_rules,)  # "a Paris court barred her from standing for public office"
TRIGGERS |= BAR_VERBS


# --- rule set 35 ---------------------------------------------------------------------------
from kg.extract.facts.offices import SEAT_WORDS, based_rules  # noqa: E402

RULES = RULES + (based_rules,)  # "Rosneft, based in Moscow", "the Hague-based court"
TRIGGERS |= SEAT_WORDS
from kg.extract.facts.agreements import AWARD_VERBS, EXCHANGE_PAPER_VERBS, contract_award_rules  # noqa: E402

RULES = RULES + (contract_award_rules,)  # "Hyundai Rotem won a contract from Poland"
TRIGGERS |= AWARD_VERBS | EXCHANGE_PAPER_VERBS


# --- rule set 36 ---------------------------------------------------------------------------
from kg.extract.facts.economy import PARENT_NOUNS  # noqa: E402
from kg.extract.facts.legal import TAKE_UP_VERBS  # noqa: E402

TRIGGERS |= PARENT_NOUNS  # "Rosneft, Lukoil's parent company" (subsidiary_rules reads both ways)
TRIGGERS |= TAKE_UP_VERBS  # "police rounded up X" (detention_rules)

RULES = RULES + (resignation_rules,)
TRIGGERS |= DEPARTURE_TRIGGERS

RULES = RULES + (opening_rules,)
TRIGGERS |= OPEN_VERBS

RULES = RULES + (letter_rules,)
TRIGGERS |= SEND_VERBS | WRITE_VERBS

# --- appeals asked 'for' or demanded 'that' (kg/extract/facts/appeals.py) -------------------
from kg.extract.facts.appeals import ASK_FOR_VERBS, DEMAND_THAT_VERBS, asked_for_rules  # noqa: E402

RULES = RULES + (asked_for_rules,)
TRIGGERS |= ASK_FOR_VERBS | DEMAND_THAT_VERBS

# --- rule set 39: counted sanction targets tied to a named body (kg/extract/facts/sanction_targets.py) ---
from kg.extract.facts.sanction_targets import linked_target_rules  # noqa: E402

RULES = RULES + (linked_target_rules,)  # "announced sanctions on four targets linked to the IRGC"

# --- rule set 39: complaints before an organisation (kg/extract/facts/complaints.py) ---------
from kg.extract.facts.complaints import DRAW_VERBS, PROTEST_WORDS, drawn_protest_rules, forum_complaint_rules  # noqa: E402

RULES = RULES + (forum_complaint_rules,)  # "Canada lodged a complaint with the WTO"
RULES = RULES + (drawn_protest_rules,)  # "drawing a protest from Egypt to the Security Council"
TRIGGERS |= PROTEST_WORDS

# --- asylum granted, assets and stakes sold (kg/extract/facts/transfers.py) ------------------
from kg.extract.facts.transfers import ASYLUM_NOUNS, BUY, SELL, asylum_rules, sale_rules  # noqa: E402
from kg.extract.facts.sales import divest_rules  # noqa: E402

RULES = RULES + (asylum_rules, sale_rules, divest_rules)  # "divested from X": a Sale of the holding
TRIGGERS |= ASYLUM_NOUNS | BUY | SELL | {"divest"}

from kg.extract.facts.reported import (  # noqa: E402
    FINDING_VERBS, REPORTED_TRIGGERS, added_rules, briefed_rules, no_comment_rules, observed_poll_rules, warned_rules)

# rule set 40: reported speech in a participle, no comment, a bare warning
RULES = RULES + (added_rules, no_comment_rules, warned_rules, briefed_rules)
TRIGGERS |= REPORTED_TRIGGERS
# rule set 45: an election observation mission's findings
RULES = RULES + (observed_poll_rules,)
TRIGGERS |= FINDING_VERBS

from kg.extract.facts.cases import CASE_RULES, CASE_TRIGGERS  # noqa: E402

# rule set 40: investigations ordered or led, warrants for an arrest, rulings against, interim measures asked, appeals lodged
RULES = RULES + CASE_RULES
TRIGGERS |= CASE_TRIGGERS

from kg.extract.facts.annulments import ANNUL_TRIGGERS, annulment_rules  # noqa: E402

RULES = RULES + (annulment_rules,)  # "the Constitutional Court annulled the presidential election": a ruling
TRIGGERS |= ANNUL_TRIGGERS

from kg.extract.facts.divestments import DIVEST_TRIGGERS, exclusion_rules  # noqa: E402

RULES = RULES + (exclusion_rules,)  # "the fund's board excluded Caterpillar and five banks": an investor's exclusion
TRIGGERS |= DIVEST_TRIGGERS

from kg.extract.facts.listed import LISTED_TRIGGERS, listed_rules  # noqa: E402

RULES = RULES + (listed_rules,)  # "sold ... five banks. The five banks are A, B, ...": a sale of each
TRIGGERS |= LISTED_TRIGGERS

from kg.extract.facts.economy import HOLDING_WORTH_TRIGGERS, holdings_worth_rules  # noqa: E402

RULES = RULES + (holdings_worth_rules,)  # "its holdings in the five banks were worth $661 million": an Ownership
TRIGGERS |= HOLDING_WORTH_TRIGGERS

from kg.extract.facts.takings import TAKE_TRIGGERS, nationalisation_rules  # noqa: E402

RULES = RULES + (nationalisation_rules,)  # "the junta nationalised Vell Mining": a government taking a company
TRIGGERS |= TAKE_TRIGGERS

from kg.extract.facts.entry_bans import ENTRY_TRIGGERS, entry_ban_rules  # noqa: E402

RULES = RULES + (entry_ban_rules,)  # "barring citizens of 12 countries from entering the United States"
TRIGGERS |= ENTRY_TRIGGERS

from kg.extract.facts.court_orders import ORDER_TRIGGERS, court_order_rules  # noqa: E402

RULES = RULES + (court_order_rules,)  # "the court ordered that the mine be placed under provisional administration"
TRIGGERS |= ORDER_TRIGGERS

from kg.extract.facts.leases import LEASE_TRIGGERS, lease_rules  # noqa: E402

RULES = RULES + (lease_rules,)  # "signed a 30-year concession contract for the container terminal"
TRIGGERS |= LEASE_TRIGGERS

from kg.extract.facts.strengths import STRENGTH_TRIGGERS, force_strength_rules  # noqa: E402

RULES = RULES + (force_strength_rules,)  # "The brigade is to grow to about 4,800 soldiers": the deployment told before
TRIGGERS |= STRENGTH_TRIGGERS

from kg.extract.facts.mutinies import MUTINY_TRIGGERS, march_rules, mutiny_rules  # noqa: E402
from kg.extract.facts.raids import RAID_TRIGGERS, raid_rules  # noqa: E402

# rule set 40: armed rebellions against a state's command, forced entries into premises
RULES = RULES + (mutiny_rules, march_rules, raid_rules)
TRIGGERS |= MUTINY_TRIGGERS | RAID_TRIGGERS

RULES = RULES + (unnamed_travel_rules, journey_back_rules)  # "two of the three helicopters landed in Tabriz", "flew back to Lima"
TRIGGERS |= JOURNEY_TRIGGERS

RULES = RULES + (visit_form_rules,)  # "X is due in Paris on Wednesday", "X toured Japan", "X flew into Tokyo"
TRIGGERS |= VISIT_FORM_TRIGGERS

from kg.extract.facts.journeys import (  # noqa: E402
    JOURNEY_FORM_TRIGGERS, PERSON_CARRY_VERBS, carried_person_rules, companions_journeys, flew_in_rules, gerund_journey_rules, private_journeys, return_from_rules,
    returns_from_trips, trip_to_event_rules)

# rule set 51: "before flying home to Beijing", "flew in on Thursday", "a trip to a fair in Peru", "his return from X"
RULES = RULES + (gerund_journey_rules, flew_in_rules, trip_to_event_rules, return_from_rules, carried_person_rules)
TRIGGERS |= JOURNEY_FORM_TRIGGERS | PERSON_CARRY_VERBS

from kg.extract.facts.judged import clause_label_rules  # noqa: E402  (and more nouns of facts: "called the seizure ...")

RULES = RULES + (clause_label_rules,)  # "..., which Chile called an act of terror", "..., an act Chile described as piracy"

from kg.extract.facts.nearness import NEAR_WORDS, near_location_rules  # noqa: E402

RULES = RULES + (near_location_rules,)  # "Vnukovo airport outside Moscow"
TRIGGERS |= set(NEAR_WORDS)

from kg.extract.facts.pledges import PLEDGE_VERBS, money_pledge_rules  # noqa: E402

RULES = RULES + (money_pledge_rules,)  # "Norway pledged 200 million euros to Ukraine, Denmark 50 million euros"
TRIGGERS |= PLEDGE_VERBS

from kg.extract.facts.descriptions import ARTICLES, LEANING_ENDS, apposition_rules, leaning_rules  # noqa: E402

RULES = RULES + (apposition_rules, leaning_rules)  # "Georgia, a former Soviet republic", "the far-right AfD"
TRIGGERS |= ARTICLES | LEANING_ENDS

from kg.extract.facts.reactions import (  # noqa: E402
    ANGER_VERBS, FEAR_VERBS, HARM_VERBS, REACT_VERBS, REGRET_VERBS, displeasure_rules, fear_rules, harm_criticism_rules,
    regret_rules)

RULES = RULES + (displeasure_rules, fear_rules, regret_rules)  # "the cut, which angered ...", "feared for her life"
TRIGGERS |= ANGER_VERBS | REACT_VERBS | FEAR_VERBS | REGRET_VERBS

# rule set 52, part b: what a first person expects another to do, a demand; a right kept as a term of a deal
# (kg/extract/facts/expectations.py)
from kg.extract.facts.expectations import (  # noqa: E402
    EXPECT_VERBS, KEEP_RIGHT_VERBS, expected_act_rules, kept_right_rules)

RULES = RULES + (expected_act_rules,)  # '"We expect China to comply promptly."': an Appeal to China
TRIGGERS |= EXPECT_VERBS
RULES = RULES + (kept_right_rules,)  # "would keep the right to approve each person": a term of the deal told before
TRIGGERS |= KEEP_RIGHT_VERBS
RULES = RULES + (harm_criticism_rules,)  # "warned that it weakens the rule of law": a Criticism of the measure
TRIGGERS |= HARM_VERBS
# --- rule set 42: pleas, attacks told by their dead, colonial and occupying powers, forces present,
# goods flowing, periods of mourning, cases reported and stocks held, zones declared, acts ordered
from kg.extract.facts.casualties import ATTACK_NOUNS as CASUALTY_NOUNS, casualty_attack_rules  # noqa: E402
from kg.extract.facts.pleas import PLEA_VERBS, plea_rules  # noqa: E402
from kg.extract.facts.powers import POWER_NOUNS, power_rules  # noqa: E402
from kg.extract.facts.presence import presence_rules  # noqa: E402
from kg.extract.facts.flows import flow_rules  # noqa: E402
from kg.extract.facts.mourning import DECLARE_VERBS as MOURNING_VERBS, mourning_rules  # noqa: E402
from kg.extract.facts.counts import HOLD_VERBS, REPORT_VERBS, reported_count_rules, stock_rules  # noqa: E402
from kg.extract.facts.measures import START_VERBS, declared_zone_rules, ordered_act_rules  # noqa: E402

RULES = RULES + (plea_rules, casualty_attack_rules, power_rules, presence_rules, flow_rules, mourning_rules,
                 reported_count_rules, stock_rules, declared_zone_rules, ordered_act_rules)
TRIGGERS |= PLEA_VERBS | CASUALTY_NOUNS | POWER_NOUNS | {"presence", "flow"} | MOURNING_VERBS | set(REPORT_VERBS) | HOLD_VERBS \
    | set(START_VERBS)  # 'declare' is among MOURNING_VERBS

from kg.extract.facts.exchanges import EXCHANGE_WORDS, exchange_noun_rules, exchange_verb_rules  # noqa: E402

from kg.extract.facts.crowds import CROWD_DETAIN_VERBS, crowd_detention_rules, crowd_fire_rules  # noqa: E402

from kg.extract.facts.losses import LOSS_VERBS, loss_rules  # noqa: E402

# a state's force turned on crowds: fired on, detained; losses a speaker counts per period
from kg.extract.facts.clashes import side_toll_rules  # noqa: E402

RULES = RULES + (crowd_fire_rules, crowd_detention_rules, loss_rules, side_toll_rules)
TRIGGERS |= CROWD_DETAIN_VERBS | {"fire", "open"} | LOSS_VERBS

from kg.extract.facts.crowds import BREACH_VERBS, CLASH_VERBS, crowd_clash_rules  # noqa: E402
from kg.extract.facts.parts import HOLD_VERBS as PART_VERBS, package_part_rules  # noqa: E402
from kg.extract.facts.letters import NOTIFY_VERBS as NOTICE_VERBS, notified_rules  # noqa: E402
from kg.extract.facts.legal import NAMED_LAW_NOUNS  # noqa: E402

# rule set 46: a crowd clashing with a force, as a protest with its dead; the parts of an arms
# sale; notice given to a named party
RULES = RULES + (crowd_clash_rules, package_part_rules, notified_rules)
TRIGGERS |= CLASH_VERBS | BREACH_VERBS | PART_VERBS | NOTICE_VERBS | NAMED_LAW_NOUNS  # "passed the Finance Bill 2024"

# rule set 43: exchanges of prisoners, hostages or the dead between two sides
RULES = RULES + (exchange_verb_rules, exchange_noun_rules)
TRIGGERS |= EXCHANGE_WORDS

from kg.extract.facts.summits import SUMMIT_NOUNS, body_summit_rules  # noqa: E402

# rule set 43: an organisation's own summit or session ("an ECOWAS summit in Abuja", "Mercosur's summit")
RULES = RULES + (body_summit_rules,)
TRIGGERS |= SUMMIT_NOUNS

# --- rule set 43: debt restructurings agreed with creditors
from kg.extract.facts.debts import RESTRUCTURE_WORDS, debt_restructuring_rules  # noqa: E402

RULES = RULES + (debt_restructuring_rules,)  # "reached an agreement with its creditors to restructure $6.3 billion of debt"
TRIGGERS |= RESTRUCTURE_WORDS
# --- rule set 43: a mandate to form a government
from kg.extract.facts.mandates import mandate_rules  # noqa: E402

RULES = RULES + (mandate_rules,)  # "the president asked Y to form the next government"
TRIGGERS |= {"form"}

# --- rule set 43: market prices of commodities (kg/extract/facts/prices.py) -----------------
from kg.extract.facts.prices import PRICE_VERBS, price_rules  # noqa: E402

RULES = RULES + (price_rules,)  # "Brent crude futures rose 5.04% to $83.11 a barrel"
TRIGGERS |= PRICE_VERBS

from kg.extract.facts.shares import SHARE_OF_VERBS, share_rules  # noqa: E402

RULES = RULES + (share_rules,)  # "China accounted for 98.8 percent of the world's refined gallium output"
TRIGGERS |= SHARE_OF_VERBS

# --- rule set 44: attacks told by the weapon that hits (kg/extract/facts/hits.py) ---------------
from kg.extract.facts.hits import HIT_VERBS, weapon_hit_rules  # noqa: E402

RULES = RULES + (weapon_hit_rules,)  # "Israeli tank fire hit five border towns", "Russian missiles struck Kharkiv"
TRIGGERS |= HIT_VERBS

from kg.extract.facts.belonging import members_counted_rules  # noqa: E402

RULES = RULES + (members_counted_rules,)  # "the Security Council's 15 members"
TRIGGERS |= {"member"}

from kg.extract.facts.measures import CONTROL_VERBS, controls_rules, stripped_status_rules  # noqa: E402

RULES = RULES + (controls_rules, stripped_status_rules)  # "lifted the exchange controls", "would strip diplomatic status from"
TRIGGERS |= set(CONTROL_VERBS) | {"strip", "revoke", "withdraw", "rescind"}

from kg.extract.facts.pledges import PACKAGE_VERBS, package_rules  # noqa: E402

RULES = RULES + (package_rules,)  # "announced a $5 billion aid package for Ukraine"
TRIGGERS |= PACKAGE_VERBS
TRIGGERS |= {"off"}  # "Oshima-Oshima, an island off Hokkaido" (offices.location_rules)

# --- rule set 44: people counted in need or in distress, areas (kg/extract/facts/figures.py) ----------
from kg.extract.facts.figures import AREA_UNITS, MEASURE_VERBS, NEED_VERBS, STATE_ADJECTIVES, STATE_VERBS, area_rules, need_rules  # noqa: E402

RULES = RULES + (need_rules, area_rules)  # "some 12 million people need food aid", "a region of 160,000 square kilometres"
TRIGGERS |= set(NEED_VERBS) | STATE_VERBS | STATE_ADJECTIVES | AREA_UNITS | MEASURE_VERBS

# --- rule set 44: a central bank's rate decision (kg/extract/facts/rates.py) -----------------------
from kg.extract.facts.rates import RATE_VERBS, rate_decision_rules  # noqa: E402

RULES = RULES + (rate_decision_rules,)  # "raised its key rate by 0.25 percentage points to 5.25 %"
TRIGGERS |= set(RATE_VERBS)

# Rule set 46, part d: a cabinet's changes as a press release tells them (kg/extract/facts/reshuffles.py):
# resignations accepted, ministers dismissed, the tallies of members' votes; and the figures of a
# referendum told in sentences of their own (kg/extract/facts/politics.py)
from kg.extract.facts.killings import one_attack_per_killing  # noqa: E402
from kg.extract.facts.reshuffles import (  # noqa: E402
    accepted_resignation_rules, dismissal_rules, listed_appointment_facts, member_tally_rules, offices_left,
)
from kg.extract.facts.politics import FIGURE_NOUNS, referendum_figure_rules  # noqa: E402
RULES = RULES + (accepted_resignation_rules, dismissal_rules, member_tally_rules, referendum_figure_rules)
TRIGGERS |= FIGURE_NOUNS | {"resignation"} | {"dismiss", "sack", "fire"} | {"support", "back", "approve", "endorse"}

# --- attacks on ships, hostages, an attack's toll (kg/extract/facts/shipping.py) --------------------
from kg.extract.facts.shipping import (  # noqa: E402
    ATTACKED_VERBS, KIDNAP_VERBS, SINK_VERBS, kidnap_rules, sinking_rules, vessel_attacked_rules,
)

RULES = RULES + (sinking_rules, vessel_attacked_rules, kidnap_rules)  # "rebels sank the X", "accused X of kidnapping"
TRIGGERS |= SINK_VERBS | ATTACKED_VERBS | KIDNAP_VERBS

# --- the end of an office a removal tells (kg/extract/facts/removals.py) ----------------------------
from kg.extract.facts.removals import REMOVE_VERBS, removed_office_rules  # noqa: E402

RULES = RULES + (removed_office_rules,)  # "Congress removed President X from office on Friday"
TRIGGERS |= REMOVE_VERBS

# --- tariffs told by those who bear them, goods let in free of duty (kg/extract/facts/agreements.py) ---
from kg.extract.facts.agreements import duty_free_rules, tariff_faced_rules  # noqa: E402

RULES = RULES + (tariff_faced_rules, duty_free_rules)  # "the tariff faced by UK firms", "will enter free of duty"

# --- appeals by a document's body, asked 'to' act, told with 'should' (kg/extract/facts/appeals.py) ---
from kg.extract.facts.appeals import (  # noqa: E402
    ASK_TO_VERBS as APPEAL_ASK_VERBS, DOCUMENT_APPEAL_VERBS, SHOULD_THAT_VERBS, asked_to_rules, document_appeal_rules)

RULES = RULES + (asked_to_rules, document_appeal_rules)  # "asks the ministry to publish", "the resolution calls on"
TRIGGERS |= APPEAL_ASK_VERBS | DOCUMENT_APPEAL_VERBS | SHOULD_THAT_VERBS

# --- agreements beside the main one (kg/extract/facts/accords.py) ------------------------------------
from kg.extract.facts.accords import ACCORD_RULES, ACCORD_TRIGGERS  # noqa: E402

RULES = RULES + ACCORD_RULES  # "16 documents were signed", "another agreement declared ...", "an agreement reached in Geneva"
TRIGGERS |= ACCORD_TRIGGERS

# --- surrenders into custody (kg/extract/facts/surrenders.py) ------------------------------------
from kg.extract.facts.surrenders import SURRENDER_VERBS, surrender_rules  # noqa: E402

RULES = RULES + (surrender_rules,)  # "35 pirates surrendered to the Indian Navy": a Detention by the navy
TRIGGERS |= SURRENDER_VERBS

from kg.extract.facts.councils import COUNCIL_RULES, COUNCIL_TRIGGERS  # noqa: E402

RULES = RULES + COUNCIL_RULES  # "Russia vetoed a draft resolution", "the text received 13 votes in favour"
TRIGGERS |= COUNCIL_TRIGGERS

from kg.extract.facts.expulsions import LEAVE_TRIGGERS, envoys_named, leave_by_rules  # noqa: E402

RULES = RULES + (leave_by_rules,)  # "They have been asked to leave India by 19 October": the expulsion's deadline
TRIGGERS |= LEAVE_TRIGGERS

from kg.extract.facts.answers import ANSWER_VERBS, answer_rules  # noqa: E402

RULES = RULES + (answer_rules,)  # "5,561,937 voters, or 71.12 percent, answered yes": the referendum's result
TRIGGERS |= ANSWER_VERBS

from kg.extract.facts.ship_strikes import ship_strike_rules  # noqa: E402

RULES = RULES + (ship_strike_rules,)  # "a missile fired by the Houthis struck the ship": an attack on the vessel

# --- rule set 48, part b: rescues of people by others (kg/extract/facts/rescues.py) --------------
from kg.extract.facts.rescues import RESCUE_VERBS, rescue_rules  # noqa: E402

RULES = RULES + (rescue_rules,)  # "the navy rescued 12 crew members from the Selka", "were picked up by"
TRIGGERS |= RESCUE_VERBS

# --- rule set 48, part b: ceremonies told by where they are held or how a guest is received ---------
from kg.extract.facts.venues import (  # noqa: E402
    VENUE_CEREMONY_NOUNS, WELCOME_VERBS, act_in_ceremony_rules, held_ceremony_rules, welcome_ceremony_rules)

RULES = RULES + (held_ceremony_rules, welcome_ceremony_rules, act_in_ceremony_rules)  # "the funeral will be held in X", "received X with a ceremony"
TRIGGERS |= VENUE_CEREMONY_NOUNS | WELCOME_VERBS

# --- rule set 48, part b: an election the article's one state schedules (kg/extract/facts/polls.py) --
from kg.extract.facts.polls import scheduled_election_rules  # noqa: E402
from kg.extract.facts.politics import reported_winner_rules  # noqa: E402

RULES = RULES + (scheduled_election_rules,)  # "A general election is scheduled for 29 October"
RULES = RULES + (reported_winner_rules,)  # "the electoral authority declared X the winner", "says X won"
TRIGGERS |= {"winner", "victor", "win"}
TRIGGERS |= ELECTION_NOUNS

# --- rule set 48, part g: an attack's details told after it (kg/extract/facts/aftermath.py) ----------
from kg.extract.facts.aftermath import (  # noqa: E402
    HARMED, VICTIM_NOUNS, distance_places, harm_told_after_rules, victims_rules)

RULES = RULES + (harm_told_after_rules, victims_rules)  # "At least four others were injured"; "the dead were ..."
TRIGGERS |= set(HARMED) | set(VICTIM_NOUNS)

# --- rule set 48, part k: vessels held, rulings on extraditions, grids left ---------------------------
from kg.extract.facts.vessel_seizures import VESSEL_TRIGGERS, vessel_seizure_rules  # noqa: E402

RULES = RULES + (vessel_seizure_rules,)  # "Norway's navy detained the oil tanker Morwenna": a Seizure of the vessel
TRIGGERS |= VESSEL_TRIGGERS

from kg.extract.facts.extraditions import EXTRADITION_TRIGGERS, extradition_ruling_rules  # noqa: E402

RULES = RULES + (extradition_ruling_rules,)  # "the Court of Cassation approved the extradition of X to Germany"
TRIGGERS |= EXTRADITION_TRIGGERS

from kg.extract.facts.grids import GRID_TRIGGERS, disconnection_rules  # noqa: E402

RULES = RULES + (disconnection_rules,)  # "the three states disconnected from the BRELL ring": a Withdrawal
TRIGGERS |= GRID_TRIGGERS

# --- rule set 48, part m: sanctions ended or eased, agreements ratified (facts/easings.py, facts/ratifications.py)
from kg.extract.facts.easings import EASE_STATUS, eased_sanction_rules  # noqa: E402

RULES = RULES + (eased_sanction_rules,)  # "lifted the asset freeze on five Valdorian banks", "eased the restrictions"
TRIGGERS |= set(EASE_STATUS)

from kg.extract.facts.ratifications import ratification_rules  # noqa: E402

RULES = RULES + (ratification_rules,)  # "passed five bills ratifying agreements ... concluded with A, B and C"

from kg.extract.facts.contracts import CONTRACT_TRIGGERS, supply_contract_rules  # noqa: E402

RULES = RULES + (supply_contract_rules,)  # "signed a 15-year agreement with Y for the supply of 2 Mt a year of LNG"
TRIGGERS |= CONTRACT_TRIGGERS

from kg.extract.facts.caps import CAP_TRIGGERS, price_cap_rules  # noqa: E402

RULES = RULES + (price_cap_rules,)  # "lowering the price cap on Russian crude oil from $60 to $47.60 a barrel"
TRIGGERS |= CAP_TRIGGERS

from kg.extract.facts.revocations import REVOKE_TRIGGERS, revoked_measure_rules  # noqa: E402

RULES = RULES + (revoked_measure_rules,)  # "the president revoked the lawmakers' housing allowance"
TRIGGERS |= REVOKE_TRIGGERS

from kg.extract.facts.tolls import TOLL_TRIGGERS, arson_rules, protest_toll_rules  # noqa: E402

RULES = RULES + (protest_toll_rules, arson_rules)  # "protests in which six people have died", "set fire to the building"
TRIGGERS |= TOLL_TRIGGERS

# --- rule set 49, part d: an attack's toll in a clause on its noun (facts/attack_tolls.py) --------------------
from kg.extract.facts.attack_tolls import ATTACK_TOLL_TRIGGERS, attack_toll_rules  # noqa: E402

RULES = RULES + (attack_toll_rules,)  # "the attack at X on April 22, in which 26 people were killed and 17 injured"
TRIGGERS |= ATTACK_TOLL_TRIGGERS

# --- rule set 49, part d: a state's measures against another, as a release lists them (facts/reprisals.py)
from kg.extract.facts.reprisals import REPRISAL_RULES, REPRISAL_TRIGGERS  # noqa: E402

RULES = RULES + REPRISAL_RULES  # "are declared persona non grata", "will be closed", "held in abeyance"
TRIGGERS |= REPRISAL_TRIGGERS

# --- rule set 49, part d: support paused or resumed (facts/pauses.py) ---------------------------------
from kg.extract.facts.pauses import PAUSE_TRIGGERS, pause_rules  # noqa: E402

RULES = RULES + (pause_rules,)  # "stopped sharing intelligence with Ukraine", "resumed military aid to X"
TRIGGERS |= PAUSE_TRIGGERS

# --- rule set 49, part f: seats won in a chamber (kg/extract/facts/seats.py) -------------------------
from kg.extract.facts.seats import SEAT_NOUNS, seats_rules  # noqa: E402

RULES = RULES + (seats_rules,)  # "the alliance took 89 of the 230 seats in the Assembly": a Membership with seats
TRIGGERS |= SEAT_NOUNS

# --- rule set 49, part f: a warrant or an indictment that charges (kg/extract/facts/charging_papers.py) ----
from kg.extract.facts.charging_papers import CHARGE_VERBS, charging_paper_rules  # noqa: E402

RULES = RULES + (charging_paper_rules,)  # "The warrant, issued by the ICC on March 7, charges X with murder"
TRIGGERS |= CHARGE_VERBS

# --- rule set 49, part e: attacks told by their toll with no author named (facts/blasts.py)
from kg.extract.facts.blasts import BLAST_TRIGGERS, toll_attack_rules  # noqa: E402

RULES = RULES + (toll_attack_rules,)  # "A bomb blast killed 12 people at a market in Qarat on Saturday"
TRIGGERS |= BLAST_TRIGGERS

from kg.extract.facts.judges import JUDGE_ORDER_VERBS, judge_order_rules  # noqa: E402

RULES = RULES + (judge_order_rules,)  # "U.S. District Judge X barred the government from deporting anyone"
TRIGGERS |= JUDGE_ORDER_VERBS

from kg.extract.facts.deportations import DEPORTATION_TRIGGERS, fee_payment_rules, removal_rules  # noqa: E402

RULES = RULES + (removal_rules, fee_payment_rules)  # "flew 238 Venezuelan men to El Salvador"; "is paying $6 million"
TRIGGERS |= DEPORTATION_TRIGGERS

# --- rule set 49, part g: an amnesty for counted prisoners (facts/amnesties.py) ---------------------------
from kg.extract.facts.amnesties import AMNESTY_TRIGGERS, amnesty_rules  # noqa: E402

RULES = RULES + (amnesty_rules,)  # "the junta announced an amnesty for 5,864 prisoners": a pardon
TRIGGERS |= AMNESTY_TRIGGERS

# --- rule set 49, part h: investments committed to as a noun (facts/commitments.py)
from kg.extract.facts.commitments import COMMITMENT_TRIGGERS, committed_investment_rules  # noqa: E402

RULES = RULES + (committed_investment_rules,)  # "has committed to a $500 billion investment in the United States"
TRIGGERS |= COMMITMENT_TRIGGERS

# --- rule set 49, part k: a withdrawal announced by a formal notice (facts/notices.py) -----------------
from kg.extract.facts.notices import NOTICE_TRIGGERS, notice_withdrawal_rules  # noqa: E402

RULES = RULES + (notice_withdrawal_rules,)  # "gave formal notice to X that it is withdrawing from Y"
TRIGGERS |= NOTICE_TRIGGERS

# --- rule set 50, part d: bars from politics listed, court dissolutions, supplies told in quantities ----
from kg.extract.facts.disqualifications import among_barred_rules  # noqa: E402

RULES = RULES + (among_barred_rules,)  # "Among those barred are A and B": the bar told before, of A and B
from kg.extract.facts.dissolutions import DISSOLUTION_TRIGGERS, dissolution_rules  # noqa: E402

RULES = RULES + (dissolution_rules,)  # "the court ordered the dissolution of the X Party": a ruling against it
TRIGGERS |= DISSOLUTION_TRIGGERS
from kg.extract.facts.volumes import (  # noqa: E402
    VOLUME_TRIGGERS, carried_supply_rules, changed_volume_rules, delivery_term_rules)

# "the X pipeline, which would carry gas from A to B", "deliveries would run for 30 years",
# "agreed to raise deliveries through X from 38 billion to 44 billion cubic metres a year"
RULES = RULES + (carried_supply_rules, delivery_term_rules, changed_volume_rules)
TRIGGERS |= VOLUME_TRIGGERS

# --- rule set 50, part c: resignations told by a noun (facts/successions.py) -----------------------------
RULES = RULES + (resignation_noun_rules,)  # "following the resignation of X as Secretary of State for Transport"
TRIGGERS |= {"resignation"}

# --- rule set 51, part d: cyber operations one side blames on another (facts/cyber.py) -----------------
from kg.extract.facts.cyber import ACT_NOUNS, CYBER_NOUNS, cyber_blame_rules  # noqa: E402

RULES = RULES + (cyber_blame_rules,)  # "accused China of a cyber espionage campaign against the Foreign Ministry"
TRIGGERS |= ACT_NOUNS | CYBER_NOUNS

# --- rule set 51, part d: a state's visa-free regime and its period (facts/policies.py) ----------------
from kg.extract.facts.policies import (  # noqa: E402
    PERIOD_VERBS, REGIME_NOUNS, policy_period_rules, visa_policy_rules)

RULES = RULES + (visa_policy_rules, policy_period_rules)  # "decided to introduce a visa-free policy for ..."
TRIGGERS |= REGIME_NOUNS | PERIOD_VERBS
ONGOING.add("Policy")  # "has extended visa-free entry to ... since 2023": a regime that starts then

# --- rule set 51, part d: a state's budget as a sum, and its change (facts/budgets.py) -----------------
from kg.extract.facts.budgets import BUDGET_NOUNS, COMPARED, budget_change_rules, budget_rules  # noqa: E402

RULES = RULES + (budget_rules, budget_change_rules)  # "approved a defence budget of 9 trillion yen", "is 9 percent larger"
TRIGGERS |= BUDGET_NOUNS | set(COMPARED) | {"larger", "higher", "bigger", "greater", "smaller", "lower"}

# --- rule set 53, part d: a budget's approval or enactment, and its programme lines (facts/budgets.py) ---------
from kg.extract.facts.budgets import SUM_HEADS, budget_act_rules, budget_item_rules  # noqa: E402

RULES = RULES + (budget_act_rules, budget_item_rules)  # "the Cabinet approved a budget of N", "- N yen for X;"
TRIGGERS |= SUM_HEADS

# --- rule set 53, part d: a saying told as an accusation its target rejects (facts/disputed.py) -------------
from kg.extract.facts.disputed import CHARGE_NOUNS, REJECT_VERBS, rejected_charge_rules, told_charges  # noqa: E402

RULES = RULES + (told_charges,)  # "A told B that ..., an accusation C rejected"
TRIGGERS |= CHARGE_NOUNS | REJECT_VERBS

# --- rule set 53, part d: an official suspended by a government (facts/suspensions.py) ---------------------
from kg.extract.facts.suspensions import suspension_rules  # noqa: E402

RULES = RULES + (suspension_rules,)  # "The government had suspended X from his post"
TRIGGERS |= {"suspend"}

# --- rule set 53, part d: when a measure told before began (facts/sanction_starts.py) ----------------------
from kg.extract.facts.sanction_starts import IMPOSE_VERBS, first_imposed_rules  # noqa: E402

RULES = RULES + (first_imposed_rules,)  # "the embargo, which was first imposed in 1960"
TRIGGERS |= IMPOSE_VERBS

# --- rule set 53, part d: what a measure cost a state (facts/costs.py) -------------------------------------
from kg.extract.facts.costs import cost_rules  # noqa: E402

RULES = RULES + (cost_rules,)  # "Cuba says the embargo cost it about $7.5 billion between March 2024 and ..."
TRIGGERS |= {"cost"}

# --- rule set 51, part c: a state of emergency told in full (facts/emergencies.py) -----------------------
from kg.extract.facts.emergencies import EMERGENCY_TOLD_TRIGGERS, emergency_told_rules  # noqa: E402

RULES = RULES + (emergency_told_rules,)  # "The measure, approved by X on Tuesday, took effect at midnight ..."
TRIGGERS |= EMERGENCY_TOLD_TRIGGERS
from kg.extract.facts.refusals import REFUSAL_TRIGGERS, among_kept_out_rules, refused_entry_rules  # noqa: E402

# "refused visas to Israel's gymnastics team", "would not admit the delegation", "Among those kept out is A"
RULES = RULES + (refused_entry_rules, among_kept_out_rules)
TRIGGERS |= REFUSAL_TRIGGERS
from kg.extract.facts.dialogue_ends import DIALOGUE_TRIGGERS, dialogue_end_rules, lasts_until_rules  # noqa: E402

# "decided to end any form of dialogue with X about ...", "The freeze will stay in place until ..."
RULES = RULES + (dialogue_end_rules, lasts_until_rules)
TRIGGERS |= DIALOGUE_TRIGGERS

# --- rule set 51, part f: a story's background facts (facts/background.py, facts/counts.py) -----------------
from kg.extract.facts.background import BACKGROUND_RULES, BACKGROUND_TRIGGERS  # noqa: E402
from kg.extract.facts.counts import crime_count_rules  # noqa: E402

# "issued statements of solidarity with X", "an investigation by X", "charged five members", "shot dead during a protest"
RULES = RULES + BACKGROUND_RULES
TRIGGERS |= BACKGROUND_TRIGGERS
RULES = RULES + (crime_count_rules,)  # "Police recorded 575 homicides in the July-September quarter"

# --- rule set 52, part c: what a phrase beside a person tells of them (facts/apposed.py) -------------------
from kg.extract.facts.apposed import RULES as APPOSED_RULES, TRIGGERS as APPOSED_TRIGGERS  # noqa: E402

# "described the 58-year-old industrial engineer", "who has lived in hiding", "who had campaigned for the award"
RULES = RULES + APPOSED_RULES
TRIGGERS |= APPOSED_TRIGGERS

# --- rule set 52, part a: awards, rulings of bodies that are no courts, deadlines to comply -------------------
from kg.extract.facts.awards import (  # noqa: E402
    GIVE_VERBS as AWARD_GIVE_VERBS, HAND_VERBS, WIN_VERBS, WINNER_NOUNS, award_rules, presentation_rules, prize_value_rules)
from kg.extract.facts.panels import DECIDE_VERBS, LAUNCH_VERBS, body_ruling_rules, dispute_launch_rules, won_case_rules  # noqa: E402
from kg.extract.facts.compliance import COMPLY_VERBS, comply_window_rules, ultimatum_rules  # noqa: E402

# "awarded the prize to X", "X won the prize", "the prize went to X", "will be presented at a ceremony"
# "The prize, worth 11 million Swedish crowns, ..."
RULES = RULES + (award_rules, presentation_rules, prize_value_rules)
TRIGGERS |= AWARD_GIVE_VERBS | HAND_VERBS | WIN_VERBS | WINNER_NOUNS | {"go", "decorate", "worth"}
# "the arbitrators concluded that ...", "X won its appeal in the dispute with Y", "X launched a dispute against Y at the WTO"
RULES = RULES + (body_ruling_rules, won_case_rules, dispute_launch_rules)
TRIGGERS |= DECIDE_VERBS | LAUNCH_VERBS | {"request", "dispute", "win"}
# "Y has 90 days to comply with the ruling", "must withdraw ... within 30 days", "gave Y 48 hours to leave"
RULES = RULES + (comply_window_rules, ultimatum_rules)
TRIGGERS |= COMPLY_VERBS | {"give"}

# --- rule set 53, part b: talks over time (facts/negotiations.py) ------------------------------------------
from kg.extract.facts.negotiations import NEGOTIATION_TRIGGERS, negotiation_rules  # noqa: E402

RULES = RULES + (negotiation_rules,)  # "began talks on a minerals deal", "suspended talks with Israel on ..."
TRIGGERS |= NEGOTIATION_TRIGGERS

# --- rule set 53, part b: a second thing said, joined to the verb of saying (facts/reported_pairs.py) --------
from kg.extract.facts.reported_pairs import SECOND_CLAUSE_TRIGGERS, second_clause_rules  # noqa: E402

RULES = RULES + (second_clause_rules,)  # "said Iran had taken no steps, but that diplomacy should continue"
TRIGGERS |= SECOND_CLAUSE_TRIGGERS
