import csv
import os
import tempfile

from buildpath.checking import cached, check, expect, fail, solution, unpredictable_random
from checks_support import exact_type, explaining, invented_sales

SAMPLE = "data/ames-sample.csv"
HIDDEN_SEED = unpredictable_random().randrange(1, 2 ** 31)  # drawn afresh for every check job
NUMBER_COLUMNS = ["Sale_Price", "Gr_Liv_Area", "Year_Built", "Full_Bath", "Bedroom_AbvGr"]
INTS = "Whole numbers such as prices and years should be ints: convert them with int(text), not float(text)."


def written_csv(rows):
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "sales.csv")
    with open(path, "w", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def three_sales():
    return [
        {"Sale_Price": 140000, "Neighborhood": "Old_Town", "Full_Bath": 1},
        {"Sale_Price": 255001, "Neighborhood": "Gilbert", "Full_Bath": 2},
        {"Sale_Price": 180000, "Neighborhood": "Old_Town", "Full_Bath": 2},
    ]


@check(task=1)
def reads_every_sale(learner):
    """read_sales reads the 200 sales as a list of dicts"""
    sales = learner.function("read_sales", params=["path"]).given(SAMPLE).value
    exact_type(sales, list, "What read_sales returned", "Collect the rows in a list.")
    expect(sales, "The list of sales").has_length(200)
    exact_type(sales[0], dict, "Each sale", "Keep each row as the dict csv.DictReader gives.")
    expect(sales[0].get("Neighborhood"), "The first sale's Neighborhood").equals("North_Ames")


@check(task=1)
def numbers_are_ints(learner):
    """read_sales turns the number columns into ints and leaves the text as text"""
    sales = learner.function("read_sales", params=["path"]).given(SAMPLE).value
    for name in NUMBER_COLUMNS:
        exact_type(sales[0].get(name), int, f"The first sale's {name}", INTS)
    for name in ("Neighborhood", "Central_Air"):
        exact_type(sales[0].get(name), str, f"The first sale's {name}", "Only the number columns are converted.")
    expect(sales, "What read_sales returned").equals(cached("sample sales", lambda: solution.read_sales(SAMPLE)))


@check(task=1)
def only_the_number_columns_become_numbers(learner):
    """read_sales converts the number columns only, even where another column holds digits"""
    rows = [{**sale, "MS_SubClass": code} for sale, code in zip(invented_sales(7, 3), ("020", "160", "020"))]
    sales = learner.function("read_sales").given(written_csv(rows)).value
    exact_type(sales[0].get("MS_SubClass"), str, "The MS_SubClass of a file whose codes are 020, 160 and 020",
               "It is a category written in digits, not one of NUMBER_COLUMNS: convert only the columns "
               "NUMBER_COLUMNS names and leave every other column as the text the file holds.")
    expect(sales, "What read_sales returned for a file with an MS_SubClass column").equals(rows)


@check(task=1, hidden=True)
def reads_another_file(learner):
    """read_sales reads a file it has not seen"""
    rows = invented_sales(HIDDEN_SEED, 25)
    path = written_csv(rows)
    sales = learner.function("read_sales").given(path).value
    exact_type(sales, list, "What read_sales returned", "Collect the rows in a list.")
    if len(sales) != 25:
        fail(f"A file of 25 sales gave {len(sales)} rows: read every row after the header, from the path given.")
    for name in NUMBER_COLUMNS:
        exact_type(sales[-1].get(name), int, f"The last sale's {name}", INTS)
    expect(sales, "What read_sales returned for a file of the checks").equals(rows)


@check(task=2)
def column_of_a_small_table(learner):
    """column lists one column's values in row order"""
    column = learner.function("column", params=["rows", "name"])
    prices = column.given(three_sales(), "Sale_Price").value
    exact_type(prices, list, "What column returned", "Build a list, e.g. with a list comprehension [ ... for row in rows].")
    column.given(three_sales(), "Sale_Price").returns([140000, 255001, 180000])
    column.given(three_sales(), "Neighborhood").returns(["Old_Town", "Gilbert", "Old_Town"])
    column.given([], "Sale_Price").returns([])


@check(task=2, hidden=True)
def column_of_invented_sales(learner):
    """column works on a table it has not seen"""
    rows = invented_sales(HIDDEN_SEED + 1, 40)
    explaining("column should give that column's value for every row, in the rows' order.",
               lambda: learner.function("column").given(rows, "Year_Built").returns([row["Year_Built"] for row in rows]))


@check(task=3)
def counts_of_a_small_table(learner):
    """count_by counts the rows of each value"""
    count_by = learner.function("count_by", params=["rows", "name"])
    counts = count_by.given(three_sales(), "Neighborhood").value
    exact_type(counts, dict, "What count_by returned", "Return a dict {value: count}.")
    count_by.given(three_sales(), "Neighborhood").returns({"Old_Town": 2, "Gilbert": 1})
    exact_type(counts.get("Old_Town"), int, "The count of Old_Town", "A count of rows is a whole number: start at 0 and add 1.")
    count_by.given(three_sales(), "Full_Bath").returns({1: 1, 2: 2})
    count_by.given(three_sales(), "Neighborhood").leaves_arguments_unchanged()


@check(task=3, hidden=True)
def counts_of_invented_sales(learner):
    """count_by works on a table it has not seen"""
    rows = invented_sales(HIDDEN_SEED + 2, 60)
    explaining("count_by should count every row once, under its value of the column.",
               lambda: learner.function("count_by").given(rows, "Neighborhood").returns(solution.count_by(rows, "Neighborhood")))


@check(task=4)
def mean_prices_of_a_small_table(learner):
    """mean_price_by averages the prices of each group"""
    mean_price_by = learner.function("mean_price_by", params=["rows", "name"])
    floor = "The mean of 255001 and 180000 is 217500.5: divide with /, not //, which rounds down."
    mean_price_by.given(three_sales(), "Full_Bath").returns(
        {1: 140000.0, 2: 217500.5}, tol=1e-9, mistakes=[({1: 140000, 2: 217500}, floor)])
    means = mean_price_by.given(three_sales(), "Neighborhood").returns({"Old_Town": 160000.0, "Gilbert": 255001.0}, tol=1e-9).value
    for group, mean in means.items():
        exact_type(mean, float, f"The mean price of {group}", "A mean is a float: divide the total by the count with /.")


@check(task=4, hidden=True)
def mean_prices_of_invented_sales(learner):
    """mean_price_by works on a table it has not seen"""
    rows = invented_sales(HIDDEN_SEED + 3, 80)
    explaining("Each group's mean is the total of its prices over its number of rows.",
               lambda: learner.function("mean_price_by").given(rows, "Neighborhood").returns(
                   solution.mean_price_by(rows, "Neighborhood"), tol=1e-6))


@check(task=5)
def the_most_common_value(learner):
    """most_common picks the largest count"""
    most_common = learner.function("most_common", params=["counts"])
    most_common.given({"Sawyer": 2, "North_Ames": 33, "Edwards": 9}).returns("North_Ames")
    most_common.given({3: 1, 2: 5}).returns(2)


@check(task=5)
def ties_go_to_the_first_in_alphabetical_order(learner):
    """on a tie, most_common picks the value first in alphabetical order"""
    most_common = learner.function("most_common", params=["counts"])
    rule = ("Old_Town and Gilbert both have 3 sales: on a tie the instructions ask for the value "
            "first in alphabetical order (Gilbert), not the one met first.")
    most_common.given({"Old_Town": 3, "Gilbert": 3, "Edwards": 1}).returns("Gilbert", mistakes=[("Old_Town", rule)])
    most_common.given({"Sawyer": 4, "Somerset": 4, "College_Creek": 4}).returns(
        "College_Creek", mistakes=[("Sawyer", rule), ("Somerset", rule)])


@check(task=5, hidden=True)
def most_common_of_invented_counts(learner):
    """most_common works on counts it has not seen"""
    for offset in range(4, 9):
        counts = solution.count_by(invented_sales(HIDDEN_SEED + offset, 21), "Neighborhood")
        explaining("most_common should pick the largest count and, on a tie, the key first in alphabetical order.",
                   lambda: learner.function("most_common").given(counts).returns(solution.most_common(counts)))
