"""Real public documents from ../shared/corpus (skipped when that folder is absent)."""

from __future__ import annotations

import pytest
from conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")


def test_mobility_decisions_are_other_and_not_faulted(corpus_report):
    report = corpus_report("19_Wassenaar_Besluitteksten_Ruimte_Duurzaamheid_Mobiliteit_2019-2025.txt")
    assert report.domain.id == "other"
    assert all(m.status == "not_applicable" for m in report.measures)
    assert not report.assertions()


def test_inspiratiegids_is_not_gender_blind_and_names_stereotypes_critically(corpus_report):
    report = corpus_report("VerweyJonker_2024_Inspiratiegids_gendersensitief_handelen.txt")
    assert not report.gender_blind and report.mentions.per_1000_words > 20
    assert any(f.stance == "critical" for f in report.findings)
    assert any(f.stance == "quoted" for f in report.findings)  # 'vrouwensectoren' in single quotes


def test_docx_template_reads(corpus_report):
    report = corpus_report("10_Wassenaar_Collegevoorstel_sjabloon.docx")
    assert report.document["format"] == "docx" and report.document["passages"] > 5
    # its only assumption is the generic 'hij' for the reader of a proposal
    assert [(f.rule_id, "lezer" in f.sentence) for f in report.assertions()] == [("GM005", True)]


@pytest.mark.slow
def test_long_budget_pdf(corpus_report):
    report = corpus_report("02_Wassenaar_Programmabegroting_2025.pdf")
    assert report.document["pages"] == 137
    assert report.document["words"] > 30000


def test_the_guide_recommends_and_commits_to_nothing(corpus_report):
    report = corpus_report("VerweyJonker_2024_Inspiratiegids_gendersensitief_handelen.txt")
    assert report.document["advisory"] is True
    assert not [m.id for m in report.measures if m.status == "present"]
    kinds = {e.kind for m in report.measures for e in m.evidence}
    assert "recommendation" in kinds and "commitment" not in kinds


def test_the_guide_is_no_document_over_other_policy_for_its_subtitle_and_references(corpus_report):
    """An expert read: its subtitle line and its references, colophon and ISBN lines are the only text outside
    its social sections, so the report names its domain as recognised, not as "the social part of a document on
    several policy areas", and does not send the adviser to its references for what the policy means."""
    from genderscan.report import FORMATTERS

    report = corpus_report("VerweyJonker_2024_Inspiratiegids_gendersensitief_handelen.txt")
    md = FORMATTERS["md"].render(report.to_dict())
    assert "ander beleid" not in md and "meer beleidsterreinen" not in md
    assert "Bronnen (" not in md


def test_participatiewet_spouses_pronouns_and_commitments(corpus_report):
    report = corpus_report("13_Participatiewet_BWBR0015703_2017.txt")
    # echtgenoot/echtgenoten names either spouse: no gender mention (it gave 48 of 49)
    assert not any(t.startswith("echtgeno") for t in report.mentions.terms) and report.mentions.gender_mentions < 5
    # "naar zijn oordeel" refers to the college or the SVB, not to a person
    assert not [f for f in report.findings if f.category == "generiek_mannelijk" and "naar zijn oordeel" in f.sentence]
    status = {m.id: m.status for m in report.measures}
    assert status["nuggers"] == "present"  # art. 7: the college supports niet-uitkeringsgerechtigden
    # art. 8(2)(a): the bylaw sets the conditions of support "rekening houdend met … de zorgtaken" (the
    # Wet arbeid en zorg, named in a set-off list, is no evidence); art. 9(3): with married couples the
    # obligations apply "voor ieder van hen"
    assert status["werk_zorg_combinatie"] == status["individuele_benadering"] == "present"
    evidence = {m.id: m.evidence[0] for m in report.measures if m.evidence}
    assert (
        "zorgtaken" in evidence["werk_zorg_combinatie"].text
        and "Wet arbeid" not in evidence["werk_zorg_combinatie"].text
    )
    assert "voor ieder van hen" in evidence["individuele_benadering"].text
    # art. 9(4) makes the work obligation of a single parent wait for childcare; it arranges none
    assert status["kinderopvang"] == "missing"
