"""SHACL shapes derived from the ontology: a claim's one modality, with a message
listing the modalities the ontology defines, the roles of one fact that name different
actors (from the table of :mod:`kg.rolesapart`, which the claims reader checks too), and
one per claim key with an ``rdfs:domain``,
requiring every node that uses the key to be an instance of (one of) its domain
classes. The claims reader refuses such a key when it reads a file; these shapes catch
the same in data that reached the store some other way (a hand-written Turtle file, a
push from elsewhere).

RDFS would infer the domain class rather than reject the triple; the shapes read the
ontology's domains as constraints instead, in the manner of SHACL shapes generated
from OWL (closed-world reading).

The shapes live in ``shapes/geopolitics-shapes.ttl`` between two marker lines, so
that ``kg validate`` and ``kg push --with-shapes`` use them with no extra file;
``python -m kg.domainshapes`` rewrites that section after the ontology changes, and a
test fails while it is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.ontology import ONTOLOGY_FILE, Vocabulary, vocabulary

BEGIN = "# BEGIN shapes derived from the ontology's rdfs:domain (python -m kg.domainshapes)\n"
END = "# END shapes derived from the ontology's rdfs:domain\n"
SHAPES = Path(__file__).resolve().parent.parent / "shapes" / "geopolitics-shapes.ttl"


def modality_shape(vocab: Vocabulary) -> str:
    """Turtle for the node shape that gives every ``gkg:Claim`` exactly one
    ``gkg:modality`` of class ``gkg:Modality``, its message naming the modalities the
    ontology defines (their rdfs:label, in the ontology's order), so that a modality
    added to the ontology shows in the message without a hand edit."""
    names = list(dict.fromkeys(vocab.labels[iri] for iri in vocab.controlled["Modality"].values()))
    listed = ", ".join(names[:-1]) + " or " + names[-1]
    return ("gkgsh:ClaimModality a sh:NodeShape ;\n"
            "    sh:targetClass gkg:Claim ;\n"
            '    rdfs:label "modality of a claim" ;\n'
            "    sh:property [\n"
            "        sh:path gkg:modality ;\n"
            "        sh:minCount 1 ;\n"
            "        sh:maxCount 1 ;\n"
            "        sh:class gkg:Modality ;\n"
            f'        sh:message "A claim has one modality: {listed}." ;\n'
            "    ] .\n")


def status_shapes(vocab: Vocabulary) -> list[str]:
    """Turtle for one node shape per status the ontology ties to classes of fact
    (gkg:statusFor), in IRI order: a fact with that gkg:status is an instance of one
    of them, as the claims reader requires."""
    out = []
    for status in sorted(vocab.status_for):
        name = status.rsplit("#", 1)[-1]
        classes = sorted(vocab.status_for[status])
        fits = " ".join(f"[ sh:class gkg:{c} ]" for c in classes)
        out.append(
            f"gkgsh:StatusFor_{name} a sh:NodeShape ;\n"
            f"    sh:targetSubjectsOf gkg:status ;\n"
            f'    rdfs:label "classes the status {vocab.labels.get(status, name)} fits" ;\n'
            f"    sh:or ( [ sh:not [ sh:property [ sh:path gkg:status ; sh:hasValue gkg:{name} ] ] ] {fits} ) ;\n"
            f'    sh:message "The status {vocab.labels.get(status, name)} is said of {" or ".join(classes)} facts only '
            f'(gkg:statusFor)." .\n'
        )
    return out


def roles_apart_shapes() -> list[str]:
    """Turtle for one node shape per group of :data:`kg.rolesapart.ROLES_APART`: each
    pair of roles kept apart is an ``sh:disjoint`` property constraint with the table's
    message, so that the shapes and the claims reader refuse the same facts."""
    from kg.rolesapart import ROLES_APART

    out = []
    for group in ROLES_APART:
        props = " , ".join(
            f"[\n        sh:path gkg:{p.first} ; sh:disjoint gkg:{p.second} ;\n"
            f"        sh:message \"{p.message}\" ;\n    ]" for p in group.pairs)
        out.append(
            f"gkgsh:{group.name}RolesApartShape a sh:NodeShape ;\n"
            f"    sh:targetClass {' , '.join('gkg:' + c for c in group.classes)} ;\n"
            f'    rdfs:label "{group.label}: roles apart" ;\n'
            f"    sh:property {props} .\n")
    return out


def domain_shapes(vocab: Vocabulary) -> str:
    """Turtle for the claim modality shape (:func:`modality_shape`), the shapes of
    statuses tied to classes (:func:`status_shapes`), the roles kept apart
    (:func:`roles_apart_shapes`), then one node
    shape per claim key whose domain is narrower than ``gkg:Fact``, in key order
    (prefixes gkg:, gkgsh:, sh:, rdfs: as declared in the shapes file)."""
    out = [modality_shape(vocab), *status_shapes(vocab), *roles_apart_shapes()]
    for key in sorted(vocab.keys.values(), key=lambda k: k.name):
        if not key.domain or key.domain == {"Fact"}:
            continue
        classes = sorted(key.domain)
        if len(classes) == 1:
            constraint = f"sh:class gkg:{classes[0]}"
        else:
            constraint = "sh:or ( " + " ".join(f"[ sh:class gkg:{c} ]" for c in classes) + " )"
        names = " or ".join(classes)
        out.append(
            f"gkgsh:Domain_{key.name} a sh:NodeShape ;\n"
            f"    sh:targetSubjectsOf gkg:{key.name} ;\n"
            f'    rdfs:label "domain of {key.name}" ;\n'
            f"    {constraint} ;\n"
            f'    sh:message "The key {key.name} applies to {names} facts only (its rdfs:domain)." .\n'
        )
    return "\n".join(out)


def section(text: str) -> str:
    """The derived part of a shapes file's text (between the markers), or ''."""
    if BEGIN not in text or END not in text:
        return ""
    return text.split(BEGIN, 1)[1].split(END, 1)[0]


def rewrite(shapes: Path = SHAPES, ontology: Path = ONTOLOGY_FILE) -> bool:
    """Bring the derived section of ``shapes`` up to date with ``ontology``, adding it
    at the end if missing; True if the file changed."""
    text = shapes.read_text(encoding="utf-8")
    fresh = domain_shapes(vocabulary(ontology))
    if section(text) == fresh:
        return False
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
    else:
        head, tail = text.rstrip("\n") + "\n\n", ""
    shapes.write_text(head + BEGIN + fresh + END + tail, encoding="utf-8")
    return True


if __name__ == "__main__":
    changed = rewrite()
    print(f"{SHAPES}: {'rewritten' if changed else 'up to date'}")
    sys.exit(0)
