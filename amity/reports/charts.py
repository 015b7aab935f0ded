"""Charts as SVG, drawn by matplotlib on the server: the same picture on the page and in
the PDF, with text kept as text (so it is searchable, and any font the reader has for
Vietnamese or Chinese draws it)."""

import io
from decimal import Decimal

from .money_words import amount_in_words

FONTS = ["DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "sans-serif"]
COLOURS = {"committed": "#1f5fa8", "disbursed": "#e0a526"}


def _pyplot():
    # Imported on first use: matplotlib costs half a second to load.
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    pyplot.rcParams.update(
        {"svg.fonttype": "none", "font.family": FONTS, "font.size": 9, "svg.hashsalt": "amity"}
    )
    return pyplot


def _svg(figure) -> str:
    figure.tight_layout()
    out = io.StringIO()
    figure.savefig(out, format="svg", metadata={"Date": None})
    svg = out.getvalue()
    return svg[svg.index("<svg") :]


def bars(
    title: str, labels: list[str], series: dict[str, tuple[str, list[Decimal]]], currency: str
) -> str:
    """Horizontal grouped bars: one group per label, one bar per series
    ({key: (legend, values)}). Returns an <svg> document."""
    pyplot = _pyplot()
    labels = [label if len(label) <= 40 else label[:39] + "…" for label in labels]
    height = 1.2 + 0.45 * max(len(labels), 1) * max(len(series), 1) ** 0.5
    figure, axes = pyplot.subplots(figsize=(7.2, height))
    try:
        step = 0.8 / max(len(series), 1)
        positions = range(len(labels))
        for index, (key, (legend, values)) in enumerate(series.items()):
            axes.barh(
                [p + index * step for p in positions],
                [float(v) for v in values],  # drawing only: the figures stay Decimal
                height=step,
                label=legend,
                color=COLOURS.get(key),
            )
        axes.set_yticks([p + step * (len(series) - 1) / 2 for p in positions], labels)
        axes.invert_yaxis()
        axes.set_title(title, loc="left")
        axes.xaxis.set_major_formatter(
            lambda value, _pos: amount_in_words(Decimal(str(value)), currency)
        )
        axes.spines[["top", "right"]].set_visible(False)
        if len(series) > 1:
            axes.legend(loc="lower right", frameon=False)
        return _svg(figure)
    finally:
        pyplot.close(figure)


def columns(title: str, labels: list[str], values: list[Decimal], currency: str) -> str:
    """Vertical bars of one series (e.g. commitments by month)."""
    pyplot = _pyplot()
    figure, axes = pyplot.subplots(figsize=(7.2, 2.6))
    try:
        axes.bar(labels, [float(v) for v in values], color=COLOURS["committed"])
        axes.set_title(title, loc="left")
        axes.yaxis.set_major_formatter(
            lambda value, _pos: amount_in_words(Decimal(str(value)), currency)
        )
        axes.spines[["top", "right"]].set_visible(False)
        return _svg(figure)
    finally:
        pyplot.close(figure)
