import os
import tempfile

from buildpath.checking import check, expect, fail, solution, unpredictable_random
from checks_support import expect_kinds

HELD_OUT_MESSAGES = [
    "Claim your FREE voucher at https://voucher.example.com/now!!!",
    "Can't talk now... in a meeting until 4:30",
    "Only 2 days left: save 40% at www.bargains.test",
    "Thanks, Mum! See you on the 12th.",
    "Tea?\tKettle's on\nand biscuits too",
    "!!! ??? ...",
    "Awww... so kind of you (details: https://kindness.test/thanks)",
    "VISIT WWW.SHOUTING.TEST FOR MORE",
]


def write_csv(text):
    """Write a small CSV file the learner has never seen and return its path."""
    handle, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
        file.write(text)
    return path


def as_pairs(rows):
    return [tuple(row) for row in rows]


@check(task=1)
def load_messages_reads_every_message(learner):
    """load_messages reads all 299 messages of data/messages.csv"""
    rows = learner.function("load_messages", params=["path"]).given("data/messages.csv").value
    first = tuple(rows[0]) if rows else None
    if first == ("label", "text"):
        fail("The first pair you returned is ('label', 'text'): that is the header row. "
             "Skip it with next(reader) before reading the messages.")
    expect(rows, "the list returned for data/messages.csv").has_length(299)
    if first != solution.load_messages("data/messages.csv")[0]:
        fail(f"The first message came back as {first!r}; it should be the first data row of the "
             "file as a (label, text) tuple, in file order.")


@check(task=1)
def load_messages_keeps_commas_inside_quotes(learner):
    """load_messages keeps quoted commas inside the text"""
    path = write_csv('label,text\nham,"Lunch at 1, then the gym?"\nspam,"WIN 1,000 now, call"\n')
    rows = learner.function("load_messages").given(path).value
    if len(rows) == 3 and tuple(rows[0]) == ("label", "text"):
        fail("Given a file with two messages you returned three rows, starting with the header "
             "('label', 'text'). Skip the header row.")
    if as_pairs(rows) != [("ham", "Lunch at 1, then the gym?"), ("spam", "WIN 1,000 now, call")]:
        fail("Given a file whose messages contain commas inside quotes, you returned "
             f"{rows!r}. Read the file with csv.reader rather than splitting lines on commas.")


@check(task=2)
def tokenize_lower_cases_and_strips_punctuation(learner):
    """tokenize lower-cases words and removes punctuation"""
    tokenize = learner.function("tokenize", params=["text"])
    got = tokenize.given("Hello, WORLD! Don't stop.").value
    if any(token != token.lower() for token in got):
        fail(f'Given "Hello, WORLD! Don\'t stop." you returned {got!r}: capital letters are still '
             "there. Lower-case the text first with text.lower().")
    tokenize.given("Hello, WORLD! Don't stop.").returns(["hello", "world", "dont", "stop"])
    tokenize.given("").returns([])


@check(task=2)
def tokenize_replaces_numbers(learner):
    """tokenize turns numbers into <num>"""
    tokenize = learner.function("tokenize")
    got = tokenize.given("Pay 19.99 for 3 tickets").value
    if "1999" in got or "3" in got:
        fail(f'Given "Pay 19.99 for 3 tickets" you returned {got!r}: a piece made only of digits '
             'should become the token "<num>".')
    tokenize.given("Pay 19.99 for 3 tickets").returns(["pay", "<num>", "for", "<num>", "tickets"])
    tokenize.given("see you at 5pm").returns(["see", "you", "at", "5pm"])


