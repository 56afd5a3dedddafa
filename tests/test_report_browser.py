"""The HTML report in a real browser: headless Chromium, no extra Python dependency.

Chromium runs with ``--dump-dom`` (the DOM after the page's script ran) and
``--screenshot``. The page's test mode, ``#test-click=DOC_ID:ITEM``, opens a document,
clicks the item in the side panel and writes what happened into ``#test-result``.
The Documents come from the factories of test_report.py (real corpus passages).
"""

from __future__ import annotations

import html
import json
import os
import subprocess
import tempfile
from pathlib import Path

import pytest
from conftest import AN_GIANG, ROOT, TUYEN_QUANG, corpus_text
from test_report import an_giang_doc, hung_yen_doc, parse_source, tuyen_quang_doc

from khuyencong_extract import report
from khuyencong_extract.write import write_document

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Chromium is not installed at /usr/bin/chromium (Debian: apt-get install chromium; .ci/run installs it on CI)",
)

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--window-size=1400,900", "--virtual-time-budget=3000"]

AG = "an-giang_2080-qd-ubnd_2022"
TQ = "tuyen-quang_69-qd-ubnd_2016"


@pytest.fixture(scope="module")
def report_file(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("report")
    out = base / "out"
    for doc in (an_giang_doc(), hung_yen_doc(), tuyen_quang_doc()):
        write_document(doc, out)
    return report.write_report(out, base / "report.html")


def chromium(page: Path, fragment: str, profile: Path, *extra: str) -> str:
    """Run headless Chromium on ``page#fragment``; its stdout (the DOM with --dump-dom)."""
    url = page.resolve().as_uri() + "#" + fragment
    # Chromium's own temporary files go to a short folder of /tmp whatever TMPDIR says:
    # its socket path must stay under the 108-byte limit of Unix sockets.
    with tempfile.TemporaryDirectory(prefix="kc-", dir="/tmp") as scratch:
        done = subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *extra, url],
                              capture_output=True, text=True, timeout=120, check=False,
                              env={**os.environ, "TMPDIR": scratch})
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def run_test_mode(page: Path, action: str, doc_id: str, item: str, profile: Path) -> dict:
    """What the page's test mode reports after ``action`` (test-click, test-pick) on an item."""
    dom = chromium(page, f"{action}={doc_id}:{item}", profile, "--dump-dom")
    start = dom.index('<pre id="test-result">') + len('<pre id="test-result">')
    return json.loads(html.unescape(dom[start:dom.index("</pre>", start)]))


def live_source(dom: str) -> str:
    """The rendered source of the document open in the dumped DOM (not the templates)."""
    view = dom[dom.index('<div id="doc-view">'):dom.index('<section id="tab-compare"')]
    start = view.index('<div class="src" lang="vi">') + len('<div class="src" lang="vi">')
    return view[start:view.index("</div></div></article>", start)]


@pytest.mark.parametrize("doc_id, item, path, passage", [
    (AG, "d0", AN_GIANG, "Sở Tài chính phối hợp với Sở Công thương"),  # part VII, far down the text
    (AG, "t3", AN_GIANG, "12 lớp"),
    (AG, "c1", AN_GIANG, "Thông tư số 20/2017/TT0BCT"),
    (TQ, "b0", TUYEN_QUANG, "27,377 tỷ đồng"),
])
def test_click_on_an_item_scrolls_its_passage_into_view(report_file, tmp_path, doc_id, item, path, passage):
    result = run_test_mode(report_file, "test-click", doc_id, item, tmp_path / "profile")
    assert result["opened"] and result["entry"] and result["active"]
    assert result["text"] == passage
    assert result["focused"] and result["visible"]
    assert result["scrollTop"] > 0
    assert result["pane"]["top"] <= result["rect"]["top"] < result["rect"]["bottom"] <= result["pane"]["bottom"]


def test_click_on_a_passage_selects_its_innermost_item_in_the_panel(report_file, tmp_path):
    # "50 lớp" lies inside no other item of the factory document; "20/2017/TT0BCT" lies in
    # citation c1 and in warning w0: the innermost (the warning) is selected
    for item, expected in (("t0", ["t0"]), ("w0", ["w0"])):
        result = run_test_mode(report_file, "test-pick", AG, item, tmp_path / "profile")
        assert result["opened"] and result["active"] == expected


def test_highlights_sit_at_their_spans_in_the_live_page(report_file, tmp_path):
    dom = chromium(report_file, f"doc={AG}", tmp_path / "profile", "--dump-dom")
    parsed = parse_source(live_source(dom))
    text = corpus_text(AN_GIANG)
    assert "".join(parsed.text) == text
    doc = an_giang_doc()
    for prefix, items in (("t", doc.targets), ("c", doc.citations), ("d", doc.duties), ("w", doc.warnings)):
        for i, item in enumerate(items):
            assert parsed.covered[f"{prefix}{i}"] == list(item.span), f"{prefix}{i}"
    assert text[slice(*parsed.covered["t0"])] == "50 lớp"


def test_a_link_to_an_item_opens_it_highlighted(report_file, tmp_path):
    dom = chromium(report_file, f"doc={TQ}&item=t0", tmp_path / "profile", "--dump-dom")
    view = dom[dom.index('<div id="doc-view">'):dom.index('<section id="tab-compare"')]
    assert '<li class="it k-target active" data-item="t0" tabindex="0">' in view
    assert '<span class="m k-target focus focus-first" data-m="t0">05 mô hình</span>' in view


def compare_view(dom: str) -> str:
    assert '<section id="tab-compare" class="tab">' in dom  # shown, no longer hidden
    return dom[dom.index('<section id="tab-compare"'):dom.index('<pre id="test-result"')]


def test_compare_view_shows_the_three_provinces_side_by_side(report_file, tmp_path):
    compare = compare_view(chromium(report_file, "compare", tmp_path / "profile", "--dump-dom"))
    for index, label in enumerate(("An Giang 2021–2025", "Hưng Yên 2026–2030", "Tuyên Quang 2016–2020")):
        assert f'<th data-g="{index}" scope="col">{label}</th>' in compare
    assert " hidden" not in compare


def test_compare_link_keeps_only_the_matching_columns(report_file, tmp_path):
    # typed without diacritics, as a reader would: "an giang, tuyen quang"
    compare = compare_view(chromium(report_file, "compare=an+giang,+tuyen+quang", tmp_path / "profile", "--dump-dom"))
    assert '<th data-g="0" scope="col">An Giang 2021–2025</th>' in compare
    assert '<th data-g="1" scope="col" hidden="">Hưng Yên 2026–2030</th>' in compare
    assert '<th data-g="2" scope="col">Tuyên Quang 2016–2020</th>' in compare


def test_screenshots_are_saved_as_artifacts(report_file, tmp_path, capsys):
    artifacts = ROOT / "artifacts"
    artifacts.mkdir(exist_ok=True)
    for name, fragment in (("report-document.png", f"test-click={AG}:t1"), ("report-compare.png", "compare")):
        shot = artifacts / name
        shot.unlink(missing_ok=True)
        chromium(report_file, fragment, tmp_path / "profile", f"--screenshot={shot}")
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert shot.stat().st_size > 20_000
        with capsys.disabled():
            print(f"\nscreenshot: {shot}")
