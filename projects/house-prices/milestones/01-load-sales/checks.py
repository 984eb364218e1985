import csv
import os
import tempfile

from buildpath.checking import check, expect, fail, same_kinds, solution, unpredictable_random
from checks_support import ames_cells, read_columns

SMALL_CSV = (
    '"Street","Neighborhood","Lot_Area","Longitude"\n'
    '"Pave","College_Creek",8450,-93.61\n'
    '"Grvl","Old_Town",9600,-93.62\n'
    '"Pave","Somerset, East",11250.5,-93.64\n'
)


def small_csv_path():
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "three-sales.csv")
    with open(path, "w") as file:
        file.write(SMALL_CSV)
    return path


def some_columns():
    return read_columns(["Lot_Frontage", "Alley", "Neighborhood", "Sale_Price", "Bsmt_Cond", "Pool_QC"])


def sample_rows(indices):
    """{index: row} for a few sales, parsed by the reference parse_value."""
    header, rows = ames_cells()
    return {i: {name: solution.parse_value(text) for name, text in zip(header, rows[i])} for i in indices}


@check(task=1)
def whole_numbers_become_floats(learner):
    """parse_value turns whole numbers into floats"""
    parse = learner.function("parse_value", params=["text"])
    parse.given("215000").returns(215000.0)
    parse.given("0").returns(0.0)
    parse.given("2010").satisfies(lambda v: isinstance(v, float), "a float (use float(), not int())")


@check(task=1)
def decimals_and_negatives_are_numbers(learner):
    """parse_value understands decimals and negative numbers"""
    parse = learner.function("parse_value", params=["text"])
    digits_only = "Decimals and negative numbers are numbers too: str.isdigit() says False for them, so try float(text) instead."
    parse.given("-93.619754").returns(-93.619754, tol=1e-9, mistakes=[("-93.619754", digits_only)])
    parse.given("42.5").returns(42.5, tol=1e-9, mistakes=[("42.5", digits_only)])


@check(task=1)
def text_stays_text(learner):
    """parse_value leaves words and empty cells as they are"""
    parse = learner.function("parse_value", params=["text"])
    parse.given("No_Garage").returns("No_Garage")
    parse.given("WD ").returns("WD ")
    parse.given("").returns("")


@check(task=2)
def reads_a_small_file(learner):
    """load_rows reads a small CSV with quoted text"""
    path = small_csv_path()
    rows = learner.function("load_rows", params=["path"]).given(path).value
    expect(rows, "the list load_rows returned for a 3-sale file").has_length(3)
    first = rows[0]
    if not isinstance(first, dict):
        fail(f"Each row should be a dict from column name to value; the first row was {first!r}.")
    if any('"' in str(key) for key in first) or any('"' in str(v) for v in first.values()):
        fail("The names or values still contain quote characters, e.g. "
             f"{first!r}. Splitting lines on ',' by hand keeps the quotes (and breaks "
             "values that contain a comma): read the file with csv.DictReader.")
    if first.get("Lot_Area") == "8450":
        fail("Lot_Area came back as the text '8450', not the number 8450.0: pass every "
             "value through parse_value.")
    expected = solution.load_rows(path)
    expect(rows == expected, "the rows").is_true(first_difference(rows, expected))
    same_kinds(rows, expected, "the list load_rows returned",
               "Every number should be a float, the way parse_value gives it: pass every cell through parse_value.")


def first_difference(rows, expected):
    for index, (row, wanted) in enumerate(zip(rows, expected)):
        if not isinstance(row, dict) or set(row) != set(wanted):
            return f"Row {index} has the columns {sorted(row)!r}; it should have {sorted(wanted)!r}."
        for name in wanted:
            if row[name] != wanted[name]:
                return (f"In row {index} of a small test file, {name} came back as {row[name]!r}; "
                        "compare what parse_value does with that cell.")
    return "The rows differ from what csv.DictReader plus parse_value give."


@check(task=2, hidden=True)
def reads_all_ames_sales(learner):
    """load_rows reads all 2,930 Ames sales with numbers as floats"""
    rows = learner.function("load_rows").given("data/ames.csv").value
    expect(len(rows), "the number of rows read from data/ames.csv").equals(2930, reveal=True)
    expect(len(rows[0]), "the number of columns in the first row").equals(74, reveal=True)
    expected = sample_rows((0, 1, 1498, 2929))
    for index, wanted in expected.items():
        if rows[index] != wanted:
            fail(f"Row {index} of data/ames.csv does not hold the expected values: check "
                 "that every number became a float and every text stayed text.")


