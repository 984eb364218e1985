# Attack: runs the reference solution's own source over its wrong functions
# Issue 21's reproduction: exec(buildpath.checking.solution._source, globals()) replaced every
# function with the reference's and passed every milestone. The functions here are wrong.
# Over: wrong-answer.py
import buildpath.checking

exec(buildpath.checking.solution._source, globals())
