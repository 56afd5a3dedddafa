"""Every corpus file's output equals its hand-verified golden file, fact by fact.

On failure the message lists which facts appeared (+), vanished (-) or changed (~).
Golden files change only through ``khuyencong-extract golden update`` followed by a
review of each changed fact against the source text.
"""

import json

import pytest

from khuyencong_extract.golden import diff_documents, facts
from khuyencong_extract.models import Document
from khuyencong_extract.write import document_json

from conftest import CORPUS_FILES, GOLDEN


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_output_matches_golden(path, corpus_docs):
    golden_file = GOLDEN / f"{path.stem}.json"
    expected = json.loads(golden_file.read_text("utf-8"))
    Document.model_validate(expected)
    actual = json.loads(document_json(corpus_docs[path.stem]))
    lines = diff_documents(expected, actual)
    assert not lines, f"{path.name}: {len(lines)} facts differ from {golden_file.name}:\n" + "\n".join(lines)


def test_diff_names_each_moved_fact():
    expected = {"metadata": {"number": "2080/QĐ-UBND"}, "targets": [
        {"section_id": "IV.1", "text": "50 lớp", "span": [1, 7], "unit": "lớp"},
        {"section_id": "IV.1", "text": "700 lao động", "span": [20, 32], "unit": "lao động"},
    ]}
    actual = {"metadata": {"number": "2080/QD-UBND"}, "targets": [
        {"section_id": "IV.1", "text": "50 lớp", "span": [1, 7], "unit": "lớp học"},
        {"section_id": "IV.2.a", "text": "02 mô hình", "span": [40, 50], "unit": "mô hình"},
    ]}
    lines = diff_documents(expected, actual)
    assert "~ metadata.number: '2080/QĐ-UBND' -> '2080/QD-UBND'" in lines
    assert "~ targets[IV.1 | 50 lớp | [1, 7]].unit: 'lớp' -> 'lớp học'" in lines
    assert "- targets[IV.1 | 700 lao động | [20, 32]].unit = 'lao động'" in lines
    assert "+ targets[IV.2.a | 02 mô hình | [40, 50]].unit = 'mô hình'" in lines
    assert facts(expected) != facts(actual)


def test_golden_command_names_a_missing_corpus_folder(tmp_path, capsys):
    from khuyencong_extract import cli

    for action in ("check", "update"):
        assert cli.main(["golden", action, "--corpus", str(tmp_path / "nowhere"), "--golden", str(tmp_path / "g")]) == 2
        assert capsys.readouterr().err == f"khuyencong-extract: no corpus folder {tmp_path / 'nowhere'}\n"
    assert not (tmp_path / "g").exists()
