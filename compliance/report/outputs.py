"""Which files a screen writes (one per format, one per input for xlsx) and writing them atomically."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from compliance.errors import UsageError
from compliance.output import write_atomic
from compliance.pipeline import Report
from compliance.policy import FailOn
from compliance.report.base import RenderOptions, ReportFormat

DEFAULT_REPORT_NAME = "compliance-report"


@dataclass(frozen=True, slots=True)
class Target:
    """One report to produce: the format, the file (None: stdout) and, for xlsx, the input it copies."""

    format: ReportFormat
    path: Path | None
    input: str | None = None


@dataclass(frozen=True, slots=True)
class Outputs:
    """The output options of ``compliance screen``: --format, --output, --output-dir, --report-name."""

    formats: Sequence[ReportFormat]
    output: Path | None = None
    output_dir: Path | None = None
    report_name: str | None = None
    fail_on: FailOn = FailOn.PROHIBITED
    #: SARIF artifact URIs are relative to this folder (default: the working directory)
    root: Path | None = field(default=None)

    def plan(self, inputs: Sequence[Path]) -> list[Target]:
        """The targets for these (expanded) inputs; a UsageError, before any work, when they contradict."""
        names = ",".join(f.NAME for f in self.formats)
        several = len(self.formats) > 1
        per_input = [f for f in self.formats if f.PER_INPUT]
        if self.output is not None and self.output_dir is not None:
            raise UsageError("--output and --output-dir: give one (--output FILE for one format, "
                             "--output-dir DIR for several)")
        if self.report_name is not None and self.output_dir is None:
            raise UsageError("--report-name names the files in --output-dir; give --output-dir DIR")
        if self.output_dir is None and (several or per_input):
            why = (f"{per_input[0].NAME} writes one workbook per input" if per_input
                   else "several formats write one file each")
            raise UsageError(f"--format {names}: {why}; give --output-dir DIR")
        if self.output_dir is None:
            [fmt] = self.formats
            targets = [Target(fmt, self.output)]
        else:
            targets = self._files(inputs)
        _check_targets(targets, inputs, "--output" if self.output_dir is None else "--output-dir")
        return targets

    def _files(self, inputs: Sequence[Path]) -> list[Target]:
        assert self.output_dir is not None
        folder = self.output_dir
        if folder.exists() and not folder.is_dir():
            raise UsageError(f"--output-dir {folder}: is a file, not a folder")
        name = DEFAULT_REPORT_NAME if self.report_name is None else self.report_name
        if not name.strip() or name in (".", "..") or any(sep in name for sep in "/\\"):
            raise UsageError(f"--report-name {name!r}: a file name without folders, e.g. {DEFAULT_REPORT_NAME}")
        targets: list[Target] = []
        for fmt in self.formats:
            if fmt.PER_INPUT:
                targets += [Target(fmt, folder / file, str(path))
                            for path, file in zip(inputs, copy_names(inputs, fmt.SUFFIX), strict=True)]
            else:
                targets.append(Target(fmt, folder / f"{name}.{fmt.SUFFIX}"))
        return targets

    def render_options(self, input: str | None = None) -> RenderOptions:
        return RenderOptions(fail_on=self.fail_on, input=input, root=self.root)


def copy_names(inputs: Sequence[Path], suffix: str) -> list[str]:
    """``<stem>.screened.<suffix>`` per input; inputs sharing a stem keep their extension, then get a number."""
    def name(path: Path, qualified: bool) -> str:
        return f"{path.name if qualified else path.stem}.screened.{suffix}"

    stems = [name(p, False) for p in inputs]
    names = [name(p, stems.count(stems[i]) > 1) for i, p in enumerate(inputs)]
    out: list[str] = []
    for n in names:
        candidate, k = n, 2
        while candidate in out:
            candidate, k = n.replace(".screened.", f"-{k}.screened.", 1), k + 1
        out.append(candidate)
    return out


def _check_targets(targets: list[Target], inputs: Sequence[Path], option: str) -> None:
    """No report may replace an input, and no two reports may share a file."""
    protected = {p.resolve() for p in inputs}
    seen: set[Path] = set()
    for t in targets:
        if t.path is None:
            continue
        resolved = t.path.resolve()
        if resolved in protected:
            raise UsageError(f"{option}: {t.path} is one of the inputs; inputs are never overwritten")
        if resolved in seen:
            raise UsageError(f"{option}: two reports would both be written to {t.path}")
        seen.add(resolved)


def render_all(report: Report, targets: Sequence[Target], outputs: Outputs) -> list[tuple[Target, str | bytes]]:
    """Every target rendered in memory first, so a failing format leaves no file half-updated."""
    return [(t, t.format.render(report, outputs.render_options(t.input))) for t in targets]


def write_files(rendered: Sequence[tuple[Target, str | bytes]], output_dir: Path | None) -> list[Path]:
    """Write the file targets, each atomically (``output_dir`` is created when missing); returns their paths."""
    if output_dir is not None:
        output_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for target, data in rendered:
        if target.path is not None:
            write_atomic(target.path, data)
            written.append(target.path)
    return written
