"""The committed JSON Schema matches the models, and the models reject malformed items."""

import pytest
import regex
from pydantic import ValidationError

from khuyencong_extract import budget, duties, targets
from khuyencong_extract.models import Duty, Target, Warning, build
from khuyencong_extract.pipeline import extract_text
from khuyencong_extract.schema import SCHEMAS, schema_text

from conftest import CORPUS_FILES, ROOT, corpus_text
from conftest import SCHEMAS as SCHEMA_DIR


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_matches_models(name):
    committed = (SCHEMA_DIR / name).read_text("utf-8")
    assert committed == schema_text(SCHEMAS[name]), (
        f"schemas/{name} drifted from the models: run `khuyencong-extract schema --out schemas/`"
    )


@pytest.mark.parametrize(
    "model, fields",
    [
        (Target, dict(value=50, unit="lớp", text="50 lớp", kind="count", span=(10, 5))),  # reversed span
        (Target, dict(value=50, unit="lớp", text="50 lớp", kind="amount", span=(0, 6))),  # unknown kind
        (Target, dict(value=50, unit="", text="50 lớp", kind="count", span=(0, 6))),  # empty unit
        (Target, dict(value=50, unit="lớp", text="50 lớp", kind="count", span=(-1, 6))),  # negative offset
        (Duty, dict(agency="Sở Tài chính", text="x", span=(0, 1), colour="red")),  # unknown field
        (Warning, dict(code="Damaged Text", message="x")),  # code not snake_case
    ],
)
def test_models_reject_malformed_items(model, fields):
    with pytest.raises(ValidationError):
        model(**fields)
    with pytest.raises(ValidationError):
        build(model, fields)


def test_items_built_by_build_equal_those_built_by_keyword(monkeypatch):
    """`build` (the validator called directly) gives the same items as the constructor,
    with the same fields set, for every module that builds its items with it (sections are
    validated with their Document)."""
    found = [extract_text(corpus_text(path)) for path in CORPUS_FILES]
    for module in (targets, budget, duties):
        monkeypatch.setattr(module, "build", lambda model, fields: model(**fields))
    plain = [extract_text(corpus_text(path)) for path in CORPUS_FILES]
    assert found == plain
    for table in ("sections", "targets", "budget", "duties"):
        pairs = [(ours, theirs) for doc, other in zip(found, plain)
                 for ours, theirs in zip(getattr(doc, table), getattr(other, table))]
        assert pairs, table  # the corpus has items of each kind
        assert all(ours.model_fields_set == theirs.model_fields_set for ours, theirs in pairs), table


def test_schema_command_writes_each_schema_and_names_an_unusable_folder(tmp_path, capsys):
    from khuyencong_extract import cli

    assert cli.main(["schema", "--out", str(tmp_path / "schemas")]) == 0
    assert sorted(p.name for p in (tmp_path / "schemas").iterdir()) == sorted(SCHEMAS)
    capsys.readouterr()
    (tmp_path / "file").write_text("x")
    assert cli.main(["schema", "--out", str(tmp_path / "file" / "schemas")]) == 2
    assert capsys.readouterr().err.startswith(f"khuyencong-extract: cannot write the schemas to {tmp_path}/file/schemas: ")


# A warning code where the package writes one: `Warning(code="...")`, `ctx.warn("...", ...)`,
# or a citation's `("...", message)` pair.
_CODE_WRITTEN = regex.compile(r'(?:code=|warn\()"([a-z]+(?:_[a-z]+)+)"|\(\s*"([a-z]+(?:_[a-z]+)+)",\s*f"')


def test_every_warning_code_the_package_writes_is_documented():
    """docs/output.md lists each code with what it means; a code added without a line there
    fails here (the codes are read from the package's source)."""
    written = set()
    for module in (ROOT / "khuyencong_extract").glob("*.py"):
        written |= {m[1] or m[2] for m in _CODE_WRITTEN.finditer(module.read_text("utf-8"))}
    documented = set(regex.findall(r"^\| `([a-z_]+)` \|", (ROOT / "docs" / "output.md").read_text("utf-8"), regex.M))
    assert {"encoding_repaired", "text_repaired", "number_from_annex", "citation_issuer_mismatch"} <= written
    assert written == documented
