# Attack: a returned tuple whose __iter__ raises a BaseException subclass inside the check
# Issue 21: the check unpacks what stratified_split returned, outside the checker's guarded call;
# an exception that is not an Exception went past the check's handlers, and the check that raised
# it was reported "pass" on its way out.
# Over: wrong-answer.py

class Escape(BaseException):
    pass


class Pair(tuple):
    def __iter__(self):
        raise Escape()


def stratified_split(rows, test_fraction, seed):
    return Pair(([], []))
