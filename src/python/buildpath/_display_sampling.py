"""Deterministic thinning of long data, so a display stays small and quick to draw.

The same input always keeps the same points, so checks and screenshots are stable.
"""


def evenly_spaced_indices(total, keep):
    """``keep`` indices spread evenly over ``range(total)``, first and last included."""
    if total <= keep:
        return list(range(total))
    if keep == 1:
        return [0]
    step = (total - 1) / (keep - 1)
    return [round(position * step) for position in range(keep)]


def extremes_indices(values, keep):
    """Indices keeping the lowest and highest value of each of ``keep // 2`` runs.

    Unlike even spacing this keeps spikes in a curve (a loss that jumps) visible.
    """
    total = len(values)
    if total <= keep:
        return list(range(total))
    buckets = max(1, keep // 2)
    kept = []
    for bucket in range(buckets):
        start = bucket * total // buckets
        end = (bucket + 1) * total // buckets
        run = range(start, end)
        low = min(run, key=values.__getitem__)
        high = max(run, key=values.__getitem__)
        kept.extend(sorted({low, high}))
    return kept


def pick(values, indices):
    return [values[index] for index in indices]


def shown_note(kept, total, what):
    """E.g. "showing 5,000 of 120,000 points"; None when nothing was left out."""
    if kept >= total:
        return None
    return f"showing {kept:,} of {total:,} {what}"
