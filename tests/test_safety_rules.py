"""Rules against hostile content: characters, lookalike names, reserved names, unsafe links,
formula cells, draft leaks, terminal escapes and a duplicate check that stays linear."""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

import pytest

from chronicle.check import read_raw
from chronicle.project import Project
from chronicle.safety import name_key, unsafe_url
from chronicle.validate import EXHAUSTIVE_BLOCK, candidate_pairs, check_duplicates, validate
from chronicle.yamlio import Document
from conftest import MINI_EVENT, edit

ACTOR = "chronology/actors/pashinyan.yaml"
PLACE = "chronology/places/syunik.yaml"


@pytest.mark.parametrize(
    ("field", "old", "new"),
    [
        ("title", "title: Macron and", 'title: "Macron\\x01 and"\nx_title: Macron and'),
        ("summary", "summary: >-", 'summary: "\\0 French"\nx_summary: >-'),
        ("claims[0].text", "text: Pashinian says Macron offered support.", 'text: "\\e]0;pwned\\a says"'),
        ("sources[0].outlet", "outlet: RFE/RL Armenian Service", 'outlet: "RFE/RL\\u202e Armenian"'),
        ("sources[0].title", "title: \"France Demands",
         'title: "\\u2066France"\n    x_title: "France Demands'),
        ("date_note", "date_note: '", 'date_note: "\\x9b on Thursday"\nx_note: \''),
    ],
)
def test_control_characters_and_direction_overrides_are_refused(mini: Path, run, field: str, old: str,
                                                                 new: str) -> None:
    edit(mini / MINI_EVENT, old, new)
    result = run("--root", mini, "validate")
    assert result.exit_code == 1
    assert f"{field} holds the invisible character U+" in result.stdout, result.stdout
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout


def test_line_breaks_are_allowed_in_paragraphs_only(mini: Path, run) -> None:
    edit(mini / MINI_EVENT, "summary: >-\n", "summary: |-\n  First paragraph.\n\n")
    assert run("--root", mini, "validate").exit_code == 0
    edit(mini / ACTOR, "name: Nikol Pashinyan", 'name: "Nikol\\nPashinyan"')
    result = run("--root", mini, "validate")
    assert f"{ACTOR}:3:7: name holds the invisible character U+000A" in result.stdout


def test_lookalike_and_invisible_names_are_one_name(mini: Path, run) -> None:
    macron = mini / "chronology" / "actors" / "macron.yaml"
    edit(macron, "name: Emmanuel Macron", 'name: "Emmanuel Macron"\nmetonyms: ["Nikol Pashin\\u0443an"]')
    result = run("--root", mini, "validate")
    assert "already names actor" in result.stdout
    edit(macron, 'metonyms: ["Nikol Pashin\\u0443an"]', 'metonyms: ["Elysee\\u200b"]')
    result = run("--root", mini, "validate")
    assert "metonyms[0] holds the zero-width character U+200B (ZERO WIDTH SPACE)" in result.stdout


def test_name_key_folds_what_a_reader_cannot_tell_apart() -> None:
    key = name_key("Nikol Pashinyan")
    assert name_key("Nikol Pashinyan\u200b") == name_key("nikol  PASHIN\u0443AN") == key
    assert name_key("Ｎikol Pashinyan") == key
    assert name_key("Пашинян") != name_key("Pashinyan")


