"""The ontology: every term labelled and defined, version and licence metadata, and
mappings to outside vocabularies by annotation."""

import rdflib
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.ontology import vocabulary

from conftest import ROOT

GKG = rdflib.Namespace("https://w3id.org/geopolitics-kg/ontology#")


def _graph():
    return rdflib.Graph().parse(ROOT / "ontology" / "geopolitics.ttl")


def test_every_term_has_a_label_and_a_definition():
    g = _graph()
    terms = {s for s in g.subjects() if isinstance(s, rdflib.URIRef) and str(s).startswith(str(GKG))}
    assert len(terms) > 100
    for t in terms:
        assert g.value(t, RDFS.label) is not None, t
        assert g.value(t, SKOS.definition) is not None, t


def test_version_and_licence():
    g = _graph()
    onto = next(g.subjects(RDF.type, OWL.Ontology))
    assert g.value(onto, OWL.versionInfo) and g.value(onto, OWL.versionIRI)
    assert g.value(onto, DCTERMS.license)


def test_required_classes_and_mappings():
    v = vocabulary()
    for cls in ["Visit", "Meeting", "ArmsTransfer", "Gift", "TradeReport", "StatementOfSupport", "Accusation",
                "LegalAction", "Agreement", "Sanction", "PositionHeld"]:
        assert cls in v.fact_types
    for cls in ["State", "Person", "Government", "OppositionGovernment", "InternationalOrganisation", "Court",
                "StateCompany", "City"]:
        assert cls in v.entity_types
    g = _graph()
    assert str(g.value(GKG.Sanction, GKG.ftmSchema)) == "Sanction"
    assert str(g.value(GKG.Visit, GKG.ploverEventType)) == "CONSULT"
    assert (GKG.PositionHeld, SKOS.closeMatch, rdflib.URIRef("http://www.wikidata.org/entity/P39")) in g


def test_claim_keys_know_their_values():
    keys = vocabulary().keys
    assert keys["holder"].kind == "entity" and keys["holder"].range == "Organisation|Person|State|UnnamedActors"  # a rank may be held by unnamed people, a rotating presidency by a state
    assert keys["status"].kind == "controlled"
    assert keys["date"].kind == "date"
    assert keys["quantity"].kind == "integer"
    assert keys["changePercent"].kind == "decimal"


def test_role_properties_are_at_most_two_steps_below_involves():
    """The 'facts' query finds roles one or two rdfs:subPropertyOf steps below
    gkg:involves (a '+' path misleads Virtuoso): no role may sit deeper."""
    g = _graph()
    involves = GKG.involves

    def depth(p, seen=()):
        parents = list(g.objects(p, RDFS.subPropertyOf))
        return 0 if p == involves else min((1 + depth(q, (*seen, p)) for q in parents if q not in seen), default=99)

    roles = {p for p in g.subjects(RDFS.subPropertyOf, None) if depth(p) < 99}
    assert len(roles) >= 30
    assert max(depth(p) for p in roles) <= 2


#: The CAMEO codes the ontology uses, with their names in the CAMEO codebook (Event and
#: Actor Codebook 1.1b3, 2012; the same numbers as the 0.7b5 code list): a code added to
#: the ontology must be looked up there and added here.
CAMEO = {
    "012": "make pessimistic comment", "020": "make an appeal or request", "0233": "appeal for humanitarian aid", "026": "appeal to others to meet or negotiate",
    "03": "express intent to cooperate", "036": "express intent to meet or negotiate", "040": "consult", "042": "make a visit", "045": "engage in mediation", "046": "engage in negotiation",
    "050": "engage in diplomatic cooperation", "051": "praise or endorse", "053": "rally support on behalf of",
    "057": "sign formal agreement", "060": "engage in material cooperation", "061": "cooperate economically",
    "01": "make public statement", "010": "make statement, not specified below", "018": "make empathetic comment", "07": "provide aid", "08": "yield", "10": "demand", "070": "provide aid", "071": "provide economic aid", "072": "provide military aid", "075": "grant asylum", "0814": "ease state of emergency or martial law",
    "0831": "accede to demands for change in leadership",
    "054": "grant diplomatic recognition", "055": "apologize", "083": "accede to requests or demands for political reform",
    "085": "ease economic sanctions, boycott, embargo",
    "086": "allow international involvement (non-mediation)", "0862": "receive inspectors", "0873": "demobilize armed forces",
    "0841": "return, release person(s)", "091": "investigate crime, corruption", "11": "disapprove",
    "110": "disapprove, not specified below", "111": "criticize or denounce",
    "112": "accuse", "1121": "accuse of crime, corruption", "1125": "accuse of espionage, treason", "114": "complain officially", "115": "bring lawsuit against",
    "116": "find guilty or liable (legally)", "12": "reject", "120": "reject", "129": "veto",
    "1231": "reject request for change in leadership", "13": "threaten", "14": "protest",
    "144": "obstruct passage, block", "145": "protest violently, riot",
    "15": "exhibit military posture", "150": "demonstrate military or police power",
    "154": "mobilize or increase armed forces", "160": "reduce relations", "161": "reduce or break diplomatic relations",
    "163": "impose embargo, boycott, or sanctions", "166": "expel or withdraw", "170": "coerce",
    "171": "seize or damage property",
    "172": "impose administrative sanctions", "1721": "impose restrictions on political freedoms",
    "1722": "ban political parties or politicians", "1723": "impose curfew", "173": "arrest, detain, or charge with legal action",
    "174": "expel or deport individuals", "175": "use tactics of violent repression",
    "1724": "impose state of emergency or martial law", "180": "use unconventional violence", "181": "abduct, hijack, or take hostage",
    "190": "use conventional military force", "202": "engage in mass killings",
}


def test_cameo_codes_are_codes_of_the_codebook_and_definitions_quote_their_names():
    """Every gkg:cameoCode is a code of the CAMEO codebook; where a definition names a
    CAMEO code with words ("CAMEO 154 'mobilize or increase armed forces'", "under 15
    'exhibit military posture'"), the words are that code's name."""
    import re

    g = _graph()
    used = {str(o) for o in g.objects(None, GKG.cameoCode)}
    assert used and used <= set(CAMEO), sorted(used - set(CAMEO))
    quoted = 0
    for term, text in g.subject_objects(SKOS.definition):
        for code, name in re.findall(r"(?:CAMEO|under) (\d{2,4}) '([^']+)'", str(text)):
            assert CAMEO.get(code) == name, (term, code, name)
            quoted += 1
    assert quoted >= 8
    # The martial law and exercise mappings, as the codebook has them.
    assert str(g.value(GKG.EmergencyRule, GKG.cameoCode)) == "1724"
    assert str(g.value(GKG.MilitaryExercise, GKG.cameoCode)) == "150"
    assert str(g.value(GKG.Deployment, GKG.cameoCode)) == "154"


def test_an_obstruction_is_filed_where_the_codebooks_file_blocking():
    """Physically blocking or resisting an act is CAMEO 144 'obstruct passage, block', a
    kind of protest (14), which PLOVER files under PROTEST; REJECT is a refusal in words."""
    g = _graph()
    assert str(g.value(GKG.Obstruction, GKG.ploverEventType)) == "PROTEST"
    assert "CAMEO 144" in str(g.value(GKG.Obstruction, SKOS.definition))
