"""Pictures from Python: tables, plots and images shown in Buildpath's output pane.

    from buildpath import show
    show.scatter(areas, prices, x_label="Gr_Liv_Area", y_label="Sale_Price")

Each function checks its arguments (raising a clear ValueError or TypeError),
builds a JSON-able record (documented in docs/display-records.md) and hands it
to the host, which draws it in the app or keeps it for the checker.
Long data is thinned deterministically and the record's ``note`` says so.
"""

import math
import numbers

from buildpath._display_sampling import (
    evenly_spaced_indices,
    extremes_indices,
    pick,
    shown_note,
)
from buildpath._display_values import Arguments, count_of, label_text

__all__ = ["table", "scatter", "line", "bar", "histogram", "heatmap", "images"]

MAX_TABLE_ROWS = 1_000
MAX_TABLE_COLUMNS = 100
MAX_CELL_CHARS = 500
MAX_SCATTER_POINTS = 5_000
MAX_LINE_POINTS = 10_000
MAX_SERIES = 20
MAX_BARS = 200
MAX_BINS = 200
MAX_HEATMAP_SIDE = 200
MAX_IMAGES = 100
MAX_IMAGE_SIDE = 128
LARGEST_EXACT_INTEGER = 2 ** 53


def table(rows, columns=None, title=None):
    """A table: ``rows`` is a list of dicts, or a list of lists with ``columns``."""
    args = Arguments("table")
    items = args.sequence(rows, "rows")
    if isinstance(items[0], dict):
        column_names, cell_rows = _rows_from_dicts(args, items, columns)
    else:
        column_names, cell_rows = _rows_from_lists(args, items, columns)
    if not column_names:
        raise args.value_error("rows have no values; there is nothing to show.")
    notes = [shown_note(min(len(cell_rows), MAX_TABLE_ROWS), len(cell_rows), "rows")]
    if len(column_names) > MAX_TABLE_COLUMNS:
        notes.append(shown_note(MAX_TABLE_COLUMNS, len(column_names), "columns"))
        column_names = column_names[:MAX_TABLE_COLUMNS]
    kept_rows = [
        [_cell(value) for value in row[:MAX_TABLE_COLUMNS]]
        for row in cell_rows[:MAX_TABLE_ROWS]
    ]
    _emit({
        "kind": "table",
        "title": args.optional_text(title, "title"),
        "columns": column_names,
        "rows": kept_rows,
        "total_rows": len(cell_rows),
        "note": _join_notes(notes),
    })


def scatter(x, y, title=None, x_label=None, y_label=None, colors=None, line=None):
    """Points (x[i], y[i]); ``colors`` gives each point a group or a number,
    ``line=(slope, intercept)`` draws a fitted line over the points."""
    args = Arguments("scatter")
    xs = args.numbers(x, "x")
    ys = args.numbers(y, "y")
    args.same_length(xs, "x", ys, "y")
    point_colors = _point_colors(args, colors, len(xs))
    fitted = _fitted_line(args, line)
    kept = evenly_spaced_indices(len(xs), MAX_SCATTER_POINTS)
    _emit({
        "kind": "scatter",
        **_chart_text(args, title, x_label, y_label),
        "x": pick(xs, kept),
        "y": pick(ys, kept),
        "colors": None if point_colors is None else pick(point_colors, kept),
        "line": fitted,
        "total_points": len(xs),
        "note": shown_note(len(kept), len(xs), "points"),
    })


def line(series, x=None, title=None, x_label=None, y_label=None):
    """One curve (a list of numbers) or several (a dict ``{name: list}``), over
    ``x`` or over the positions 0, 1, 2, ..."""
    args = Arguments("line")
    named = _named_series(args, series)
    xs = None if x is None else args.numbers(x, "x")
    curves, notes = [], []
    for name, values in named:
        label = "series" if name is None else f"series[{name!r}]"
        ys = args.numbers(values, label)
        if xs is not None:
            args.same_length(xs, "x", ys, label)
        curve_x = xs if xs is not None else [float(index) for index in range(len(ys))]
        kept = extremes_indices(ys, MAX_LINE_POINTS)
        what = "points" if name is None else f"points of {name}"
        notes.append(shown_note(len(kept), len(ys), what))
        curves.append({"name": name, "x": pick(curve_x, kept), "y": pick(ys, kept)})
    _emit({
        "kind": "line",
        **_chart_text(args, title, x_label, y_label),
        "series": curves,
        "note": _join_notes(notes),
    })


