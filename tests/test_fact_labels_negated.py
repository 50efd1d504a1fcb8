"""How a table names a fact and how ``kg extract`` states its size limits:

1. actors the sources say held no part in a fact (a gkg:NegatedRole: invited and stayed
   away) are named under the negated role ("not present: Drava"), never among its
   parties, while its party and its attendee keep their places;
2. ``kg extract --help`` states both of its size limits;
3. an agreement's stage that its claims only plan reads "renewed (planned) in 2027", not
   as reached, and a stage dated by its year alone reads "in", not "on".

Read back from an invented corpus (``tests/data/label-absent-guests``) built once by the
real ``kg build``, through the real CLI.
"""

from __future__ import annotations

import re

from conftest import ROOT, built_corpus, built_once_per_module, kg_cli

CASE = ROOT / "tests" / "data" / "label-absent-guests"

case = built_once_per_module(CASE, build=built_corpus)


def test_absent_invitees_are_named_under_the_negated_role_not_as_parties(case):
    table = kg_cli("query", "statements", "-p", "speaker=anna-berg", "--store", case, "-F", "expanded", check=0).stdout
    about = re.findall(r"^about +(.*)$", table, re.M)
    # The look-alikes: the party and the attendee keep their places.
    assert about == ["ceremony (Tomas Rell; present: Ilka Moor; not present: Corvan, Drava; 2026-03-09)"], table


def test_kg_extract_help_states_both_size_limits():
    from kg.corpus import MAX_TEXT_BYTES
    from kg.extract.drafts import MAX_DRAFT_LENGTH

    # (tests/test_ux19.py: a refused file is told the one limit that refused it.)
    helptext = " ".join(kg_cli("extract", "--help", check=0).stdout.split())
    assert f"{MAX_TEXT_BYTES:,} bytes" in helptext and f"{MAX_DRAFT_LENGTH:,} code points" in helptext, helptext


def test_a_stage_only_planned_reads_as_planned_and_a_year_reads_in_it(case):
    table = kg_cli("query", "agreements", "-p", "state=velmar", "--store", case, "-F", "expanded", check=0).stdout
    # The look-alike: the ratification that a claim asserts reads as done.
    assert re.findall(r"^status +(.*)$", table, re.M) == ["ratified in 2025, renewed (planned) in 2027, signed"], table
