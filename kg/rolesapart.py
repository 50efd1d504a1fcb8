"""Roles of one fact that name different actors: who acts and whom or what the act is
done to, given, sold or taken from (a release by the one released, a seller buying from
itself, a state seizing a company from itself, a visitor hosting itself).

One table, :data:`ROLES_APART`, serves both checks: the claims reader refuses a claim
that names one actor in both roles of a pair (``_Reader.roles_apart`` in :mod:`kg.claims`),
and :func:`kg.domainshapes.roles_apart_shapes` derives the SHACL shapes (``sh:disjoint``)
that catch the same in facts whose roles come from several claims or from data that
reached the store some other way. A relation that runs both ways between two parties
(mutual defence, inspections each side makes of the other, spouses) is left out, and so
is a pair that may name one actor in a real case (a ruler promoting or appointing
himself, a holder succeeding himself).
"""

from __future__ import annotations

from typing import NamedTuple


class Pair(NamedTuple):
    """Two roles of one fact that never name the same actor, and the message that says so."""

    first: str
    second: str
    message: str


class RolesApart(NamedTuple):
    """The pairs of roles kept apart in the facts of ``classes`` (and their subclasses);
    ``name`` names the shape (gkgsh:<name>RolesApartShape) and ``label`` its rdfs:label."""

    name: str
    label: str
    classes: tuple[str, ...]
    pairs: tuple[Pair, ...]


