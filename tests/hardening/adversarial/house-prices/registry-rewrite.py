# Attack: rewrites checking._registry so that every check does nothing
# Issue 21: the registered check definitions were the learner's to change; each one's function
# is replaced by one that returns without failing. The functions are wrong.
# Over: wrong-answer.py

try:
    from buildpath import checking

    for definition in checking._registry:
        definition.function = lambda learner: None
except Exception:
    pass
