# mistake: splits each line on "," by hand, which keeps the quotes around text values
# expect: Splitting lines on ',' by hand keeps the quotes


def load_rows(path):
    with open(path) as file:
        lines = file.read().splitlines()
    names = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        values = line.split(",")
        rows.append({name: parse_value(value) for name, value in zip(names, values)})
    return rows
