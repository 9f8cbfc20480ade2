"""Chronicle's MkDocs hook (mkdocs_hook.py): the same site, search index and link checks as
MkDocs alone, with the finished HTML blocks kept from Python-Markdown and the search
plugin's parser; content/ and mkdocs.yml never name it."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from chronicle import mkdocs_hook
from chronicle.engine import MkDocs
from conftest import edit
from projects import copy_project, reference_chronology
from sitetools import build

WITHOUT_HOOK = {"CHRONICLE_MKDOCS_HOOK": "0"}


def _files(site: Path) -> dict[str, bytes]:
    """Every file of a built site by path; the sitemap unzipped (gzip stamps the time)."""
    files = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            files[path.relative_to(site).as_posix()] = gzip.decompress(data) if path.suffix == ".gz" else data
    return files


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The synthetic 120-event reference chronology built with the hook and without it."""
    folder = tmp_path_factory.mktemp("hook")
    chronology = reference_chronology(folder / "synthetic")
    hooked = copy_project(folder / "hooked", chronology)
    plain = copy_project(folder / "plain", chronology)
    build(hooked)
    build(plain, env=WITHOUT_HOOK)
    return hooked, plain


def test_the_hook_builds_the_same_site_byte_for_byte(both: tuple[Path, Path]) -> None:
    hooked, plain = _files(both[0] / "site"), _files(both[1] / "site")
    assert sorted(hooked) == sorted(plain)
    assert [path for path in hooked if hooked[path] != plain[path]] == []


def test_the_search_index_holds_each_entry_under_every_spelling_as_without_the_hook(
    both: tuple[Path, Path],
) -> None:
    hooked, plain = (json.loads((root / "site" / MkDocs.search_index).read_text("utf-8"))["docs"]
                     for root in both)
    assert hooked == plain
    entries = [doc for doc in hooked if "synthetic-event-" in doc["location"]]
    assert len(entries) == 120
    # Each entry is found by its actors' other spellings (the synthetic "Aktor N" aliases).
    assert all("Aktor " in doc["text"] for doc in entries)


def test_the_hook_is_named_by_no_file_of_the_project(both: tuple[Path, Path]) -> None:
    root = both[0]
    assert not (root / MkDocs.BUILD_CONFIG).exists()
    for path in [root / "mkdocs.yml", *(root / "content").rglob("*")]:
        if path.is_file():
            assert b"mkdocs_hook" not in path.read_bytes(), path


def test_the_hook_takes_every_entry_and_list_out_of_the_markdown(both: tuple[Path, Path]) -> None:
    """What the hook is for: Python-Markdown never reads an entry's, a list's or a report's HTML."""
    timeline = (both[0] / "content" / "timeline").rglob("*.md")
    pages = [p for p in timeline if "chronicle-event" in p.read_text("utf-8")]
    for folder in ("actors", "sources"):
        pages += [p for p in (both[0] / "content" / folder).rglob("*.md") if p.name != "index.md"]
    assert pages
    for path in pages:
        markdown = path.read_text("utf-8").split("\n---\n", 1)[-1]
        left, runs = mkdocs_hook.take_blocks(markdown)
        assert runs, path
        assert not any(name in left for name in ("chronicle-event", "chronicle-list", "chronicle-reports",
                                                  "<li")), path


def test_the_search_plugin_reads_an_entry_as_a_stand_in_and_the_hook_gives_its_text() -> None:
    page = ('<h1 id="may">May</h1>\n<section class="chronicle-event">\n<h3 id="e1">Title</h3>\n'
            '<p>Summary</p>\n<div class="chronicle-sources" data-search-exclude>\n<p>Source</p>\n</div>\n'
            '<div class="chronicle-claims" data-search-exclude><div class="c">Claim</div>'
            '<div class="c">Second</div></div>\n<p data-search-exclude>Note</p>\n</section>')
    view = mkdocs_hook.search_view(page)
    assert view is not None
    assert "Summary" not in view.read and "Source" not in view.read
    sections = _sections(view.read, view.sections)
    assert sections == _sections(page)
    # What the plugin makes of it: sources and notes out; the second claim in (it tells
    # skipped elements apart by tag, so the first inner </div> ends the skipping).
    assert sections[1] == ("e1", "Title", " <p>Summary</p> Second ")
    assert mkdocs_hook.whole_page(view.read, view.replaced) == page


def test_links_to_entry_anchors_are_still_checked(site_project: Path, run) -> None:
    """MkDocs checks Markdown links to anchors; the anchors of the blocks the hook takes count."""
    about = site_project / "content" / "about.md"
    link = "[An entry](timeline/2021/05.md#2021-05-13-macron-calls-pashinian)"
    about.write_text(about.read_text("utf-8") + f"\n{link}\n", encoding="utf-8")
    result = run("--root", site_project, "build")
    assert result.exit_code == 0, result.output
    edit(about, "#2021-05-13-macron-calls-pashinian", "#no-such-entry")
    result = run("--root", site_project, "build")
    assert result.exit_code == 1
    assert "does not contain an anchor '#no-such-entry'" in result.output