@check(task=2)
def tokenize_replaces_web_addresses(learner):
    """tokenize turns web addresses into <url>"""
    tokenize = learner.function("tokenize")
    got = tokenize.given("Go to http://win.test/claim today").value
    if "httpwintestclaim" in got:
        fail('Given "Go to http://win.test/claim today" you returned '
             f"{got!r}: the address lost its punctuation before you looked for \"://\". "
             'Check for a web address first, and replace the whole piece with "<url>".')
    tokenize.given("Go to http://win.test/claim today").returns(["go", "to", "<url>", "today"])
    tokenize.given("Visit www.example.com or https://example.org").returns(
        ["visit", "<url>", "or", "<url>"])
    tokenize.given("Docs (see:https://docs.test/a) and WWW.NEWS.TEST").returns(
        ["docs", "<url>", "and", "<url>"], mistakes=[
            (["docs", "seehttpsdocstesta", "and", "<url>"],
             'Given "Docs (see:https://docs.test/a) and WWW.NEWS.TEST" the piece "(see:https://docs.test/a)" '
             'contains "://", so it is a web address even though it does not start with "http": look for '
             '"://" anywhere in the piece.'),
            (["docs", "<url>", "and", "wwwnewstest"],
             'Given "Docs (see:https://docs.test/a) and WWW.NEWS.TEST" the capital "WWW.NEWS.TEST" was not '
             'taken for a web address: lower-case the text before looking for "www.".')])
    tokenize.given("Awww... thanks").returns(["awww", "thanks"], mistakes=[
        (["<url>", "thanks"], 'Given "Awww... thanks" you returned a <url> token: a web address is a piece '
                              'that starts with "www.", not one that merely contains it.')])


@check(task=2)
def tokenize_splits_on_any_whitespace(learner):
    """tokenize splits on tabs and new lines too"""
    learner.function("tokenize").given("see\tyou\n\ntomorrow  then").returns(
        ["see", "you", "tomorrow", "then"])


@check(task=2, hidden=True)
def tokenize_held_out_messages(learner):
    """tokenize handles messages it has not seen"""
    tokenize = learner.function("tokenize")
    for text in HELD_OUT_MESSAGES:
        tokenize.given(text).returns(solution.tokenize(text))


@check(task=3)
def class_balance_of_a_small_list(learner):
    """class_balance gives the fraction of each label"""
    balance = learner.function("class_balance", params=["messages"])
    balance.given([("spam", "x"), ("ham", "y"), ("ham", "z"), ("ham", "w"), ("ham", "v")]).returns(
        {"spam": 0.2, "ham": 0.8}, tol=1e-9)
    balance.given([("ham", "only one")]).returns({"ham": 1.0}, tol=1e-9)


@check(task=3, hidden=True)
def class_balance_of_the_messages(learner):
    """class_balance on the project's messages"""
    messages = solution.load_messages("data/messages.csv")
    learner.function("class_balance").given(messages).returns(
        solution.class_balance(messages), tol=1e-9)


@check(task=1)
def load_messages_gives_tuples(learner):
    """load_messages gives each message as a (label, text) tuple"""
    path = write_csv('label,text\nham,"See you at 6, ok?"\n')
    rows = learner.function("load_messages").given(path).value
    for row in rows:
        expect(row, f"each (label, text) you return, such as {row!r},").is_instance(tuple)
    expect_kinds(rows, [("ham", "")], "what `load_messages` returned",
                 "the instructions ask for a list of (label, text) tuples.")


@check(task=2)
def tokenize_gives_a_list(learner):
    """tokenize returns a list of strings"""
    got = learner.function("tokenize").given("Hi there").value
    expect_kinds(got, ["hi", "there"], "what `tokenize` returned", "the instructions ask for a list of tokens.")


@check(task=3, hidden=True)
def messages_drawn_at_check_time(learner):
    """load_messages, tokenize and class_balance on messages drawn at check time"""
    rng = unpredictable_random()
    words = ["win", "cash", "now", "hi", "mum", "call", "free", "lunch", "the", "at", "offer", "555"] + ["www.deal.test", "http://x.test/a", "50%", "it's", "NOW!", "1,000"]
    messages = [(rng.choice(["ham", "spam"]), " ".join(rng.choice(words) for _ in range(rng.randint(1, 8))))
                for _ in range(rng.randint(2, 8))]
    text = "label,text\n" + "".join(f'{label},"{body}"\n' for label, body in messages)
    path = write_csv(text)
    learner.function("load_messages").given(path).returns(solution.load_messages(path))
    every_word = " ".join(rng.sample(words, len(words)))  # so each rule of tokenize is met at least once
    for body in [body for _, body in messages] + [every_word]:
        learner.function("tokenize").given(body).returns(solution.tokenize(body))
    learner.function("class_balance").given(messages).returns(solution.class_balance(messages), tol=1e-12)