@check(task=3)
def counts_empty_cells_per_column(learner):
    """count_empty counts the empty cells of each column"""
    count = learner.function("count_empty", params=["rows"])
    rows = [
        {"Alley": "", "Lot_Frontage": 65.0, "Fence": ""},
        {"Alley": "Paved", "Lot_Frontage": "", "Fence": ""},
        {"Alley": "", "Lot_Frontage": 80.0, "Fence": "No_Fence"},
        {"Alley": "", "Lot_Frontage": 0.0, "Fence": "Good_Wood"},
    ]
    zero_is_not_empty = ("A value of 0 is a number, not an empty cell: compare with \"\" "
                         "instead of testing `not value`.")
    count.given(rows).returns(
        {"Alley": 3, "Lot_Frontage": 1, "Fence": 2},
        mistakes=[({"Alley": 3, "Lot_Frontage": 2, "Fence": 2}, zero_is_not_empty)],
    )
    count.given([{"a": 1.0, "b": "x"}]).returns({}, mistakes=[({"a": 0, "b": 0}, "Leave out the columns with no empty cell.")])
    count.given(rows).leaves_arguments_unchanged()


@check(task=3, hidden=True)
def finds_no_empty_cell_in_ames(learner):
    """count_empty finds what the Ames data really holds"""
    rows = [{name: row[name] for name in ("Lot_Frontage", "Alley", "Neighborhood", "Sale_Price")}
            for row in some_columns()]
    learner.function("count_empty").given(rows).returns(
        solution.count_empty(rows),
        mistakes=[({"Lot_Frontage": 490}, "A lot frontage of 0 is a number, not an empty cell: compare with \"\" instead of testing `not value`.")],
    )


@check(task=4)
def counts_a_placeholder(learner):
    """count_value counts rows holding a given value"""
    count = learner.function("count_value", params=["rows", "column", "value"])
    rows = [{"Garage_Type": "No_Garage", "Lot_Frontage": 0.0},
            {"Garage_Type": "Attchd", "Lot_Frontage": 62.0},
            {"Garage_Type": "No_Garage", "Lot_Frontage": 0.0},
            {"Garage_Type": "Detchd", "Lot_Frontage": 0.0}]
    count.given(rows, "Garage_Type", "No_Garage").returns(2)
    count.given(rows, "Lot_Frontage", 0.0).returns(3)
    count.given(rows, "Garage_Type", "CarPort").returns(0)


@check(task=4, hidden=True)
def counts_placeholders_in_ames(learner):
    """count_value gives the right counts on the Ames data"""
    count = learner.function("count_value")
    for column, value in (("Lot_Frontage", 0.0), ("Bsmt_Cond", "No_Basement"), ("Pool_QC", "No_Pool")):
        rows = [{column: row[column]} for row in some_columns()]
        count.given(rows, column, value).returns(solution.count_value(rows, column, value))


@check(task=2, hidden=True)
def reads_a_file_drawn_at_check_time(learner):
    """parse_value, load_rows, count_empty and count_value on a file drawn at check time"""
    rng = unpredictable_random()
    columns = rng.sample(["Street", "Lot_Area", "Fence", "Year", "Longitude", "Alley"], rng.randint(2, 5))
    def cell():
        return rng.choice(["", "Pave", "No_Fence", str(rng.randint(0, 9999)), f"{rng.uniform(-99, 99):.4f}"])
    table = [[cell() for _ in columns] for _ in range(rng.randint(2, 9))]
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "drawn.csv")
    with open(path, "w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(columns)
        writer.writerows(table)
    for text in (table[0][0], str(rng.randint(-500, 500)), f"{rng.uniform(-1e4, 1e4):.3f}"):
        learner.function("parse_value").given(text).returns(solution.parse_value(text), tol=1e-9)
    rows = solution.load_rows(path)
    learner.function("load_rows").given(path).returns(rows, tol=1e-9)
    learner.function("count_empty").given(rows).returns(solution.count_empty(rows))
    column, value = columns[0], table[-1][0]
    learner.function("count_value").given(rows, column, solution.parse_value(value)).returns(
        solution.count_value(rows, column, solution.parse_value(value)))
