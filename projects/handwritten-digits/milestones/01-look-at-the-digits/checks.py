import os
import tempfile

from buildpath.checking import check, expect, fail, same_kinds, solution, unpredictable_random
from checks_support import DATA, digits as reference_digits


def write_small_csv(rows):
    header = ",".join([f"p{i}" for i in range(64)] + ["label"])
    path = os.path.join(tempfile.mkdtemp(), "few-digits.csv")
    with open(path, "w") as file:
        file.write(header + "\n")
        for pixels, label in rows:
            file.write(",".join(str(value) for value in pixels + [label]) + "\n")
    return path


@check(task=1)
def load_digits_reads_every_row(learner):
    """load_digits reads all 1,797 digits with 64 pixels each"""
    result = learner.function("load_digits", params=["path"]).given(DATA).value
    if not isinstance(result, tuple) or len(result) != 2:
        fail(f"load_digits('{DATA}') should return a pair (images, labels); it returned a "
             f"{type(result).__name__}.")
    images, labels = result
    expect(len(images), "the number of images you read from data/digits.csv").equals(1797, reveal=True)
    expect(len(labels), "the number of labels").equals(1797, reveal=True)
    lengths = sorted({len(image) for image in images})
    if lengths != [64]:
        fail(f"Every image should hold 64 pixels, but your images have {lengths} values. "
             "The 65th column is the label: keep it out of the image.")


@check(task=1)
def pixels_and_labels_are_numbers(learner):
    """pixels and labels are integers, not text"""
    images, labels = learner.function("load_digits").given(DATA).value
    if isinstance(images[0][0], str) or isinstance(labels[0], str):
        fail("The first image starts with the value "
             f"{images[0][0]!r} and the first label is {labels[0]!r}: that is text straight from "
             "the file. Convert each value with int(...) while you read.")
    not_integers = [value for value in list(images[0]) + list(labels[:1]) if type(value) is not int]
    if not_integers:
        fail(f"The first image holds the value {not_integers[0]!r}, {type(not_integers[0]).__name__}: pixels "
             "count ink pixels and labels name a digit, so both should be integers. Convert each value "
             "with int(...), not float(...).")
    expected_images, expected_labels = reference_digits()
    same_kinds((images[:3], labels[:3]), (expected_images[:3], expected_labels[:3]),
               "the first three images and labels load_digits returned",
               "The images are a list of lists of 64 ints, the labels a list of ints.")
    expect(images[:3] == expected_images[:3], "the first three images").is_true(
        "The first three images you read differ from the first three rows of data/digits.csv: "
        "are you skipping the header row, and no other?")
    expect(labels[:10] == expected_labels[:10], "the first ten labels").is_true(
        f"The first ten labels you read are {labels[:10]}, which are not the label column "
        "of the first ten rows.")


@check(task=1, hidden=True)
def load_digits_reads_another_file(learner):
    """load_digits reads a small file of three digits"""
    images, labels = reference_digits()
    path = write_small_csv([(images[i], labels[i]) for i in (1500, 20, 999)])
    learner.function("load_digits").given(path).returns(solution.load_digits(path))


@check(task=2)
def to_grid_reads_row_by_row(learner):
    """to_grid puts pixel 8r + c in row r, column c"""
    to_grid = learner.function("to_grid", params=["pixels"])
    ramp = list(range(200, 264))
    transposed = [list(column) for column in zip(*solution.to_grid(ramp))]
    to_grid.given(ramp).returns(solution.to_grid(ramp), mistakes=[(
        transposed,
        "Given the values 200 … 263 your first row is 200, 208, 216, …: you read the pixels "
        "down the columns. The file stores them row by row, so row r is pixels 8r … 8r + 7.")])
    to_grid.given(ramp).leaves_arguments_unchanged()
    same_kinds(to_grid.given(ramp).value, solution.to_grid(ramp), "the grid to_grid returned",
               "Return a list of 8 rows, each row a list of 8 values (a slice of a list is a list).")