def test_a_project_s_own_hooks_still_run(site_project: Path, run) -> None:
    (site_project / "own_hook.py").write_text(
        "def on_post_build(config):\n"
        "    open(config['site_dir'] + '/own-hook.txt', 'w').write('ran')\n", encoding="utf-8")
    edit(site_project / "mkdocs.yml", "strict: true", "strict: true\nhooks:\n  - own_hook.py")
    result = run("--root", site_project, "build")
    assert result.exit_code == 0, result.output
    assert (site_project / "site" / "own-hook.txt").read_text("utf-8") == "ran"


def _sections(html: str, filled: dict[str, tuple[list[str], list[str]]] | None = None,
              ) -> list[tuple[str, str, str]]:
    """What Material's search plugin keeps of a page: each section's id, title and text; the
    sections of the hook's stand-ins `filled` as the hook fills them."""
    from material.plugins.search.plugin import Parser

    parser = Parser()
    parser.feed(html)
    parser.close()
    for section in parser.data:
        if filled is not None and section.title and section.title[0] in filled:
            section.title, section.text = filled.pop(section.title[0])
    assert not filled, "a stand-in the plugin did not read as a section"
    return [(s.id or "", "".join(s.title), "".join(s.text)) for s in parser.data if not s.is_excluded()]


ENTRY = ('<section class="e" data-actors="a b">\n<h3 id="e1">Title &amp; <code>code</code> &lt;x&gt;'
         '<a class="headerlink" href="#e1" title="Permanent link">&para;</a></h3>\n'
         '<p class="meta"><strong>1 May</strong> · <a href="../t/">Type</a>\n</p>\n'
         '<p hidden>Pashinian · Pachinian</p>\n<p> </p><ul><li>one</li><li>\n</li></ul>&nbsp;<sub>2</sub>\n'
         '<div data-search-exclude>\n<div class="claim"><p>first</p></div>\n<div class="claim"><p>second</p>'
         '<figure><blockquote><p>“q”</p></blockquote></figure></div>\n</div>\n'
         '<p data-search-exclude>note <em>x</em></p>\n<img src="x.png" alt="">\n</section>')


@pytest.mark.parametrize(("page", "replaced"), [
    # an entry: read by the hook; text either side kept as it was
    ('<h1 id="m">May</h1>\n<section class="e">\n<h3 id="e1">Title<a class="headerlink" href="#e1">&para;</a>'
    '</h3>\n<p>Summary &amp; more</p>\n<div data-search-exclude>\n<ol><li><p>Source</p><blockquote><p>“Q”'
    '</p></blockquote></li></ol>\n</div>\ntext<p data-search-exclude>Note</p>after\n<p hidden>Pashinian</p>\n'
    '</section>\n<h2 id="d">Day</h2>\n<p>Day text</p>', 1),
    # entries after a day heading, text after them (the day's section again), one without text
    (f'<h1 id="m">M</h1>\n<h2 id="d">Day</h2>\n\n{ENTRY}\n{ENTRY.replace("e1", "e2")}\nafter <p>kept</p>'
     '<section><h4 id="t"></h4></section>', 3),
    # an element holding one of its own tag: the plugin stops skipping at the inner end tag
    ('<h1 id="m">M</h1><div data-search-exclude><div>one</div>two</div><p>three</p>', 0),
    # a heading deeper than a skipped element: the section ends at the element's end
    ('<h1 id="m">M</h1><div><h2 id="deep">Deep</h2></div><p data-search-exclude>x</p>tail<p>kept</p>', 2),
    ('<div><h2 id="deep">Deep</h2><p data-search-exclude>x</p></div>tail <p>kept</p>', 1),
    # a skipped element first on the page, one holding a heading, one inside another
    ('<p data-search-exclude>first</p><h1 id="m">M</h1><p>text</p>', 0),
    ('<h1 id="m">M</h1><div data-search-exclude><h2 id="h">In</h2><p>x</p></div><p>after</p>', 0),
    ('<h1 id="m">M</h1><div data-search-exclude><p data-search-exclude>x</p>y</div><p>after</p>', 1),
    # self-closing and void elements, a class that reads like the attribute, line numbers
    ('<h1 id="m">M</h1><svg><line x1="0"/></svg><br><p title="data-search-exclude">kept</p>'
    '<table class="linenodiv"><tr><td>1</td></tr></table><p>end</p>', 1),
    # elements opening with a heading that the plugin reads itself: the hook may not read them
    # so (another heading or a `pre` inside, a `<` in text, a tag html.parser names otherwise,
    # single quotes, a search attribute with a value, badly nested, inside a skipped element)
    ('<h1 id="m">M</h1><section><h3 id="a">A</h3><h4 id="b">B</h4><p>x</p></section><p>y</p>', 0),
    ('<h1 id="m">M</h1><section><h3 id="a">A</h3><pre>x\n  y</pre></section>', 0),
    ('<h1 id="m">M</h1><section><h3 id="a">A</h3><p>1 < 2</p></section>', 0),
    ('<h1 id="m">M</h1><section><h3 id="a">A</h3><P>x</P><x:y>z</x:y></section>', 0),
    ("<h1 id='m'>M</h1><section><h3 id='a'>A</h3><p class='x'>x</p></section>", 0),
    ('<h1 id="m">M</h1><section><h3 id="a">A</h3><p data-search-boost="2">x</p></section>', 0),
    ('<h1 id="m">M</h1><section><h3 id="a">A</h3><p><em>x</p></em></section><p>after</p>', None),
    ('<h1 id="m">M</h1><div data-search-exclude><section><h3 id="a">A</h3></section></div>', 0),
])
def test_the_search_view_reads_as_the_page_does(page: str, replaced: int | None) -> None:
    """The search plugin keeps the same sections from the view, the hook filling those of the
    elements it read; 0 replaced: the plugin reads the page itself."""
    view = mkdocs_hook.search_view(page)
    assert (len(view.replaced) if view else 0) == (replaced or 0)
    if view is not None:
        assert _sections(view.read, view.sections) == _sections(page)
        assert mkdocs_hook.whole_page(view.read, view.replaced) == page


