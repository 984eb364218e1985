# Attack: replaces the worker's JavaScript JSON.parse while it is checked, so its result reads "pass"
# The replacement of leak-run-forges-json-parse.py, made by the submission itself: whatever the
# host parses after the learner's code has run in the same JavaScript realm goes through it.
# Over: wrong-answer.py leak-run-forges-json-parse.py