@pytest.mark.parametrize(
    ("path", "old", "new", "expected"),
    [
        (ACTOR, "id: pashinyan", "id: index", "'index' cannot be the id of a actor"),
        (PLACE, "id: syunik", "id: index", "'index' cannot be the id of a place"),
        (MINI_EVENT, "places: [syunik]", "places: [syunik]\ntags: [index]", "'index' cannot be a tag"),
        (MINI_EVENT, "outlet: RFE/RL Armenian Service", "outlet: Index", "outlet 'Index' would take"),
    ],
)
def test_reserved_names_are_refused(mini: Path, run, path: str, old: str, new: str, expected: str) -> None:
    edit(mini / path, old, new)
    result = run("--root", mini, "validate")
    assert result.exit_code == 1
    assert expected in result.stdout


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/a", "http://localhost:8000/", "http://[::1]/", "http://169.254.169.254/latest/",
        "https://user:pass@example.org/", "http://10.0.0.1/", "http://192.168.1.1/", "http://2130706433/",
        "http://0x7f.1/", "http://127.1/", "http://metadata.google.internal/", "http://[fd00:ec2::254]/",
        "http://printer.local/", "http://[::ffff:127.0.0.1]/",
    ],
)
def test_local_private_and_credential_links_are_refused(mini: Path, run, url: str) -> None:
    assert unsafe_url(url)
    edit(mini / MINI_EVENT, "url: https://azatutyun.am/a/31253940.html", f'url: "{url}"')
    result = run("--root", mini, "validate")
    assert result.exit_code == 1
    assert f"{MINI_EVENT}:13:10: sources[0].url cannot be used:" in result.stdout


def test_public_links_are_accepted() -> None:
    for url in ("https://azatutyun.am/a/1.html", "http://8.8.8.8/", "https://[2606:4700::1111]/x"):
        assert unsafe_url(url) == "", url


def test_terminal_escapes_never_reach_the_terminal(mini: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    edit(mini / MINI_EVENT, "title: Macron and Pashinian",
         'title: "\\e]0;owned\\a\\e[2KMacron\\nforged: line \\u202eand Pashinian"\nx: "')
    edit(mini / MINI_EVENT, "summary: >-", '"\n"\\e[31m": 1\nsummary: >-')
    result = run("--root", mini, "validate")
    assert "title '\\x1b]0;owned\\x07\\x1b[2KMacron\\x0aforged: line \\u202eand" in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output and "\u202e" not in result.output
    # list and show leave out files with errors; were one let through, it would still print escaped.
    monkeypatch.setattr("chronicle.check.validate", lambda raw: [])
    for args in (("list",), ("show", "2021-05-13-macron-calls-pashinian")):
        output = run("--root", mini, *args).output
        assert "\\x1b]0;owned\\x07\\x1b[2KMacron" in output, args
        assert "\x1b" not in output and "\x07" not in output and "\u202e" not in output, args


def test_line_breaks_in_an_entry_never_forge_lines_in_show(mini: Path, run) -> None:
    edit(mini / MINI_EVENT, "text: Pashinian says Macron offered support.",
         'text: "Pashinian says\\nMacron: offered support."')
    result = run("--root", mini, "show", "2021-05-13-macron-calls-pashinian")
    assert "Pashinian says Macron: offered" in result.output


def test_csv_cells_are_never_formulas(mini: Path, run) -> None:
    edit(mini / MINI_EVENT, "title: Macron and Pashinian speak by phone about the border standoff",
         'title: "=HYPERLINK(\\"http://evil.example\\",\\"x\\")"')
    edit(mini / MINI_EVENT, "text: Pashinian says Macron offered support.", 'text: "+cmd|\' /C calc\'!A0"')
    edit(mini / MINI_EVENT, "outlet: RFE/RL Armenian Service", 'outlet: "-2+3+cmd|\' /C calc\'!A0"')
    assert run("--root", mini, "build", "--no-site").exit_code == 0
    data = mini / "content" / "data"
    for name in ("events.csv", "claims.csv"):
        for row in csv.reader(io.StringIO(data.joinpath(name).read_text("utf-8"))):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)
    rows = list(csv.DictReader(io.StringIO(data.joinpath("events.csv").read_text("utf-8"))))
    assert rows[0]["title"] == "'=HYPERLINK(\"http://evil.example\",\"x\")"
    assert rows[0]["source_outlets"] == "'-2+3+cmd|' /C calc'!A0"
    claims = list(csv.DictReader(io.StringIO(data.joinpath("claims.csv").read_text("utf-8"))))
    assert claims[0]["text"] == "'+cmd|' /C calc'!A0"


