import random

from buildpath.checking import check, expect, fail, solution
from checks_support import DATA_PATH, churn_records, every_nth, unseen_seed

STAYERS = "That is the share of customers who stayed: count the rows whose churn is \"yes\"."


@check(task=1)
def customers_are_loaded(learner):
    """load_customers reads every customer, numbers as floats, in file order"""
    rows = learner.function("load_customers", params=["path"]).given(DATA_PATH).value
    expect(rows, "the list of customers").is_instance(list)
    expect(len(rows), "the number of customers").equals(5000, reveal=True)
    first = rows[0]
    expect(first, "each customer").is_instance(dict)
    if first.get("account_length") != 128.0 or not isinstance(first.get("account_length"), float):
        fail(f"The first customer's account_length is {first.get('account_length')!r}; it should be the float 128.0: "
             "pass every value through parse_value.")
    if first.get("state") != "KS":
        fail(f"The first customer's state is {first.get('state')!r}; text values such as \"KS\" stay text.")
    expected = churn_records()
    for index in (1, 2499, 4999):
        if rows[index] != expected[index]:
            fail(f"Customer number {index + 1} in file order is not the one the file holds there, or some of its "
                 "values were changed: keep the rows in file order and every column.")


@check(task=2)
def a_late_text_value_makes_a_text_column(learner):
    """column_types looks at every row"""
    types = learner.function("column_types", params=["rows"])
    rows = [{"plan": "gold", "minutes": 12.5, "calls": 3.0}, {"plan": "basic", "minutes": 40.0, "calls": "n/a"}]
    types.given(rows).returns({"plan": "text", "minutes": "number", "calls": "text"}, mistakes=[
        ({"plan": "text", "minutes": "number", "calls": "number"},
         "The column calls holds \"n/a\" in the second row, so it is text: a column that starts with numbers "
         "may hold text further down. Look at every row.")])
    rows = [{"plan": "gold", "calls": 3.0}, {"plan": "basic", "calls": "n/a"}, {"plan": "gold", "calls": 1.0}]
    types.given(rows).returns({"plan": "text", "calls": "text"}, mistakes=[
        ({"plan": "text", "calls": "number"},
         "The column calls holds \"n/a\" in the middle row, between two numbers, so it is text: neither the first "
         "row nor the last one decides. Look at every row.")])


@check(task=2, hidden=True)
def types_of_the_churn_columns(learner):
    """column_types on 250 of the customers"""
    rows = every_nth(churn_records(), 20)
    learner.function("column_types").given(rows).returns(solution.column_types(rows))


@check(task=3, name="churn_rate counts the customers who left")
def churn_rate_of_a_few(learner):
    """churn_rate counts the customers who left"""
    rate = learner.function("churn_rate", params=["rows"])
    rows = [{"churn": label} for label in ("no", "yes", "no", "no", "no")]
    rate.given(rows).returns(0.2, tol=1e-12, mistakes=[(0.8, STAYERS)])
    for rows, share in (([{"churn": "yes"}], 1.0), ([{"churn": "no"}, {"churn": "no"}], 0.0)):
        got = rate.given(rows).returns(share, tol=1e-12).value
        if type(got) is not float:
            fail(f"Given {len(rows)} customer{'s' if len(rows) > 1 else ''} who all {'left' if share else 'stayed'}, "
                 f"churn_rate returned {got!r}, {'an' if type(got).__name__[:1] in 'aeiou' else 'a'} "
                 f"{type(got).__name__}; the instructions ask for a float, {share!r}: divide the count by the number of rows.")


@check(task=3, hidden=True)
def churn_rate_of_everyone(learner):
    """churn_rate of 1,250 customers"""
    labels = [{"churn": row["churn"]} for row in every_nth(churn_records(), 4)]
    expected = solution.churn_rate(labels)
    learner.function("churn_rate").given(labels).returns(expected, tol=1e-12, mistakes=[(1 - expected, STAYERS)])


@check(task=4)
def rates_by_a_small_group(learner):
    """churn_rate_by gives each group's size and rate"""
    by = learner.function("churn_rate_by", params=["rows", "column"])
    rows = [{"calls": 1.0, "churn": "no"}, {"calls": 4.0, "churn": "yes"}, {"calls": 1.0, "churn": "yes"},
            {"calls": 1.0, "churn": "no"}, {"calls": 4.0, "churn": "yes"}, {"calls": 0.0, "churn": "no"}]
    expected = {1.0: {"customers": 3, "churn_rate": 1 / 3}, 4.0: {"customers": 2, "churn_rate": 1.0},
                0.0: {"customers": 1, "churn_rate": 0.0}}
    over_everyone = {1.0: {"customers": 3, "churn_rate": 1 / 6}, 4.0: {"customers": 2, "churn_rate": 2 / 6},
                     0.0: {"customers": 1, "churn_rate": 0.0}}
    by.given(rows, "calls").returns(expected, tol=1e-12, mistakes=[
        (over_everyone, "Each group's churners were divided by every customer instead of by the group's size.")])


@check(task=4)
def group_sizes_are_ints(learner):
    """churn_rate_by counts customers with ints and gives rates as floats"""
    got = learner.function("churn_rate_by").given([{"plan": "yes", "churn": "yes"}], "plan").value
    entry = got.get("yes") if isinstance(got, dict) else None
    if not isinstance(entry, dict) or type(entry.get("customers")) is not int:
        fail(f"Given one customer with plan \"yes\", churn_rate_by returned {got!r}; \"customers\" should be the int 1.")
    got = learner.function("churn_rate_by").given([{"plan": "no", "churn": "no"}], "plan").value
    entry = got.get("no") if isinstance(got, dict) else None
    if not isinstance(entry, dict) or type(entry.get("churn_rate")) is not float:
        fail(f"Given one customer with plan \"no\" who stayed, churn_rate_by returned {got!r}; \"churn_rate\" "
             "should be the float 0.0.")


@check(task=4, hidden=True)
def rates_by_plan_on_generated_customers(learner):
    """churn_rate_by on customers generated from a fresh seed"""
    generator = random.Random(unseen_seed())
    rows = [{"plan": generator.choice(["a", "b", "c", "d"]), "calls": float(generator.randrange(6)),
             "churn": "yes" if generator.random() < 0.2 else "no"} for _ in range(generator.randrange(40, 80))]
    by = learner.function("churn_rate_by")
    for column in ("plan", "calls"):
        expected = solution.churn_rate_by(rows, column)
        got = by.given(rows, column).value
        if got != expected and not _close(got, expected):
            fail(f"On generated customers grouped by {column}, some group's size or churn rate is wrong: count the "
                 "rows of each value, and divide its churners by that count.")


def _close(got, expected):
    if not isinstance(got, dict) or set(got) != set(expected):
        return False
    return all(isinstance(got[k], dict) and got[k].get("customers") == v["customers"]
               and abs(got[k].get("churn_rate", -1) - v["churn_rate"]) < 1e-12 for k, v in expected.items())


@check(task=4, hidden=True)
def rates_by_service_calls(learner):
    """churn_rate_by on the service calls of 1,250 customers"""
    rows = [{"number_customer_service_calls": row["number_customer_service_calls"], "churn": row["churn"]}
            for row in every_nth(churn_records(), 4)]
    expected = solution.churn_rate_by(rows, "number_customer_service_calls")
    learner.function("churn_rate_by").given(rows, "number_customer_service_calls").returns(expected, tol=1e-12)
