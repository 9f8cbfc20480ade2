"""How fast the strict loader reads event files, against PyYAML's own loaders.

Run: .venv/bin/python benchmarks/strict_loader.py [FILES]   (default 1000 files)

Writes FILES copies of a bundled event (ids and dates varied) into a temporary folder and
times, in one run so the ratios are comparable on a noisy machine: the strict loader
(libyaml's parser plus our checks and line numbers), plain CSafeLoader, and the
pure-Python SafeLoader. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from chronicle.yamlio import load_document

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "chronology/events/2021/2021-05-12-azerbaijani-troops-advance-into-syunik.yaml"


def _write(folder: Path, count: int) -> list[Path]:
    text = SAMPLE.read_text(encoding="utf-8")
    paths = []
    for number in range(count):
        event_id = f"2021-05-{1 + number % 28:02d}-synthetic-{number}"
        path = folder / f"{event_id}.yaml"
        path.write_text(text.replace(SAMPLE.stem, event_id), encoding="utf-8")
        paths.append(path)
    return paths


def _time(label: str, read: Callable[[Path], object], paths: list[Path]) -> float:
    started = time.perf_counter()
    for path in paths:
        read(path)
    seconds = time.perf_counter() - started
    print(f"{label:<28} {seconds:6.3f} s")
    return seconds


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as folder:
        paths = _write(Path(folder), count)
        print(f"{count} event files")
        strict = _time("strict loader", load_document, paths)
        fast = _time("yaml.CSafeLoader", lambda p: yaml.load(p.read_text(), yaml.CSafeLoader), paths)
        slow = _time("yaml.SafeLoader (pure)", lambda p: yaml.load(p.read_text(), yaml.SafeLoader), paths)
        print(f"strict/CSafeLoader {strict / fast:.2f}x, SafeLoader/strict {slow / strict:.2f}x")


if __name__ == "__main__":
    main()