def test_drafts_leave_no_trace_in_public_output(mini: Path, run) -> None:
    draft = "2021-05-pashinyan-warns"
    edit(mini / MINI_EVENT, "places: [syunik]",
         f"places: [syunik]\nrelated:\n  - {{id: {draft}, relation: see_also}}\ndistinct_from: [{draft}]")
    assert run("--root", mini, "build", "--no-site").exit_code == 0
    for path in (mini / "content").rglob("*"):
        if path.is_file():
            text = path.read_text("utf-8")
            assert draft not in text and "armed clash" not in text, path
    record = json.loads((mini / "content" / "data" / "events.json").read_text("utf-8"))["events"][0]
    assert record["related"] == [] and record["distinct_from"] == []


# --- the duplicate check -----------------------------------------------------------------------


def _doc(number: int, title: str, date: str = "2022-09-13", actor: str = "a") -> Document:
    return Document(f"e{number}.yaml", {"id": f"e{number}", "date": date, "title": title, "actors": [actor]})


def _exhaustive(docs: list[Document]) -> set[tuple[str, str]]:
    """The reference: every pair of the same block compared (what the check did before)."""
    import difflib

    found = set()
    for i, doc in enumerate(docs):
        for other in docs[:i]:
            same_block = _block(doc) == _block(other)
            ratio = difflib.SequenceMatcher(
                None, other.data["title"].casefold(), doc.data["title"].casefold(), autojunk=False
            ).ratio()
            if same_block and ratio >= 0.8 and doc.data["id"] != other.data["id"]:
                found.add((doc.display, other.data["id"]))
    return found


def _block(doc: Document) -> tuple[str, str]:
    return doc.data["date"], doc.data["actors"][0]


def _found(docs: list[Document]) -> set[tuple[str, str]]:
    return {(p.path, p.message.split()[3]) for p in check_duplicates(docs)}


def test_small_blocks_compare_every_pair() -> None:
    assert candidate_pairs(["a"] * 4) == [(1, 0), (2, 0), (2, 1), (3, 0), (3, 1), (3, 2)]


def test_the_duplicate_check_finds_what_comparing_every_pair_finds(reference_project: Path) -> None:
    raw = read_raw(Project(reference_project))
    docs = [d for d in raw.events if isinstance(d.data, dict)]
    assert _found(docs) == _exhaustive(docs)
    rng = random.Random(3)
    words = ["border", "troops", "shelling", "talks", "village", "drone", "convoy", "ceasefire"]
    titles = [" ".join(rng.sample(words, 5)) for _ in range(40)]
    titles += [t.replace("o", "0", 1) for t in titles[:10]]
    mixed = [_doc(n, t, actor=rng.choice("ab")) for n, t in enumerate(titles)]
    assert _found(mixed) == _exhaustive(mixed)


def test_a_large_block_still_finds_its_near_identical_titles() -> None:
    rng = random.Random(7)
    words = [f"w{n}" for n in range(400)]
    titles = [" ".join(rng.sample(words, 8)) for _ in range(3000)]
    planted = {5: titles[2000] + "s", 2500: "Breaking: " + titles[17], 2999: titles[1234][:-1]}
    for index, title in planted.items():
        titles[index] = title
    docs = [_doc(n, t) for n, t in enumerate(titles)]
    assert len(candidate_pairs([d.data["title"].casefold() for d in docs])) <= 4 * 8 * len(docs)
    found = _found(docs)
    assert {("e2000.yaml", "e5"), ("e2500.yaml", "e17"), ("e2999.yaml", "e1234")} <= found
    assert len(docs) > EXHAUSTIVE_BLOCK


def test_validate_of_a_whole_project_reports_unread_files(mini: Path) -> None:
    (mini / "chronology" / "x.txt").write_text("x", encoding="utf-8")
    problems = validate(read_raw(Project(mini)))
    assert [p.path for p in problems] == ["chronology/x.txt"]
