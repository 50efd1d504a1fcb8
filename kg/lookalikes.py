"""Facts that look like one fact under two ids: the same type, the same participants
and the same date, as when two analysts each mint an id for one meeting. The build
warns of them (it does not refuse: two meetings of the same people on one day can be
real), naming both ids so that an analyst can merge them by giving the claims one id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.claims import ClaimsFile


@dataclass
class _Seen:
    type: str
    participants: set[str] = field(default_factory=set)  # entity IRIs in the fact's roles
    dates: set[str] = field(default_factory=set)  # lexical date values
    where: str = ""  # "article claim" of the first claim


@dataclass
class Lookalikes:
    """Collects the facts of claims files as they are read (:meth:`add`), then lists
    the pairs of fact ids that share type, participants and date (:meth:`warnings`)."""

    facts: dict[str, _Seen] = field(default_factory=dict)

    def add(self, cf: ClaimsFile) -> None:
        for c in cf.claims:
            seen = self.facts.setdefault(c.fact, _Seen(c.type, where=f"{cf.article.id} claim {c.id!r}"))
            for key, value in c.values:
                if key.kind == "entity":
                    seen.participants.add(value.value)
                elif key.kind == "date" and key.name in ("date", "startDate"):
                    seen.dates.add(value.value)

    def warnings(self) -> list[str]:
        """One sentence per pair of likely duplicates, in fact id order; facts without
        participants or without a date are never compared."""
        groups: dict[tuple, list[str]] = {}
        for fid in sorted(self.facts):
            s = self.facts[fid]
            if s.participants and s.dates:
                groups.setdefault((s.type, frozenset(s.participants), frozenset(s.dates)), []).append(fid)
        out = []
        for (ftype, _, dates), ids in sorted(groups.items(), key=lambda kv: kv[1]):
            for other in ids[1:]:
                out.append(
                    f"facts {ids[0]!r} ({self.facts[ids[0]].where}) and {other!r} ({self.facts[other].where}) "
                    f"look like one {ftype}: same participants, same date {', '.join(sorted(dates))}; "
                    f"if they are, give their claims one fact id"
                )
        return out


def lookalike_warnings(files: Iterable[ClaimsFile]) -> list[str]:
    """The warnings of :class:`Lookalikes` for ``files``, all read."""
    found = Lookalikes()
    for cf in files:
        found.add(cf)
    return found.warnings()
