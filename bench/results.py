"""What every benchmark writes for `make bench` (`--json PATH`, read by bench/run_all.py):
its figures, each beside the baseline it was measured against in the same run."""

import json
from pathlib import Path


def write_json(path: str | None, benchmark: str, figures: list[dict], **about) -> None:
    """The benchmark's figures for `make bench` (bench/run_all.py): each a dict with
    `name`, `value`, `unit`, `baseline` (its name), `baseline_value`, `ratio` and,
    where an issue set one, `target` (text) and `met`."""
    if not path:
        return
    Path(path).write_text(
        json.dumps({"benchmark": benchmark, **about, "figures": figures}, indent=2) + "\n"
    )


def figure(name, value, unit, baseline, baseline_value, ratio=None, target=None, met=None):
    if ratio is None:
        ratio = value / baseline_value if baseline_value else None
    found = {"name": name, "value": value, "unit": unit, "baseline": baseline}
    found.update(baseline_value=baseline_value, ratio=ratio)
    if target is not None:
        found.update(target=target, met=met)
    return found