@check(task=2, hidden=True)
def to_grid_on_real_digits(learner):
    """to_grid turns real digits into 8×8 pictures"""
    images, _ = reference_digits()
    for index in (7, 1234):
        learner.function("to_grid").given(images[index]).returns(solution.to_grid(images[index]))


@check(task=3)
def class_counts_counts_every_digit(learner):
    """class_counts lists every digit, even those that do not occur"""
    counts = learner.function("class_counts", params=["labels"])
    labels = [2, 9, 9, 0, 9]
    expected = solution.class_counts(labels)
    present_only = {digit: count for digit, count in expected.items() if count}
    counts.given(labels).returns(expected, mistakes=[(
        present_only,
        "Given [2, 9, 9, 0, 9] you returned counts for 0, 2 and 9 only. The dict should hold "
        "every digit from 0 to 9, with 0 for the digits that do not occur.")])
    counts.given([]).returns(solution.class_counts([]))
    same_kinds(counts.given(labels).value, expected, "the counts class_counts returned",
               "A count is a whole number: start every digit at 0 and add 1 per label.")


@check(task=3, hidden=True)
def class_counts_on_all_labels(learner):
    """class_counts on the 1,797 real labels"""
    _, labels = reference_digits()
    learner.function("class_counts").given(labels).returns(solution.class_counts(labels))


@check(task=4)
def split_keeps_the_order_and_sizes(learner):
    """split_digits cuts at n_train and n_train + n_validation"""
    split = learner.function("split_digits", params=["images", "labels", "n_train", "n_validation"])
    images = [f"image {i}" for i in range(12)]
    labels = list(range(12))
    expected = solution.split_digits(images, labels, 6, 4)
    test_from_n_validation = (expected[0], expected[1], (images[4:], labels[4:]))
    split.given(images, labels, 6, 4).returns(expected, mistakes=[(
        test_from_n_validation,
        "Given 12 images, n_train=6 and n_validation=4, your test part starts at image 4, so it "
        "overlaps the training part. The test part starts after the validation part: at "
        "position n_train + n_validation.")])
    same_kinds(split.given(images, labels, 6, 4).value, expected, "what split_digits returned",
               "Return a tuple of three pairs, each pair a tuple (images, labels) of two lists, as in the instructions.")


@check(task=4, hidden=True)
def split_the_real_digits(learner):
    """split_digits on the real digits with 1,000 and 300"""
    images, labels = reference_digits()
    train, validation, test = learner.function("split_digits").given(images, labels, 1000, 300).value
    sizes = [len(part[0]) for part in (train, validation, test)]
    expect(sizes, "the sizes of your training, validation and test images").equals([1000, 300, 497], reveal=True)
    expect(test[1] == labels[1300:], "the test labels").is_true(
        "The test labels are not the labels of the last 497 digits, in order.")


@check(task=3, hidden=True)
def everything_on_digits_drawn_at_check_time(learner):
    """load_digits, to_grid, class_counts and split_digits on digits drawn at check time"""
    rng = unpredictable_random()
    # The largest digits are left out on purpose: the counts still list 0 to 9.
    drawn = [([rng.randint(0, 16) for _ in range(64)], rng.randint(0, rng.randint(1, 8)))
             for _ in range(rng.randint(4, 12))]
    path = write_small_csv(drawn)
    learner.function("load_digits").given(path).returns(solution.load_digits(path))
    images = [pixels for pixels, _ in drawn]
    labels = [label for _, label in drawn]
    learner.function("to_grid").given(images[-1]).returns(solution.to_grid(images[-1]))
    learner.function("class_counts").given(labels).returns(solution.class_counts(labels), mistakes=[(
        {digit: count for digit, count in solution.class_counts(labels).items() if digit <= max(labels)},
        "On digits where the largest labels never occur, your counts stop at the largest label seen. "
        "The dict should hold every digit from 0 to 9, whatever the labels are.")])
    n_train = rng.randint(1, len(images) - 2)
    n_validation = rng.randint(1, len(images) - n_train - 1)
    learner.function("split_digits").given(images, labels, n_train, n_validation).returns(
        solution.split_digits(images, labels, n_train, n_validation))
