"""`chronicle show` and `chronicle list`: checking entries in the terminal without a site build."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINI_EVENT, edit

WARNS = ("2021-05     2021-05-pashinyan-warns            statement   Pashinyan warns of an armed clash  "
         "[draft]")
CALL = ("2021-05-13  2021-05-13-macron-calls-pashinian  phone-call  Macron and Pashinian speak by phone "
        "about the border standoff")


def test_show_lays_out_the_event(mini: Path, run) -> None:
    result = run("--root", mini, "show", "2021-05-13-macron-calls-pashinian")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "2021-05-13-macron-calls-pashinian  (reviewed)",
        "",
        "Date:      13 May 2021 (known to the day)",
        '           note: "on Thursday night", in a report published on Friday 14 May 2021.',
        "Title:     Macron and Pashinian speak by phone about the border standoff",
        "Type:      phone-call (Phone call)",
        "Actors:    Emmanuel Macron (macron) — principal, Nikol Pashinyan (pashinyan)",
        "Places:    Syunik (syunik)",
        "",
        "Summary:",
        "  French President Emmanuel Macron spoke with Armenia's prime minister by phone.",
        "",
        "Sources:",
        "  1. [rferl] RFE/RL Armenian Service: \"France Demands 'Azeri Troop Withdrawal From",
        "     Armenia'\", published 14 May 2021",
        "     https://azatutyun.am/a/31253940.html",
        '     quote: "Macron commented on the Armenian-Azerbaijani border standoff after speaking',
        '     with Prime Minister Nikol Pashinian by phone."',
        "",
        "Claims:",
        "  Nikol Pashinyan (pashinyan) asserts (source rferl): Pashinian says Macron offered",
        "    support.",
        "",
        f"File: {MINI_EVENT}",
    ]


def test_show_month_precision_and_missing_quote(mini: Path, run) -> None:
    lines = run("--root", mini, "show", "2021-05-pashinyan-warns").stdout.splitlines()
    assert lines[2] == "Date:      May 2021 (known to the month)"
    assert "     quote: (none yet)" in lines


def test_show_unknown_id_suggests_the_closest(mini: Path, run) -> None:
    result = run("--root", mini, "show", "2021-05-13-macron-call-pashinian")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: no event '2021-05-13-macron-call-pashinian' — did you mean "
        "'2021-05-13-macron-calls-pashinian'?\n"
    )


def test_list_all_in_date_order(mini: Path, run) -> None:
    result = run("--root", mini, "list")
    assert result.stdout.splitlines() == [WARNS, CALL]
    assert result.stderr == "2 event(s)\n"


WARNS_ID, CALL_ID = "2021-05-pashinyan-warns", "2021-05-13-macron-calls-pashinian"


@pytest.mark.parametrize(("args", "expected"), [
    (["--actor", "Pashinian"], [WARNS_ID, CALL_ID]),           # an alias
    (["--actor", "MACRON"], [CALL_ID]),                        # the id, any case
    (["--actor", "Emmanuel Macron", "--from", "2021-05-14"], []),
    (["--from", "2021-05-14"], [WARNS_ID]),                    # "2021-05" may fall on the 14th
    (["--to", "2021-04"], []),
    (["--from", "2021", "--to", "2021-05-13"], [WARNS_ID, CALL_ID]),
    (["--type", "phone-call"], [CALL_ID]),
    (["--status", "draft"], [WARNS_ID]),
])
def test_list_filters(mini: Path, run, args: list[str], expected: list[str]) -> None:
    result = run("--root", mini, "list", *args)
    assert result.exit_code == 0, result.output
    assert [line.split()[1] for line in result.stdout.splitlines()] == expected
    assert result.stderr == f"{len(expected)} event(s)\n"


def test_list_matches_targets(mini: Path, run) -> None:
    edit(mini / MINI_EVENT, "places: [syunik]", "targets: [armenia]\nplaces: [syunik]")
    result = run("--root", mini, "list", "--actor", "Yerevan")
    assert [line.split()[1] for line in result.stdout.splitlines()] == ["2021-05-13-macron-calls-pashinian"]


@pytest.mark.parametrize(("args", "message"), [
    (["--actor", "Pashinyn"],
     "Error: --actor: 'Pashinyn' is not in the actor registry — did you mean 'pashinyan'?"),
    (["--from", "2021-13"], "Error: --from: '2021-13' has no month 13"),
    (["--to", "May 2021"], "Error: --to: 'May 2021' is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY"),
    (["--type", "phonecall"], "Error: --type: 'phonecall' is not an event type — did you mean 'phone-call'? "
     "use one of: statement, announcement, condemnation, accusation, denial, appeal, demand, threat, "
     "phone-call, meeting, negotiation, agreement, support, aid, sanction, military-movement, incursion, "
     "attack, casualties, displacement"),
])
def test_list_refuses_bad_filters(mini: Path, run, args: list[str], message: str) -> None:
    result = run("--root", mini, "list", *args)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [message]


def test_a_broken_file_is_left_out_and_named(mini: Path, run) -> None:
    edit(mini / MINI_EVENT, "type: phone-call", "type: call")
    result = run("--root", mini, "list")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "2021-05     2021-05-pashinyan-warns  statement  Pashinyan warns of an armed clash  [draft]"
    ]
    assert result.stderr.splitlines() == [
        f"warning: 1 file(s) with errors left out (`chronicle validate` shows why): {MINI_EVENT}",
        "1 event(s)",
    ]


def test_show_says_whose_words_a_claim_shows_tag_labels_and_an_unknown_address(mini: Path, run) -> None:
    tags = mini / "chronology" / "tags"
    tags.mkdir()
    (tags / "france.yaml").write_text("id: france\nlabel: France and the crisis\n", encoding="utf-8")
    edit(mini / MINI_EVENT, "places: [syunik]\n", "places: [syunik]\ntags: [france]\n")
    edit(mini / MINI_EVENT, "    url: https://azatutyun.am/a/31253940.html\n", "    url_unknown: true\n")
    edit(mini / MINI_EVENT, "    source: rferl\n",
         '    source: rferl\n    paraphrase: Pashinian said Macron offered support\n    quote: "support"\n')
    lines = run("--root", mini, "show", "2021-05-13-macron-calls-pashinian").stdout.splitlines()
    assert "Tags:      France and the crisis (france)" in lines
    assert "     (address of the report not known)" in lines
    assert lines[-4:-2] == [
        "    the report's words: \"Pashinian said Macron offered support\"",
        "    their own words: \"support\"",
    ]