def bar(labels, values, title=None, x_label=None, y_label=None):
    """One bar per label, as tall as its value."""
    args = Arguments("bar")
    heights = args.numbers(values, "values")
    names = args.labels(labels, "labels", len(heights), "value")
    _require_unique(args, names, "labels")
    _emit({
        "kind": "bar",
        **_chart_text(args, title, x_label, y_label),
        "labels": names[:MAX_BARS],
        "values": heights[:MAX_BARS],
        "note": shown_note(min(len(names), MAX_BARS), len(names), "bars"),
    })


def histogram(values, bins=20, title=None, x_label=None, y_label="count"):
    """How many ``values`` fall in each of ``bins`` equal-width intervals."""
    args = Arguments("histogram")
    samples = args.numbers(values, "values")
    bin_count = args.whole_number(bins, "bins", 1, MAX_BINS)
    edges, counts = _bin_counts(samples, bin_count)
    _emit({
        "kind": "histogram",
        **_chart_text(args, title, x_label, y_label),
        "edges": edges,
        "counts": counts,
        "total": len(samples),
        "note": None,
    })


def heatmap(matrix, row_labels=None, column_labels=None, title=None, x_label=None,
            y_label=None, annotate=True):
    """A grid of coloured cells, e.g. a confusion matrix; ``annotate`` writes
    each value in its cell."""
    args = Arguments("heatmap")
    values = args.matrix(matrix, "matrix")
    row_count, column_count = len(values), len(values[0])
    if max(row_count, column_count) > MAX_HEATMAP_SIDE:
        raise args.value_error(
            f"matrix is {row_count} x {column_count}; a heat map can show at most "
            f"{MAX_HEATMAP_SIDE} rows and {MAX_HEATMAP_SIDE} columns."
        )
    rows = args.labels(row_labels, "row_labels", row_count, "row")
    columns = args.labels(column_labels, "column_labels", column_count, "column")
    if not isinstance(annotate, bool):
        raise args.type_error(f"annotate must be True or False, not {annotate!r}.")
    _emit({
        "kind": "heatmap",
        **_chart_text(args, title, x_label, y_label),
        "values": values,
        "row_labels": rows or [str(index) for index in range(row_count)],
        "column_labels": columns or [str(index) for index in range(column_count)],
        "annotate": annotate,
        "note": None,
    })


def images(images, labels=None, columns=None, title=None):
    """Small greyscale images in a grid; each image is a list of rows of numbers
    (higher numbers are drawn darker, like ink on paper)."""
    args = Arguments("images")
    items = args.sequence(images, "images")
    names = args.labels(labels, "labels", len(items), "image")
    grid_columns = None if columns is None else args.whole_number(columns, "columns", 1, 50)
    kept = items[:MAX_IMAGES]
    pictures = [_image_pixels(args, image, index) for index, image in enumerate(kept)]
    low = min(min(min(row) for row in pixels) for pixels in pictures)
    high = max(max(max(row) for row in pixels) for pixels in pictures)
    _emit({
        "kind": "images",
        "title": args.optional_text(title, "title"),
        "images": [
            {"pixels": pixels, "label": None if names is None else names[index]}
            for index, pixels in enumerate(pictures)
        ],
        "columns": grid_columns,
        "value_range": [low, high if high > low else low + 1.0],
        "note": shown_note(len(kept), len(items), "images"),
    })


def _emit(record):
    from buildpath import _host

    _host.emit_display(record)


def _chart_text(args, title, x_label, y_label):
    return {
        "title": args.optional_text(title, "title"),
        "x_label": args.optional_text(x_label, "x_label"),
        "y_label": args.optional_text(y_label, "y_label"),
    }


def _join_notes(notes):
    present = [note for note in notes if note]
    return "; ".join(present) if present else None


def _rows_from_dicts(args, items, columns):
    for index, row in enumerate(items):
        if not isinstance(row, dict):
            raise args.type_error(
                f"rows[{index}] is {type(row).__name__}, but rows[0] is a dict; "
                "use dicts for every row or lists for every row."
            )
    if columns is None:
        keys = list(dict.fromkeys(key for row in items for key in row))
    else:
        keys = args.sequence(columns, "columns")
    return [label_text(key) for key in keys], [[row.get(key) for key in keys] for row in items]


