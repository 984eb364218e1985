# mistake: predicts with the mean of the test prices, peeking at the answers
# expect: use the mean of the training prices only


def baseline_scores(train, test):
    """Predict every test price as the mean training price; return that prediction, MAE and RMSE."""
    prediction = sum(row["Sale_Price"] for row in test) / len(test)
    actual = [row["Sale_Price"] for row in test]
    guesses = [prediction] * len(actual)
    return {"prediction": prediction, "mae": mae(actual, guesses), "rmse": rmse(actual, guesses)}