ROLES_APART: tuple[RolesApart, ...] = (
    RolesApart("Release", "release", ("Release",), (
        Pair("releasedBy", "released", "Who set someone free (releasedBy) is not one of those freed (released): someone "
             "who walked free is released, with who held them as releasedBy where the text names it."),
        Pair("releasedTo", "released", "Whom the freed were handed to (releasedTo) is not one of those freed (released)."),
    )),
    RolesApart("Sale", "sale", ("Sale",), (
        Pair("seller", "buyer", "A seller is not its own buyer: a sale between two parties each way is two sales."),
    )),
    RolesApart("Ownership", "ownership", ("Ownership",), (
        Pair("owner", "owned", "An owner is not what it owns (owner and owned name different actors or assets)."),
    )),
    RolesApart("Control", "control", ("Control",), (
        Pair("controller", "controlled", "A controller is not what it controls (controller and controlled name "
             "different actors)."),
        Pair("transferredFrom", "controller", "Who handed control over (transferredFrom) is not who holds it after "
             "(controller)."),
    )),
    RolesApart("Membership", "membership", ("Membership",), (
        Pair("member", "memberOf", "A member is not the body it belongs to (member and memberOf name different actors)."),
    )),
    RolesApart("Lease", "lease", ("Lease",), (
        Pair("lessor", "lessee", "A lessor is not its own lessee."),
    )),
    RolesApart("Payment", "payment", ("Payment",), (
        Pair("payer", "payee", "A payer is not its own payee."),
    )),
    RolesApart("Loan", "loan", ("Loan", "Disbursement"), (
        Pair("lender", "borrower", "A lender is not its own borrower (a loan each way, such as a swap line drawn by "
             "both, is two loans)."),
    )),
    RolesApart("Founding", "founding", ("Founding",), (
        Pair("founder", "founded", "A founder is not what it founded."),
    )),
    RolesApart("Recruitment", "recruitment", ("Recruitment",), (
        Pair("recruiter", "recruited", "A recruiter is not one of those it recruited."),
    )),
    RolesApart("MedicalExamination", "medical examination", ("MedicalExamination",), (
        Pair("examinedBy", "examined", "Who examined (examinedBy) is not whom they examined (examined)."),
    )),
    RolesApart("TerritorialClaim", "territorial claim", ("TerritorialClaim",), (
        Pair("claimant", "claimedFrom", "A claimant does not claim a territory from itself (claimant and claimedFrom "
             "name different actors)."),
    )),
    RolesApart("TerritorialTransfer", "territorial transfer", ("TerritorialTransfer",), (
        Pair("transferredFrom", "transferredTo", "A territory is handed over from one state to another "
             "(transferredFrom and transferredTo name different states)."),
    )),
    RolesApart("Debt", "debt", ("Debt", "DebtRestructuring", "SovereignDefault"), (
        Pair("creditor", "debtor", "A creditor is not its own debtor."),
    )),
    RolesApart("Withdrawal", "withdrawal", ("Withdrawal",), (
        Pair("withdrawing", "withdrawnFrom", "Who leaves (withdrawing) is not the body it leaves (withdrawnFrom)."),
    )),
    RolesApart("Visit", "visit", ("Visit",), (
        Pair("visitor", "hostState", "A visitor does not visit itself: the state visited (hostState) is not the visitor."),
        Pair("visitor", "host", "A visitor is not its own host."),
        Pair("visitor", "receiver", "A visitor is not who received them (receiver)."),
    )),
    RolesApart("Greeting", "greeting", ("Greeting",), (
        Pair("greeter", "greeted", "Who greets (greeter) is not whom they greet (greeted)."),
    )),
    RolesApart("Grant", "grant", ("AccessGrant", "AsylumGrant"), (
        Pair("grantedBy", "grantedTo", "Who grants (grantedBy) is not whom it grants to (grantedTo)."),
    )),
    RolesApart("Award", "award", ("Award",), (
        Pair("awardedBy", "awardee", "Who gives an award (awardedBy) is not who receives it (awardee)."),
    )),
    RolesApart("Seizure", "seizure", ("Seizure",), (
        Pair("perpetrator", "seizedFrom", "Who seized (perpetrator) is not whom it was seized from (seizedFrom): a "
             "state that nationalises a company takes it from its former owner, named in seizedFrom."),
        Pair("seized", "seizedFrom", "What was seized (seized) is not whom it was seized from (seizedFrom)."),
        Pair("perpetrator", "seized", "Who seized (perpetrator) is not what it seized (seized)."),
    )),
    RolesApart("Gift", "gift or handover", ("Gift", "Handover"), (
        Pair("giver", "recipient", "A giver is not its own recipient (giver and recipient name different actors)."),
    )),
    RolesApart("Supply", "supply", ("Supply",), (
        Pair("supplier", "recipient", "A supplier is not its own recipient (supplier and recipient name different "
             "actors)."),
    )),
    RolesApart("Trade", "trade", ("Supply", "TradeReport"), (
        Pair("exporter", "importer", "An exporter is not its own importer."),
    )),
    RolesApart("Investment", "investment", ("Investment",), (
        Pair("investor", "investedIn", "An investor is not what it invests in (investor and investedIn)."),
    )),
    RolesApart("Recognition", "recognition", ("Recognition",), (
        Pair("recogniser", "recognised", "Who recognises (recogniser) is not whom it recognises (recognised)."),
    )),
    RolesApart("Mission", "diplomatic mission", ("MissionOpening", "MissionClosure", "ProtectingPower"), (
        Pair("sendingState", "receivingState", "The sending state of a mission is not its receiving state."),
    )),
    RolesApart("ProtectingPower", "protecting power", ("ProtectingPower",), (
        Pair("protectingState", "sendingState", "A protecting power (protectingState) is a third state, not the one "
             "whose interests it represents (sendingState)."),
        Pair("protectingState", "receivingState", "A protecting power (protectingState) is a third state, not the one "
             "where it represents them (receivingState)."),
    )),
    RolesApart("EnvoyRecall", "envoy recall", ("EnvoyRecall",), (
        Pair("recalled", "recalledFrom", "The envoy recalled (recalled) is not the state it is recalled from "
             "(recalledFrom)."),
    )),
    RolesApart("Licence", "licence", ("ExportLicence", "OperatingLicence"), (
        Pair("issuedBy", "licensee", "Who issues a licence (issuedBy) is not who holds it (licensee)."),
    )),
    RolesApart("Outcome", "winner and loser", ("Election", "Vote", "Competition", "ArmedConflict"), (
        Pair("winner", "loser", "A winner is not also a loser of the same contest."),
    )),
    RolesApart("Replacement", "replacement", ("Replacement",), (
        Pair("replacement", "replaced", "What replaces (replacement) is not what it replaces (replaced)."),
    )),
    RolesApart("Affiliation", "affiliation", ("Affiliation",), (
        Pair("affiliate", "affiliatedWith", "An affiliate is not what it is affiliated with."),
    )),
    RolesApart("Component", "component", ("Component",), (
        Pair("whole", "component", "A whole is not its own component."),
    )),
    RolesApart("BodyOf", "body of", ("BodyOf",), (
        Pair("body", "parentBody", "A body is not its own parent body."),
    )),
    RolesApart("FamilyTie", "family tie", ("FamilyTie",), (
        Pair("parent", "child", "A parent is not their own child."),
        Pair("relative", "relativeOf", "A relative is not their own relative (relative and relativeOf name different "
             "people)."),
    )),
)


def pairs_for(is_a, ftype: str) -> list[Pair]:
    """The pairs of roles kept apart in a fact of class ``ftype``; ``is_a(ftype, c)``
    says whether the class is ``c`` or a subclass of it."""
    return [p for group in ROLES_APART if any(is_a(ftype, c) for c in group.classes) for p in group.pairs]
