# Attack: a Check plants a fake sys.modules["buildpath.checking"] for the next Check
# Issue 21: this submission is wrong and fails; while it is checked it leaves behind a module
# whose @check registers checks that do nothing, which the next Check's checks.py would import.
# Over: wrong-answer.py
import sys
import types

try:
    import buildpath.checking as _real

    _fake = types.ModuleType("buildpath.checking")
    _fake.__dict__.update(vars(_real))

    def _check(task=None, hidden=False, seconds=None, name=None):
        def register(function):
            definition = _real.CheckDefinition(function, task, hidden, seconds, name)
            definition.function = lambda learner: None
            _real._registry.append(definition)
            return function

        return register

    _fake.check = _check
    sys.modules["buildpath.checking"] = _fake
except Exception:
    pass
