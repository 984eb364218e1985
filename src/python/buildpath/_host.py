"""The bridge between Python and whatever hosts it.

In the app the worker runtime connects a sink (a JavaScript object) to each
interpreter: the learner's forwards displays to the UI; the checker's tells the host
when each check starts, so that the host can enforce time budgets, and how often the
host asked Python to stop. Under plain CPython (authoring) there is no sink.
"""

import json

_sink = None
_collectors = []
_local_interrupts = 0


def connect(sink):
    """Called once by the worker runtime with the JavaScript sink."""
    global _sink
    _sink = sink


def emit_display(record):
    """Hand a display record to the UI, or to the check collecting displays."""
    if _collectors:
        _collectors[-1].append(record)
    elif _sink is not None:
        _sink.display(json.dumps(record, allow_nan=False))
    else:
        print(f"[{record.get('kind', 'display')}: {record.get('title') or 'untitled'}]")


class collecting_displays:
    """Context manager: displays emitted inside go to a list instead of the UI."""

    def __init__(self):
        self.records = []

    def __enter__(self):
        _collectors.append(self.records)
        return self.records

    def __exit__(self, *exc):
        _collectors.remove(self.records)
        return False


def check_started(index, name, seconds):
    """Tell the host a check began; index -1 is running the learner's module."""
    if _sink is not None:
        _sink.check_started(index, name, seconds)
    else:
        _local_alarm(seconds)


def interrupt_count():
    """How many times the host has asked Python to stop (a time budget, or Stop) so far."""
    if _sink is not None:
        return int(_sink.interrupt_count())
    return _local_interrupts


def check_finished(test_json):
    if _sink is not None:
        _sink.test_done(test_json)
    else:
        _local_alarm(0)


def _local_alarm(seconds):
    # Authoring under CPython: a timer signal stands in for the host's interrupt.
    try:
        import signal
    except ImportError:
        return
    if not hasattr(signal, "setitimer"):
        return

    def interrupt(signum, frame):
        global _local_interrupts
        _local_interrupts += 1
        raise KeyboardInterrupt

    signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