def test_the_hook_reads_every_entry_of_the_reference_as_the_search_plugin_does(
    both: tuple[Path, Path],
) -> None:
    """On the built month pages (the theme's article), the hook reads each entry itself and
    the plugin's parser keeps the same sections."""
    pages = (both[0] / "site" / "timeline").rglob("index.html")
    months = [path for path in pages if "chronicle-event" in path.read_text("utf-8")]
    assert months
    for path in months:
        html = path.read_text("utf-8")
        article = html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]
        view = mkdocs_hook.search_view(article)
        assert view is not None, path
        assert len(view.sections) == article.count('<section class="chronicle-event'), path
        assert _sections(view.read, dict(view.sections)) == _sections(article), path
        assert mkdocs_hook.whole_page(view.read, view.replaced) == article


def test_nothing_inside_a_block_left_to_python_markdown_is_taken() -> None:
    """A block the hook leaves (here: a blank line in it) is Python-Markdown's whole, inner blocks too."""
    markdown = ('# T\n\n<div class="chronicle-a">\n<p>x</p>\n\n<p class="chronicle-b">y</p>\n</div>\n\n'
                '<p class="chronicle-c">z</p>\n')
    left, runs = mkdocs_hook.take_blocks(markdown)
    assert runs == ['<p class="chronicle-c">z</p>\n']
    assert '<p class="chronicle-b">y</p>' in left


def test_the_theme_s_compiled_templates_are_kept_for_the_next_build_not_a_project_s_own(
    tmp_path: Path,
) -> None:
    """Jinja's bytecode cache (in the temporary directory) holds Material's templates after a
    build; a second project, whose own templates (overrides/) are elsewhere, adds nothing to it."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    environment = {"TMPDIR": str(temporary)}
    first = copy_project(tmp_path / "first", Path(__file__).parent / "fixtures" / "site" / "chronology")
    build(first, env=environment)
    cached = sorted(temporary.rglob("*.cache"))
    assert len(cached) > 10  # base.html, its partials, the 404 page…
    second = copy_project(tmp_path / "second", Path(__file__).parent / "fixtures" / "site" / "chronology")
    (second / "overrides" / "main.html").write_text(
        (second / "overrides" / "main.html").read_text("utf-8") + "\n{# changed #}\n", encoding="utf-8")
    build(second, env=environment)
    assert sorted(temporary.rglob("*.cache")) == cached


def test_a_project_s_own_hook_beside_the_search_plugin_sees_the_whole_page(tmp_path: Path) -> None:
    """A project's hook that changes pages as the search plugin reads them (same priority) is
    given the whole page, not the hook's search view: the same site as without the hook."""
    own = ("def on_page_context(context, page, config, nav):\n"
           "    page.content += '<p>' + str(page.content.count('chronicle-sources')) + ' sources</p>'\n")
    roots = []
    for name in ("hooked", "plain"):
        root = copy_project(tmp_path / name, Path(__file__).parent / "fixtures" / "site" / "chronology")
        (root / "own_hook.py").write_text(own, encoding="utf-8")
        edit(root / "mkdocs.yml", "strict: true", "strict: true\nhooks:\n  - own_hook.py")
        roots.append(root)
    build(roots[0])
    build(roots[1], env=WITHOUT_HOOK)
    hooked, plain = _files(roots[0] / "site"), _files(roots[1] / "site")
    assert [path for path in hooked if hooked[path] != plain.get(path)] == []
    assert any(re.search(rb"<p>[1-9][0-9]* sources</p>", data) for data in hooked.values())