def _rows_from_lists(args, items, columns):
    cell_rows = []
    for index, row in enumerate(items):
        cells = args.sequence(row, f"rows[{index}]", allow_empty=True)
        if cell_rows and len(cells) != len(cell_rows[0]):
            raise args.value_error(
                f"rows[{index}] has {count_of(len(cells), 'value')} but rows[0] has "
                f"{len(cell_rows[0])}; every row must have the same number of values."
            )
        cell_rows.append(cells)
    width = len(cell_rows[0])
    if columns is None:
        return [str(index) for index in range(width)], cell_rows
    names = [label_text(name) for name in args.sequence(columns, "columns")]
    if len(names) != width:
        raise args.value_error(
            f"columns has {count_of(len(names), 'name')} but each row has "
            f"{count_of(width, 'value')}."
        )
    return names, cell_rows


def _cell(value):
    """A table cell as JSON: numbers stay numbers, anything odd becomes text."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value[:MAX_CELL_CHARS]
    if isinstance(value, numbers.Integral) and abs(value) < LARGEST_EXACT_INTEGER:
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        return number if math.isfinite(number) else str(number)
    return str(value)[:MAX_CELL_CHARS]


def _point_colors(args, colors, count):
    if colors is None:
        return None
    items = args.sequence(colors, "colors")
    args.same_length(items, "colors", range(count), "x")
    numeric = all(
        isinstance(item, numbers.Real) and not isinstance(item, bool) for item in items
    )
    if numeric:
        return [args.number(item, f"colors[{index}]") for index, item in enumerate(items)]
    return [label_text(item) for item in items]


def _fitted_line(args, line):
    if line is None:
        return None
    parts = args.sequence(line, "line")
    if len(parts) != 2:
        raise args.value_error(
            f"line must be (slope, intercept), two numbers; it has {count_of(len(parts), 'value')}."
        )
    return {
        "slope": args.number(parts[0], "line slope"),
        "intercept": args.number(parts[1], "line intercept"),
    }


def _named_series(args, series):
    """[(name, values)] from a list of numbers (name None) or a dict of lists."""
    if isinstance(series, dict):
        if not series:
            raise args.value_error("series is empty; there is nothing to show.")
        if len(series) > MAX_SERIES:
            raise args.value_error(
                f"series has {len(series)} curves; a line plot can show at most {MAX_SERIES}."
            )
        return [(label_text(name), values) for name, values in series.items()]
    values = args.sequence(series, "series")
    if isinstance(values[0], (list, tuple)):
        raise args.type_error(
            "series is a list of lists; to draw several curves pass a dict "
            "{name: values}, e.g. {'train': train_losses, 'test': test_losses}."
        )
    return [(None, values)]


def _require_unique(args, names, name):
    seen = set()
    for index, label in enumerate(names):
        if label in seen:
            raise args.value_error(
                f"{name}[{index}] is {label!r} again; each bar needs its own label."
            )
        seen.add(label)


def _bin_counts(values, bin_count):
    low, high = min(values), max(values)
    if low == high:
        low, high = low - 0.5, high + 0.5
    width = (high - low) / bin_count
    counts = [0] * bin_count
    for value in values:
        counts[min(int((value - low) / width), bin_count - 1)] += 1
    edges = [low + index * width for index in range(bin_count)] + [high]
    return edges, counts


def _image_pixels(args, image, index):
    name = f"images[{index}]"
    if isinstance(image, (list, tuple)) and image and isinstance(image[0], numbers.Real):
        side = math.isqrt(len(image))
        flat_hint = (
            f"; if each image is a flat list of {len(image)} pixels, reshape it into "
            f"{side} rows of {side}" if side * side == len(image) else ""
        )
        raise args.type_error(
            f"{name} is a list of numbers, but each image must be a list of rows: "
            f"to show one image pass [image]{flat_hint}."
        )
    pixels = args.matrix(image, name)
    if max(len(pixels), len(pixels[0])) > MAX_IMAGE_SIDE:
        raise args.value_error(
            f"{name} is {len(pixels)} x {len(pixels[0])} pixels; images can be at most "
            f"{MAX_IMAGE_SIDE} x {MAX_IMAGE_SIDE}."
        )
    return pixels
