"""`chronicle new` and `chronicle new-actor`: files a contributor gets from a few answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chronicle import prompt
from chronicle.cli import main
from chronicle.yamlio import load_document
from conftest import REPO

EVENT_ARGS = [
    "new", "--date", "2021-05-14", "--title", "U.S. tells Azerbaijan to pull back its troops",
    "--actor", "Pashinian", "--actor", "macron", "--type", "statement",
    "--source-url", "https://azatutyun.am/a/31255782.html",
]
NEW_ID = "2021-05-14-us-tells-azerbaijan-pull-back-troops"
NEW_PATH = f"chronology/events/2021/{NEW_ID}.yaml"


def test_new_event_writes_a_valid_entry(mini: Path, run) -> None:
    result = run("--root", mini, *EVENT_ARGS, "--place", "Siunik", "--outlet", "RFE/RL")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"Wrote {NEW_PATH}"
    assert f"  2. check it:  chronicle validate {NEW_PATH}" in result.stdout
    assert f"  3. see it:    chronicle show {NEW_ID}   or   chronicle serve" in result.stdout
    text = (mini / NEW_PATH).read_text(encoding="utf-8")
    assert text.splitlines()[0] == (
        "# yaml-language-server: $schema=../../../scripts/chronicle/schema/event.schema.json"
    )
    doc = load_document(mini / NEW_PATH)
    assert doc.problems == []
    assert doc.data == {
        "id": NEW_ID,
        "status": "draft",
        "date": "2021-05-14",
        "title": "U.S. tells Azerbaijan to pull back its troops",
        "summary": "U.S. tells Azerbaijan to pull back its troops",
        "type": "statement",
        "actors": ["pashinyan", "macron"],
        "places": ["syunik"],
        "sources": [{
            "url": "https://azatutyun.am/a/31255782.html",
            "outlet": "RFE/RL",
            "title": "U.S. tells Azerbaijan to pull back its troops",
            "published": "2021-05-14",
        }],
    }
    check = run("--root", mini, "validate")
    assert check.exit_code == 0, check.stdout
    assert "7 file(s) checked: 0 error(s), 0 warning(s)" in check.stderr


def test_new_event_says_what_it_filled_in(mini: Path, run) -> None:
    result = run("--root", mini, *EVENT_ARGS)
    assert result.stdout.splitlines()[1:5] == [
        "Filled in for you (check them against the report):",
        "  summary: U.S. tells Azerbaijan to pull back its troops  (from the title; correct it "
        "if the report says otherwise)",
        "  outlet: azatutyun.am  (from the link; correct it if the report says otherwise)",
        "  the source's title: U.S. tells Azerbaijan to pull back its troops  (from the event's "
        "title; correct it if the report says otherwise)",
    ]


def test_new_event_never_overwrites(mini: Path, run) -> None:
    assert run("--root", mini, *EVENT_ARGS).exit_code == 0
    before = (mini / NEW_PATH).read_text(encoding="utf-8")
    again = run("--root", mini, *EVENT_ARGS, "--summary", "Another text.")
    assert again.exit_code == 1
    assert again.stderr == (
        f"Error: {NEW_PATH} already exists; edit that file, or choose another title\n"
    )
    assert (mini / NEW_PATH).read_text(encoding="utf-8") == before


def test_new_reviewed_needs_a_quote(mini: Path, run) -> None:
    result = run("--root", mini, *EVENT_ARGS, "--status", "reviewed")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: --status reviewed needs --quote (the words of the report that support the entry); "
        "or leave the entry a draft\n"
    )
    long = run("--root", mini, *EVENT_ARGS, "--status", "reviewed", "--quote", "word " * 61)
    assert long.stderr == (
        "Error: --quote is 304 characters long; at most 300 allowed — quote only the words that "
        "support the entry\n"
    )
    quoted = run("--root", mini, *EVENT_ARGS, "--status", "reviewed", "--quote", "Pull back.")
    assert quoted.exit_code == 0, quoted.output
    assert load_document(mini / NEW_PATH).data["sources"][0]["quote"] == "Pull back."


@pytest.mark.parametrize(("change", "message"), [
    (("--date", "2021-02-30"), "Error: --date: '2021-02-30' is not a real date: February 2021 has 28 days"),
    (("--date", "14 May 2021"),
     "Error: --date: '14 May 2021' is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY"),
    (("--actor", "macon"),
     "Error: --actor: actor 'macon' is not in the actor registry — did you mean 'macron'?"),
    (("--type", "phonecall"),
     "Error: --type: 'phonecall' is not an event type — did you mean 'phone-call'? use one of: statement, "
     "announcement, condemnation, accusation, denial, appeal, demand, threat, phone-call, meeting, "
     "negotiation, agreement, support, aid, sanction, military-movement, incursion, attack, casualties, "
     "displacement"),
    (("--source-url", "javascript:alert(1)"),
     "Error: --source-url: 'javascript:alert(1)' is not a full http:// or https:// link"),
    (("--published", "2021-05-01"),
     "Error: the event date 2021-05-14 is after the report's publication date 2021-05-01: check the "
     "date against the source"),
    (("--place", "Sev Lich"),
     "Error: --place: place 'Sev Lich' is not in the place registry — add it to chronology/places/ first"),
])
def test_new_event_refuses_bad_answers(mini: Path, run, change: tuple[str, str], message: str) -> None:
    option, value = change
    args = [*EVENT_ARGS[:7], *EVENT_ARGS[9:]] if option == "--actor" else list(EVENT_ARGS)
    if option in args and option != "--actor":
        args[args.index(option) + 1] = value
    else:
        args += [option, value]
    result = run("--root", mini, *args)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [message]
    assert not (mini / NEW_PATH).exists()


def test_new_without_terminal_names_what_is_missing(mini: Path, run) -> None:
    result = run("--root", mini, "new", "--date", "2021-05-14", "--actor", "macron", "--type", "statement",
                 "--source-url", "https://example.org/a")
    assert result.exit_code == 1
    assert result.stderr == "Error: missing --title; run in a terminal to be asked, or pass it\n"
    result = run("--root", mini, "new", "--title", "Something")
    assert result.stderr == (
        "Error: missing --date, --actor, --type and --source-url; run in a terminal to be asked, "
        "or pass them\n"
    )


def test_new_in_a_terminal_asks_and_asks_again_after_a_bad_answer(
    mini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prompt, "stdin_is_terminal", lambda: True)
    answers = [
        "2021-02-30",            # date: not real, asked again
        "2021-05-14",
        "Pashinyan warns Baku",  # title
        "pashinian, Macron",     # actors: ids or any spelling
        "warning",               # type: unknown, asked again
        "threat",
        "https://azatutyun.am/a/31255782.html",
        "",                      # summary: accept the default (the title)
        "RFE/RL Armenian Service",
        "",                      # source title: default
        "",                      # published: default (the event date)
        "Syunik province",       # places
    ]
    result = CliRunner().invoke(main, ["--root", str(mini), "new"], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "Error: '2021-02-30' is not a real date: February 2021 has 28 days" in result.output
    assert "Error: 'warning' is not an event type — " in result.output
    path = mini / "chronology/events/2021/2021-05-14-pashinyan-warns-baku.yaml"
    data = load_document(path).data
    assert (data["type"], data["actors"], data["places"]) == ("threat", ["pashinyan", "macron"], ["syunik"])
    assert data["sources"][0]["outlet"] == "RFE/RL Armenian Service"
    assert data["summary"] == "Pashinyan warns Baku"
    assert "Filled in for you" not in result.output


# --- new-actor --------------------------------------------------------------------------

ACTOR_MODELINE = "# yaml-language-server: $schema=../../scripts/chronicle/schema/actor.schema.json"


def test_new_actor_writes_the_registry_entry(mini: Path, run) -> None:
    result = run("--root", mini, "new-actor", "--name", "Armenian Defence Ministry", "--kind", "ministry",
                 "--country", "am", "--alias", "Armenia's Defence Ministry", "--alias", "MoD of Armenia",
                 "--parent", "Yerevan")
    assert result.exit_code == 0, result.output
    path = mini / "chronology/actors/armenian-defence-ministry.yaml"
    assert result.stdout.splitlines()[0] == "Wrote chronology/actors/armenian-defence-ministry.yaml"
    assert path.read_text(encoding="utf-8").splitlines()[0] == ACTOR_MODELINE
    assert load_document(path).data == {
        "id": "armenian-defence-ministry",
        "name": "Armenian Defence Ministry",
        "kind": "ministry",
        "country": "AM",
        "parent": "armenia",
        "aliases": ["Armenia's Defence Ministry", "MoD of Armenia"],
    }
    assert run("--root", mini, "validate").exit_code == 0
    used = run("--root", mini, *EVENT_ARGS[:7], "--actor", "MoD of Armenia", *EVENT_ARGS[9:])
    assert used.exit_code == 0, used.output


def test_new_actor_refuses_a_spelling_of_another_actor(mini: Path, run) -> None:
    result = run("--root", mini, "new-actor", "--id", "pashinyan-nikol", "--name", "N. Pashinyan",
                 "--kind", "person", "--alias", "pachinian")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: --alias: alias 'pachinian' already names actor 'pashinyan' "
        "(chronology/actors/pashinyan.yaml); a spelling may name one actor only — use `pashinyan`, "
        "or add the spelling to that actor\n"
    )
    assert not (mini / "chronology/actors/pashinyan-nikol.yaml").exists()


def test_new_actor_refuses_an_existing_id(mini: Path, run) -> None:
    before = (mini / "chronology/actors/macron.yaml").read_text(encoding="utf-8")
    result = run("--root", mini, "new-actor", "--id", "macron", "--name", "Macron's office",
                 "--kind", "office")
    assert result.exit_code == 1
    assert result.stderr == "Error: --id: actor 'macron' already exists: chronology/actors/macron.yaml\n"
    assert (mini / "chronology/actors/macron.yaml").read_text(encoding="utf-8") == before


def test_new_actor_without_terminal_names_what_is_missing(mini: Path, run) -> None:
    result = run("--root", mini, "new-actor", "--name", "Ilham Aliyev")
    assert result.exit_code == 1
    assert result.stderr == "Error: missing --kind; run in a terminal to be asked, or pass it\n"
    result = run("--root", mini, "new-actor", "--name", "Ilham Aliyev", "--kind", "leader")
    assert result.stderr == (
        "Error: --kind: 'leader' is not an actor kind — use one of: person, state, government, ministry, "
        "armed-force, armed-group, organisation, international-organisation, office, media\n"
    )


def test_new_actor_in_a_terminal(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompt, "stdin_is_terminal", lambda: True)
    answers = ["Ilham Aliyev", "person", "", "az", "Aliev, Pashinian", "Ilham Aliev", ""]
    result = CliRunner().invoke(main, ["--root", str(mini), "new-actor"], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "Error: alias 'Pashinian' already names actor 'pashinyan'" in result.output
    data = load_document(mini / "chronology/actors/ilham-aliyev.yaml").data
    assert data == {"id": "ilham-aliyev", "name": "Ilham Aliyev", "kind": "person", "country": "AZ",
                    "aliases": ["Ilham Aliev"]}


def test_new_takes_its_limits_from_the_schema(mini: Path, run) -> None:
    """A title as long as event.schema.json allows is taken (and validates); one more is refused
    before anything is written, the message giving the schema's limit."""
    schema_file = REPO / "scripts/chronicle/schema/event.schema.json"
    longest = json.loads(schema_file.read_text(encoding="utf-8"))["properties"]["title"]["maxLength"]
    title = ("Talks " * longest)[:longest - 1] + "x"
    base = [a for a in EVENT_ARGS if a != "U.S. tells Azerbaijan to pull back its troops"]
    base.insert(base.index("--title") + 1, title + "y")
    refused = run("--root", mini, *base)
    message = f"the title is {longest + 1} characters long; at most {longest} allowed"
    assert refused.stderr == f"Error: --title: {message}\n"
    assert not any((mini / "chronology/events/2021").glob("2021-05-14-*"))
    base[base.index("--title") + 1] = title
    taken = run("--root", mini, *base)
    assert taken.exit_code == 0, taken.output
    assert taken.stdout.count("Wrote ") == 1 and "error" not in taken.output
