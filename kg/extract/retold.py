"""One event told again with fewer of its participants named (corpus/CLAIMS.md, "What
counts as one fact": one event reported in several sentences is one fact).

The engine merges the claims of one kind whose fact ids are equal but for the date
(:func:`kg.extract.engine._share_dates`). A sentence that tells the event again often
names fewer of its participants, or names them by their states: "The group on Tuesday
released X ... X was freed on humanitarian grounds" (no captor the second time), "Envoy
A met Foreign Minister B on Monday ... the two sides discussed trade" (the two men's
states). Their ids differ, so that merge misses them; this
pass joins them to the one dated fact whose participants cover theirs."""

from __future__ import annotations

#: Kinds of event an article most often tells once and then again in part: a meeting, a
#: visit, an attack, a referendum, a captive's release. Not a post held (its id names the post,
#: so one holder's two posts share participants) nor a death (its id is the dead alone).
#: Nor a chamber's vote: a body votes on a text and on its amendment in one article.
RETOLD_KINDS = {"Visit", "Meeting", "Invasion", "SeizureOfPower", "ArmedConflict", "Attack", "DiplomaticExpulsion",
                "Summons", "Referendum", "Election", "Release"}
#: Kinds whose participants all hold one role, told by their people or their states alike
#: ("A met B", "the two sides discussed"); in the others a role's state may be
#: another role's party ("Peru expelled four Chilean diplomats", "Chile expelled Peruvian ones").
SYMMETRIC = {"Meeting"}
#: Roles a retelling may add that the first telling left unnamed: "X was released on
#: Monday ... He was handed over in Kabul to Y" tells the release again, with to whom
#: and where (a role the dated fact names already must agree, as any other).
ADDED_ROLES = {"Release": ("releasedTo", "place")}


def _covers(theirs: dict, own: dict, state_of: dict, by_state: bool) -> bool:
    """Whether each role of ``own`` (role -> entity ids) names only entities ``theirs``
    names in that role, or, ``by_state``, the states of those."""
    return all(ids <= theirs.get(role, set()) or by_state and ids <= theirs.get(role, set()) | {
        state_of.get(t) for t in theirs.get(role, set())} for role, ids in own.items())


def join_retold(built: list, participants, state_of: dict, published=None) -> None:
    """Give an undated claim of a kind of :data:`RETOLD_KINDS` the id of the one dated
    fact of its kind and polarity whose participants cover its own: each role names only
    entities that fact names in the role, or, for a kind of :data:`SYMMETRIC`, their
    states (``state_of``); a role of :data:`ADDED_ROLES` that fact leaves unnamed may be
    named.
    Covered by two dated facts, or by none, it stays as it is. As in the engine's merge of
    one fact told dated and undated, the dated fact must be told before it or dated
    within ten days of ``published`` (the article's news, told undated first). A role
    named by its states takes that fact's participants, with a note for the reviewer.

    ``built``: (claim dict, entities used) pairs in text order, changed in place;
    ``participants(claim, used)``: role -> the set of entity ids a claim names in it;
    ``state_of``: entity id -> the id of its state (a person's, a government's);
    ``published``: a date or None."""
    from kg.extract.engine import _near, _when  # (the engine imports this module)

    dated: dict[str, list[tuple[int, str, set[str]]]] = {}
    for n, (claim, used) in enumerate(built):
        if claim["type"] in RETOLD_KINDS and _when(claim):
            dated.setdefault((claim["type"], claim.get("polarity")), []).append((n, claim["fact"], participants(claim, used)))
    for n, (claim, used) in enumerate(built):
        if claim["type"] not in RETOLD_KINDS or _when(claim) or claim.get("modality") == "planned":
            continue
        own = participants(claim, used)
        if not own:
            continue
        told = dated.get((claim["type"], claim.get("polarity")), [])
        facts = {fact: (m, theirs) for m, fact, theirs in told}
        if any(f == claim["fact"] or f == f"{claim['fact']}-{_when(built[m][0])}" for f, (m, _) in facts.items()):
            continue  # the same participants, dated elsewhere: the engine's own merge
        added = ADDED_ROLES.get(claim["type"], ())
        covering = {fact for fact, (m, theirs) in facts.items() if own != theirs and (core := {
            role: ids for role, ids in own.items() if role not in added or theirs.get(role)}) and
            _covers(theirs, core, state_of, claim["type"] in SYMMETRIC)}
        if len(covering) != 1:
            continue
        fact = next(iter(covering))
        first = min(m for m, f, _ in told if f == fact)
        day = _when(built[first][0])
        if not (first < n or _near(day, published)):
            continue
        claim["fact"] = fact
        other, known = built[first]
        theirs = facts[fact][1]
        for role, ids in own.items():
            if ids <= theirs.get(role, set()) or role in added and not theirs.get(role):
                continue  # a role told as that fact tells it, or one this telling adds
            # named by their states ("the two sides"): the fact's own participants, as told before
            claim[role] = other[role]
            used.extend(e for e in known if e.id in theirs[role] and e not in used)
            claim.setdefault("_resolved", {})[role] = (
                f"read as {', '.join(sorted(theirs[role]))}, of the {claim['type'].lower()} told before "
                f"(here named by their states, {', '.join(sorted(ids))})")
