"""Charts as SVG, drawn by matplotlib on the server: the same picture on the page and in
the PDF, with text kept as text (so it is searchable, and any font the reader has for
Vietnamese or Chinese draws it)."""

import io
from decimal import Decimal
from functools import lru_cache

from django.utils.translation import get_language

from .money_words import compact, currency_word

FONTS = ["DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "sans-serif"]
COLOURS = {"committed": "#1f5fa8", "disbursed": "#e0a526"}


def _figure(width: float, height: float):
    """A figure of its own (matplotlib's object interface, not pyplot's shared state, so
    requests drawing at once do not meet)."""
    # Imported on first use: matplotlib costs half a second to load.
    import matplotlib
    from matplotlib.figure import Figure

    matplotlib.rcParams.update(
        {"svg.fonttype": "none", "font.family": FONTS, "font.size": 9, "svg.hashsalt": "amity"}
    )
    figure = Figure(figsize=(width, height))
    return figure, figure.subplots()


def _svg(figure) -> str:
    figure.tight_layout()
    out = io.StringIO()
    figure.savefig(out, format="svg", metadata={"Date": None})
    svg = out.getvalue()
    return svg[svg.index("<svg") :]


def _amount_axis(axis, currency: str) -> None:
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(5))
    axis.set_major_formatter(lambda value, _pos: compact(Decimal(str(value))))
    axis.set_label_text(currency_word(currency))


def bars(
    title: str, labels: list[str], series: dict[str, tuple[str, list[Decimal]]], currency: str
) -> str:
    """Horizontal grouped bars: one group per label, one bar per series
    ({key: (legend, values)}). Returns an <svg> document."""
    frozen = tuple((key, legend, tuple(values)) for key, (legend, values) in series.items())
    return _bars(str(title), tuple(labels), frozen, currency, get_language())


# Drawing costs a tenth of a second a chart; the same figures in the same language
# give the same picture, so it is kept (the figures are the key: never stale).
@lru_cache(maxsize=256)
def _bars(title, labels, series, currency, _language) -> str:
    labels = [label if len(label) <= 40 else label[:39] + "…" for label in labels]
    height = 1.2 + 0.45 * max(len(labels), 1) * max(len(series), 1) ** 0.5
    figure, axes = _figure(7.2, height)
    step = 0.8 / max(len(series), 1)
    positions = range(len(labels))
    for index, (key, legend, values) in enumerate(series):
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
    _amount_axis(axes.xaxis, currency)
    axes.spines[["top", "right"]].set_visible(False)
    if len(series) > 1:
        axes.legend(loc="lower right", frameon=False)
    return _svg(figure)


def columns(title: str, labels: list[str], values: list[Decimal], currency: str) -> str:
    """Vertical bars of one series (e.g. commitments by month)."""
    return _columns(str(title), tuple(labels), tuple(values), currency, get_language())


@lru_cache(maxsize=256)
def _columns(title, labels, values, currency, _language) -> str:
    figure, axes = _figure(7.2, 2.6)
    axes.bar(labels, [float(v) for v in values], color=COLOURS["committed"])
    axes.set_title(title, loc="left")
    _amount_axis(axes.yaxis, currency)
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)
