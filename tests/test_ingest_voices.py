"""`chronicle ingest`: the principal actor of bodies and persons named the way a UN summary, a royal
court or a ministry's spokesman names them, on states the fixture registry does not know.

Short texts of our own (real states the fixture registry lacks, invented persons), never sentences
from an evaluation set; one test per construction.
"""

from __future__ import annotations

from collections.abc import Callable

import test_ingest
from test_ingest import _summary

project, ingest, invented = test_ingest.project, test_ingest.ingest, test_ingest.invented

Drafts = Callable[[str], list[dict]]


def test_a_un_organ_named_alone_in_a_report_on_the_un_is_the_uns(invented: Drafts) -> None:
    """'The Security Council adopted resolution 2800': in a report on the UN, the UN Security Council
    (the registry's), not a new 'Security Council'."""
    drafts = invented("The Security Council on Friday adopted resolution 2800, demanding that Malawi and "
                      "Zambia cease hostilities.")
    assert _summary(drafts) == [("2024-06-07", "demand", "un-security-council")]


def test_a_un_organ_named_in_full_keeps_every_word(invented: Drafts) -> None:
    """'The United Nations General Assembly voted …': the whole name, not 'Nations General Assembly'."""
    drafts = invented("The United Nations General Assembly voted on Friday to demand a ceasefire in Malawi.")
    assert _summary(drafts) == [("2024-06-07", "demand", "united-nations-general-assembly")]


def test_a_monarch_named_with_his_majesty_is_the_monarch(invented: Drafts) -> None:
    """'His Majesty King Mswati III held a call …': the king by his name and number, not 'Majesty'."""
    drafts = invented("His Majesty King Mswati III held a phone call with Malawian President Joseph Banda "
                      "on Friday.")
    assert [(d["date"], d["type"], d["actors"]) for d in drafts] == [
        ("2024-06-07", "phone-call", ["mswati-iii", "joseph-banda"])]
    assert drafts[0]["title"].startswith("Mswati III ")


def test_a_toll_a_minister_gives_is_his_ministrys(invented: Drafts) -> None:
    """'Health Minister X said 40 were wounded' after 'Malawi's Health Ministry said …': the ministry's
    count, not the minister's own act."""
    drafts = invented("Malawi's Health Ministry said on Friday that the shelling had killed 12 people. "
                      "Health Minister Joseph Banda said 40 people had been wounded.")
    assert {d["actors"][0] for d in drafts} == {"malawian-health-ministry"}


def test_a_toll_a_spokesman_gives_is_his_bodys(invented: Drafts) -> None:
    """'Ministry spokesman X told reporters that 30 people had been killed': the ministry named before."""
    drafts = invented("The Malawian health ministry said on Friday that the blast had damaged a hospital. "
                      "Ministry spokesman Joseph Banda told reporters on Friday that 30 people had died.")
    assert ("2024-06-07", "casualties", "malawian-health-ministry") in _summary(drafts)
    assert all(d["actors"][0] != "joseph-banda" for d in drafts)


def test_a_body_named_after_a_place_that_is_no_state_is_that_body(invented: Drafts) -> None:
    """'The Zanzibar health ministry said …': the place's own body, not nobody (a place that is no
    state names no state's ministry)."""
    drafts = invented("The Zanzibar health ministry said on Friday that 12 people had been killed.")
    assert _summary(drafts) == [("2024-06-07", "casualties", "zanzibar-health-ministry")]


def test_a_plural_title_before_listed_names_is_no_part_of_the_first_name(invented: Drafts) -> None:
    """'Prime Ministers Jane Doe, John Roe and Ivan Petrov said …': the first person listed, not 'Ministers
    Jane Doe'."""
    drafts = invented("Prime Ministers Jane Doe, John Roe and Ivan Petrov said in a joint statement on "
                      "Friday that they supported a ceasefire.")
    assert [(d["date"], d["actors"][0]) for d in drafts] == [("2024-06-07", "jane-doe")]


def test_a_capitalised_observer_title_is_an_office_not_a_commentator(invented: Drafts) -> None:
    """'Joseph Banda, Permanent Observer of Malawi, condemned …': a UN title, not 'a political observer'."""
    drafts = invented("Joseph Banda, Permanent Observer of Malawi, condemned the shelling on Friday.")
    assert _summary(drafts) == [("2024-06-07", "condemnation", "joseph-banda")]


def test_a_state_that_shells_does_it_with_its_armed_forces(invented: Drafts) -> None:
    """'… said Zambia was shelling its villages': Zambia's armed forces fire, as a chronology names the
    doer of a shelling (a state's other acts stay the state's)."""
    drafts = invented("Malawi's foreign ministry said on Friday that Zambia was shelling its villages.")
    assert ("2024-06-07", "attack", "zambian-armed-forces") in _summary(drafts)


def test_a_toll_a_states_minister_gives_is_his_states_ministry(invented: Drafts) -> None:
    """'Malawian Health Minister X said 12 people had been killed' with no ministry named before: the
    count of Malawi's Health Ministry, not the minister's own act."""
    drafts = invented("Malawian Health Minister Joseph Banda said on Friday that 12 people had been killed.")
    assert _summary(drafts) == [("2024-06-07", "casualties", "malawian-health-ministry")]


def test_a_toll_a_minister_of_a_ministry_ingest_has_no_noun_for_stays_the_ministers(invented: Drafts) -> None:
    """'Malawian Agriculture Minister X said …': no institution noun for that ministry, so the toll stays
    the minister's (ingest stopped with StopIteration on such a title)."""
    drafts = invented("Malawian Agriculture Minister Joseph Banda said on Friday that 12 people had been "
                      "killed.")
    assert [d["date"] for d in drafts] == ["2024-06-07"]
    assert drafts[0]["actors"][0] != "malawian-agriculture-ministry"


def test_what_the_two_leaders_of_a_call_said_in_it_is_part_of_the_call(invented: Drafts) -> None:
    """'X spoke with Y on Friday. The two leaders welcomed …': one event, the call (a readout's content is
    no act of each leader of its own)."""
    drafts = invented("President Jane Doe of Malawi spoke by phone with President John Roe of Zambia on "
                      "Friday. The two leaders welcomed the progress of the border talks.")
    assert [(d["date"], d["actors"]) for d in drafts] == [("2024-06-07", ["jane-doe", "john-roe"])]
