"""The output contract (see README, "Output contract") as pydantic models.

Every extracted item carries a ``span``: ``[start, end]`` character offsets into the
decoded source text, so ``source[start:end]`` is the passage it came from.
Models forbid unknown fields and check their enums, so a malformed item is rejected
instead of silently written.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = "1.0.0"

DocType = Literal[
    "quyet_dinh", "nghi_quyet", "chi_thi", "ke_hoach", "huong_dan", "thong_bao", "bai_viet", "khac"
]
REPORT_TYPES = frozenset({"bai_viet", "khac"})
"""Document types that report rather than decide: a news article, a text of no known type
(their prose alone may give the province; they assign a duty only in words that assign it)."""
CitationRole = Literal["basis", "proposal", "mention"]
SectionKind = Literal[
    "objectives", "requirements", "scope", "content", "solutions",
    "budget", "organization", "monitoring", "decision", "other",
]
TargetKind = Literal["count", "percent", "money", "indicator"]
ObjectiveScope = Literal["general", "specific"]
DutyRole = Literal["lead", "coordinate", "execute"]
Recurrence = Literal["annual", "periodic", "once"]

Offset = Annotated[int, Field(ge=0)]
YEARS = range(1900, 2101)
"""The years a period may name: another four-digit figure is no year."""
Year = Annotated[int, Field(ge=YEARS.start, le=YEARS.stop - 1)]
MAX_NUMBER = 2**63 - 1
"""The largest figure or amount written: what a table's 64-bit integer column holds (real
ones stay far below it: 10^15 đồng is a million tỷ)."""
Number = Annotated[float, Field(allow_inf_nan=False)]
"""A figure as JSON writes it: finite (an infinite float would be written as null)."""
M = TypeVar("M", bound=BaseModel)


def check_span(value: tuple[int, int] | None) -> tuple[int, int] | None:
    """A span is ``[start, end]`` with ``start <= end``."""
    if value is not None and value[0] > value[1]:
        raise ValueError(f"span start {value[0]} is after its end {value[1]}")
    return value


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


def build(model: type[M], fields: dict) -> M:
    """``model(**fields)``: the same validation, called directly (it skips the keyword
    handling, ~2 of ~5 us per item; extractors build items by the thousand)."""
    return model.__pydantic_validator__.validate_python(fields)


class Spanned(Model):
    span: tuple[Offset, Offset]

    @field_validator("span")
    @classmethod
    def _ordered(cls, value):
        return check_span(value)


class Source(Model):
    path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    encoding: str = Field(min_length=1)
    chars: Offset


class Metadata(Model):
    doc_type: DocType = "khac"
    number: str | None = None
    issued_date: dt.date | None = None
    issuer: str | None = None
    province: str | None = None
    signer: str | None = None
    title: str | None = None
    period_start: Year | None = None
    period_end: Year | None = None


class Citation(Spanned):
    role: CitationRole
    doc_type: str = Field(min_length=1)
    number: str | None = None
    number_raw: str | None = None
    issued_date: dt.date | None = None
    issuer: str | None = None
    title: str | None = None


class Section(Spanned):
    id: str = Field(min_length=1)
    parent_id: str | None = None
    marker: str | None = None
    level: Annotated[int, Field(ge=0)]
    heading: str | None = None
    kind: SectionKind = "other"


class Objective(Spanned):
    section_id: str | None = None
    scope: ObjectiveScope | None = None
    text: str = Field(min_length=1)


class Target(Spanned):
    section_id: str | None = None
    value: Number
    value_max: Number | None = None
    unit: str = Field(min_length=1)
    text: str = Field(min_length=1)
    activity: str | None = None
    category: str = "other"
    kind: TargetKind
    qualifier: str | None = None
    """The word that makes the figure approximate or a bound, as written ("khoảng", "trên")."""
    restates: Annotated[int, Field(ge=0)] | None = None
    """Index (in this document's ``targets``) of the earlier target this one repeats."""
    part_of: Annotated[int, Field(ge=0)] | None = None
    """Index (in this document's ``targets``) of the count this one is a part of ("65 đề án,
    trong đó có 11 đề án KCQG và 54 đề án ...")."""
    achieved: bool = False
    """Whether the text reports the figure as done ("đã hỗ trợ 19 cơ sở"), not promised."""
    per_unit: str | None = None
    """The noun the figure is a size of each of, as written ("lớp" of "mỗi lớp 30 học viên" or
    "30 học viên/lớp"): a norm per unit, no total; null for a total."""


class BudgetItem(Spanned):
    amount_vnd: Annotated[int, Field(ge=0, le=MAX_NUMBER)]
    amount_text: str = Field(min_length=1)
    label: str | None = None
    funding_source: str | None = None
    section_id: str | None = None
    qualifier: str | None = None
    """The word that makes the amount approximate or a bound, as written ("gần", "trên")."""
    part_of: Annotated[int, Field(ge=0)] | None = None
    """Index (in this document's ``budget``) of the amount this one is a part of."""
    restates: Annotated[int, Field(ge=0)] | None = None
    """Index (in this document's ``budget``) of the earlier amount this one repeats."""
    achieved: bool = False
    """Whether the text reports the amount as spent or raised, not planned."""


class Deadline(Model):
    # frozen: one deadline read from a duty text is shared by every duty with that text
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1)
    day: Annotated[int, Field(ge=1, le=31)] | None = None
    month: Annotated[int, Field(ge=1, le=12)] | None = None
    year: Annotated[int, Field(ge=1900, le=2100)] | None = None
    """The year of a one-time deadline, when written ("trước ngày 10/8/2018")."""
    recurrence: Recurrence | None = None
    period_months: Annotated[int, Field(ge=1)] | None = None
    year_offset: int | None = None


class Duty(Spanned):
    agency: str = Field(min_length=1)
    agency_id: str | None = None
    role: DutyRole = "execute"
    section_id: str | None = None
    text: str = Field(min_length=1)
    deadline: Deadline | None = None


class Warning(Model):
    code: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    message: str = Field(min_length=1)
    span: tuple[Offset, Offset] | None = None

    @field_validator("span")
    @classmethod
    def _ordered(cls, value):
        return check_span(value)


class Document(Model):
    schema_version: str = SCHEMA_VERSION
    doc_id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=120)
    source: Source
    metadata: Metadata = Field(default_factory=Metadata)
    citations: list[Citation] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    objectives: list[Objective] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    budget: list[BudgetItem] = Field(default_factory=list)
    duties: list[Duty] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)


class ManifestEntry(Model):
    path: str
    sha256: str | None = None
    status: Literal["ok", "failed"]
    doc_id: str | None = None
    error: str | None = None
    warnings: Annotated[int, Field(ge=0)] = 0
    duplicate_of: str | None = None
    """Path of an earlier input with the same bytes; this one was not processed again."""


class Manifest(Model):
    schema_version: str = SCHEMA_VERSION
    pipeline_version: str
    entries: list[ManifestEntry] = Field(default_factory=list)

    @property
    def failed(self) -> list[ManifestEntry]:
        return [e for e in self.entries if e.status == "failed"]


TABLE_MODELS: dict[str, type[Model]] = {
    "citations": Citation,
    "sections": Section,
    "objectives": Objective,
    "targets": Target,
    "budget": BudgetItem,
    "duties": Duty,
    "warnings": Warning,
}
"""Document list fields written as one Parquet table each (``documents`` is built apart)."""
