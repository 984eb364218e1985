# Attack: a Run plants a fake sys.modules["buildpath.checking"] whose @check registers no-ops
# Issue 21: the module table survived from a Run to the next Check in the same worker; checks.py
# would import this fake, and every check it declares would do nothing and pass.
import sys
import types

try:
    import buildpath.checking as real

    fake = types.ModuleType("buildpath.checking")
    fake.__dict__.update(vars(real))

    def check(task=None, hidden=False, seconds=None, name=None):
        def register(function):
            definition = real.CheckDefinition(function, task, hidden, seconds, name)
            definition.function = lambda learner: None
            real._registry.append(definition)
            return function

        return register

    fake.check = check
    sys.modules["buildpath.checking"] = fake
    print("planted")
except Exception as error:
    print("could not plant:", error)
